import type { Catalogue } from '../../i18n.js'

// The guide's pages beyond the programme's six parts: navigation, "what
// applies to me", the directory, the info points, obligations, the
// accessibility statement, contact, and the names of municipalities,
// organisations and kinds of actor. Swedish is the source; every other
// language must have exactly these keys. Facts follow the programme
// (original-sv.txt): the info points' languages L403, Romporten's hours L408,
// Kela and Migri L415–L416.
export const svPages = {
  nav: {
    label: 'Guidens sidor',
    home: 'Programmet',
    'what-applies-to-me': 'Vad gäller för mig?',
    directory: 'Tjänster i regionen',
    'info-points': 'Infopunkter',
    obligations: 'Skyldigheter',
    accessibility: 'Tillgänglighet',
    contact: 'Kontakt',
  },
  home: {
    whatAppliesLink: 'Svara på några frågor och se vad som gäller för dig',
    whoArranges: 'Vem ordnar det?',
    allMunicipalities: 'Alla kommuner',
    notOffered: 'Erbjuds inte',
    situations: {
      unemployed: 'Arbetslösa arbetssökande',
      integrationUnitGroup:
        'Personer som har fått internationellt skydd, får hemvårdsstöd eller annat än tillfälligt utkomststöd, minderåriga utan vårdnadshavare och offer för människohandel',
      coordination:
        'Kvotflyktingar och andra som behöver samordnade tjänster, till exempel social- och hälsovård (sektorövergripande bedömning)',
      otherImmigrants: 'Andra invandrare',
      planUnemployed: 'Arbetslösa arbetssökande (en sysselsättningsplan i stället)',
      planCoordination: 'Kvotflyktingar och andra som behöver samordnade tjänster',
      planOthers: 'Andra som har fått en bedömning',
      unemployedCustomers: 'Integrationskunder som är arbetslösa arbetssökande',
      otherCustomers: 'Andra integrationskunder',
      otherCustomersWithNeed:
        'Andra integrationskunder som enligt bedömningen behöver utbildningen',
    },
    otherServicesArranged:
      'Kommunernas kultur- och fritidstjänster, arbetar- och medborgarinstituten, utbildare, föreningar och frivilliga nätverk. Integrationsenheten samordnar samarbetet.',
    directoryLink: 'Se alla tjänster och aktörer i regionen',
    guidanceArranged:
      'Integrationsporten, regionens infopunkt för nyanlända. Dessutom ger varje myndighet råd inom sitt eget område.',
    infoPointsLink: 'Infopunkternas adresser och öppettider',
  },
  whatApplies: {
    title: 'Vad gäller för mig?',
    intro:
      'Svara på några frågor, så visar guiden vilka delar av integrationsprogrammet som gäller för dig och vem som ordnar dem.',
    privacy: 'Svaren stannar i din webbläsare. Ingenting skickas och ingenting sparas.',
    noscript:
      'Frågorna besvaras av ett litet program i din webbläsare, och det behöver JavaScript. Utan JavaScript kan du läsa på startsidan vem som ordnar varje del, eller fråga på en infopunkt.',
    required: 'måste besvaras',
    municipality: 'Vilken kommun bor du i?',
    age: 'Hur gammal är du?',
    ageHint: 'Skriv din ålder i år, med siffror.',
    jobSeeker: {
      legend: 'Är du anmäld som arbetssökande?',
      unemployed: 'Ja, och jag är arbetslös',
      'other-job-seeker': 'Ja, men jag är inte arbetslös (jag arbetar eller studerar till exempel)',
      not: 'Nej',
    },
    categories: {
      legend: 'Gäller något av det här dig?',
      hint: 'Välj alla som passar. Du kan också lämna alla tomma.',
      'quota-refugee': 'Jag kom till Finland som kvotflykting',
      'international-protection':
        'Jag har fått internationellt skydd (asyl eller alternativt skydd)',
      'unaccompanied-minor':
        'Jag är under 18 år och kom till Finland utan förälder eller annan vårdnadshavare',
      'trafficking-victim': 'Jag har utsatts för människohandel',
      'social-assistance': 'Jag får utkomststöd, och inte bara tillfälligt',
      'home-care-allowance': 'Jag får hemvårdsstöd för att ta hand om mitt barn hemma',
      'family-member': 'Jag fick uppehållstillstånd på grund av familjeband',
      other: 'Jag flyttade hit av något annat skäl, till exempel för arbete eller studier',
    },
    dates: {
      legend: 'När kom du?',
      hint: 'Skriv år och månad, till exempel 2025-03. Lämna tomt om du inte vet.',
      residencePermit: 'När fick du uppehållstillstånd?',
      arrived: 'När flyttade du till Finland?',
    },
    submit: 'Visa vad som gäller för mig',
    errors: {
      heading: 'Kontrollera dina svar',
      municipality: 'Välj kommunen du bor i.',
      age: 'Skriv din ålder i år med siffror, till exempel 34.',
      jobSeeker: 'Välj om du är anmäld som arbetssökande.',
      month: 'Skriv år och månad så här: 2025-03.',
      future: 'Den tiden har inte kommit ännu. Kontrollera år och månad.',
    },
    answer: {
      heading: 'Det här gäller för dig',
      disclaimer:
        'Svaret följer integrationsprogrammets regler och dina svar. Det är en vägledning och inget beslut: myndigheterna går igenom din situation när du träffar dem.',
      eligible: {
        yes: 'Gäller dig',
        no: 'Gäller inte dig just nu',
        'if-assessed': 'Avgörs i bedömningen',
      },
      responsible: 'Ordnas av:',
      notes: {
        multisectoral:
          'Bedömningen görs sektorövergripande, tillsammans med välfärdsområdet, så att också ditt behov av social- och hälsovård utreds.',
        notOffered: 'Programmet nämner ingen bedömning för din situation. Fråga på infopunkten.',
        employmentPlan:
          'Som arbetssökande får du en sysselsättningsplan i stället för en integrationsplan.',
        multisectoralPlan: 'Planen görs sektorövergripande, tillsammans med välfärdsområdet.',
        educationFirst:
          'Du är under 25 år, så huvudmålet i planen är att du avlägger en utbildning på andra stadiet eller högre.',
        planAfterAssessment: 'Planen görs när du har fått en bedömning.',
        trainingIfAssessed: 'Bedömningen visar om du behöver integrationsutbildning.',
        closesOn: 'Du kan delta till och med ungefär {date}.',
        notAdult: 'Samhällsorienteringen är till för vuxna.',
        windowClosed:
          'Det har gått för lång tid sedan du flyttade till Finland eller fick uppehållstillstånd.',
        datesMissing:
          'Svara på när du flyttade till Finland eller fick uppehållstillstånd, så kan guiden svara.',
        caseConference:
          'Programmet säger inte exakt vem som ansvarar i din situation. Myndigheterna kommer överens om det tillsammans. Fråga på infopunkten.',
        notNewcomer:
          'Det här är tjänster för dig som nyligen har flyttat hit. Du kan ändå fråga om råd på infopunkten.',
        seeDirectory: 'Se alla tjänster i regionen',
      },
      reachHeading: 'Så når du dem',
      reachInfoPoint:
        'Gå till infopunkten för din kommun. Personalen hjälper dig vidare till rätt myndighet.',
      reachContact: 'Du kan också skriva eller ringa till Integrationsenheten:',
      infoPointDetails: 'Adresser och öppettider',
    },
  },
  directory: {
    title: 'Tjänster och aktörer i regionen',
    intro:
      'Här finns alla aktörer som integrationsprogrammet räknar upp: utbildare, institut, föreningar, nätverk, myndigheter och infopunkter. Välj typ eller kommun för att se färre.',
    filterLegend: 'Visa aktörer',
    kind: 'Typ',
    municipality: 'Kommun',
    any: 'Alla',
    show: 'Visa',
    showAll: 'Visa alla',
    count: '{count, plural, =0 {Inga aktörer} one {# aktör} other {# aktörer}}',
    empty: 'Inga aktörer hittades. Välj en annan typ eller kommun.',
    regionWide: 'Hela regionen',
    onlyInSwedish: 'Finns bara på svenska.',
    address: 'Adress',
    entrance: 'Ingång',
    website: 'Webbplats',
    email: 'E-post',
    phone: 'Telefon',
    languages: 'Språk',
    openingHours: 'Öppettider',
    exceptions: 'Avvikande öppettider',
    closed: 'Stängt',
    validUntil: 'Pågår till och med {date}.',
  },
  infoPoints: {
    title: 'Infopunkter',
    intro:
      'Integrationsporten är regionens infopunkt för nyanlända. Där får du information och råd om kommunens tjänster, och personalen hjälper dig att hitta rätt myndighet, utbildning eller fritidsaktivitet.',
    whichPoint: 'Vilken infopunkt är din?',
    noOwnPoint:
      'Larsmo och Pedersöre har ingen egen infopunkt. Om du bor där är du välkommen till Integrationsporten i Jakobstad.',
    venue: 'Plats',
    address: 'Adress',
    entrance: 'Ingång',
    openingHours: 'Öppettider',
    languages: 'Språk',
    contact: 'Kontakt',
    interpreter: 'Andra språk med hjälp av tolk vid behov.',
    languagesDefault: 'Svenska, finska och engelska. Andra språk med hjälp av tolk vid behov.',
    hoursNotPublished:
      'Öppettiderna är inte publicerade ännu. Fråga per e-post eller telefon innan du kommer.',
    officeHours: 'Öppet kontorstid, kl. 8–16.',
    entranceAlholmsgatan: 'Ingång från Alholmsgatan',
    library: 'Biblioteket',
    names: {
      jakobstad: 'Integrationsporten Jakobstad',
      nykarleby: 'Integrationsporten Nykarleby',
      kronoby: 'Integrationsporten Kronoby',
      romporten: 'Romporten',
    },
  },
  obligations: {
    title: 'Skyldigheter och vad som händer om planen inte följs',
    intro:
      'Du är integrationskund när du har en giltig integrationsplan. Då gäller skyldigheterna nedan. De står i Jakobstadsregionens integrationsprogram.',
    help: 'Om något ändras i ditt liv, eller om du inte kan delta, berätta det så snart som möjligt. Fråga på infopunkten om du är osäker.',
  },
  accessibility: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Integrationsenheten i staden Jakobstad vill att alla ska kunna använda den här guiden. Utlåtandet gäller guiden till Jakobstadsregionens integrationsprogram på åtta språk och följer lagen om tillhandahållande av digitala tjänster (306/2019).',
    statusHeading: 'Hur tillgänglig är guiden?',
    status:
      'Guiden uppfyller kraven i WCAG 2.1 på nivå AA delvis. Målet är att den ska uppfylla dem helt.',
    gapsHeading: 'Kända brister',
    gapTranslations:
      'Alla översättningar är utkast som ännu inte har granskats av personer med språket som modersmål. Texterna kan innehålla fel eller vara svåra att förstå.',
    gapDirectory:
      'En del uppgifter i förteckningen över tjänster finns bara på svenska. De är märkta som svenska.',
    gapHours: 'Öppettiderna för de flesta infopunkterna är inte publicerade ännu.',
    gapScript:
      'Sidan ”Vad gäller för mig?” kan bara svara när JavaScript är påslaget. Samma uppgifter finns på startsidan.',
    testedHeading: 'Hur tillgängligheten har bedömts',
    tested:
      'Guiden har testats med det automatiska verktyget axe och med tangentbord i webbläsaren Chromium, på alla åtta språk. Den har inte granskats av en utomstående expert.',
    feedbackHeading: 'Ge respons',
    feedback:
      'Om du märker en brist eller inte kan använda något innehåll, skriv till oss. Vi svarar inom 14 dagar.',
    supervisionHeading: 'Tillsynsmyndighet',
    supervision:
      'Om du inte får svar inom 14 dagar, eller om du inte är nöjd med svaret, kan du anmäla det till Regionförvaltningsverket i Södra Finland. På webbplatsen står det hur du gör.',
    updated: 'Utlåtandet gjordes {date}.',
  },
  contact: {
    title: 'Kontakt',
    intro:
      'Integrationsenheten i staden Jakobstad samordnar integrationsprogrammet för hela regionen: Jakobstad, Kronoby, Larsmo, Nykarleby och Pedersöre.',
    visitHeading: 'Besök en infopunkt',
    visit:
      'På infopunkterna får du hjälp på svenska, finska och engelska, och på andra språk med tolk vid behov.',
    emailWarning:
      'E-post är inte krypterad. Skriv inte din personbeteckning eller uppgifter om din hälsa i e-posten.',
    otherHeading: 'Andra myndigheter',
    kela: 'Förmåner i olika livssituationer.',
    migri: 'Uppehållstillstånd, också på grund av familjeband.',
  },
  names: {
    municipalities: {
      jakobstad: 'Jakobstad',
      kronoby: 'Kronoby',
      larsmo: 'Larsmo',
      nykarleby: 'Nykarleby',
      pedersore: 'Pedersöre',
    },
    organisations: {
      'integration-unit': 'Integrationsenheten, staden Jakobstad',
      'employment-jakobstad': 'Jakobstadsregionens sysselsättningsområde',
      'employment-ostrobothnia': 'Österbottens sysselsättningsområde',
      'wellbeing-ostrobothnia': 'Österbottens välfärdsområde',
      kela: 'FPA',
      migri: 'Migrationsverket',
    },
    kinds: {
      'culture-leisure': 'Kultur och fritid',
      'adult-education': 'Arbetar- och medborgarinstitut',
      educator: 'Utbildare',
      'business-advice': 'Företagsrådgivning',
      project: 'Projekt',
      'third-sector': 'Föreningar, organisationer och trossamfund',
      'social-network': 'Sociala nätverk',
      authority: 'Myndigheter',
      'info-point': 'Infopunkter',
    },
  },
} as const

export default {
  language: 'sv',
  review: { status: 'draft' },
  messages: svPages,
} satisfies Catalogue<typeof svPages>
