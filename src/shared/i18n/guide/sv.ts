import type { Catalogue } from '../i18n.js'

// The public guide's source catalogue. The part texts follow the programme
// (Jakobstadsregionens integrationsprogram 2025), retold in plain language;
// every other language's catalogue must have exactly these keys.
export const sv = {
  meta: {
    endonym: 'Svenska',
    titlePattern: '{page} – {site}',
    siteName: 'Integrationsenheten, Jakobstad',
    description:
      'Enkel information på åtta språk om de sex delarna i Jakobstadsregionens integrationsprogram 2025.',
  },
  skipLink: 'Hoppa till innehållet',
  draftNotice:
    'Utkast: texterna på den här sidan har ännu inte granskats. Kontakta Integrationsporten om något är oklart.',
  languageSwitcher: {
    label: 'Välj språk',
  },
  programme: {
    name: 'Jakobstadsregionens integrationsprogram 2025',
    introduction:
      'Har du nyligen flyttat till Jakobstadsregionen? Integrationsprogrammet beskriver tjänster som hjälper dig att bli en del av samhället, lära dig svenska eller finska och hitta arbete eller studier.',
    audience:
      'Tjänsterna är till för kvotflyktingar, asylsökande som har fått uppehållstillstånd och andra invandrare som har hemkommun i Jakobstad, Kronoby, Larsmo, Nykarleby eller Pedersöre.',
    partsIntro: 'Programmet har sex delar:',
  },
  parts: {
    assessment: {
      title: 'Bedömning av kompetens och servicebehov',
      description:
        'I ett inledande samtal går man igenom dina mål, din utbildning, dina språkkunskaper, din arbetsförmåga och vilka tjänster du behöver. Om du också behöver social- och hälsovård eller rehabilitering görs en sektorövergripande bedömning tillsammans med Österbottens välfärdsområde.',
      audience:
        'För arbetslösa arbetssökande gör sysselsättningsområdet bedömningen. Integrationsenheten bedömer bland andra personer som har fått internationellt skydd, som får hemvårdsstöd eller annat än tillfälligt utkomststöd, minderåriga utan vårdnadshavare och offer för människohandel.',
    },
    'integration-plan': {
      title: 'Integrationsplan',
      description:
        'Utifrån bedömningen gör du upp en personlig plan tillsammans med Integrationsenheten eller sysselsättningsområdet. Planen beskriver dina mål och de tjänster du deltar i, till exempel arbete, hälsa, samhällsfärdigheter och studier; den gäller i högst två år och ses över minst var sjätte månad.',
      audience:
        'För dig som har fått en bedömning. Är du arbetslös arbetssökande får du i stället en sysselsättningsplan, och är du under 25 år är huvudmålet att du avlägger en utbildning på andra stadiet eller högre.',
    },
    'civic-orientation': {
      title: 'Flerspråkig samhällsorientering',
      description:
        'En avgiftsfri kurs om hur det är att bo och arbeta i Finland, hur samhället fungerar och vilka rättigheter och skyldigheter du har. Kursen ges på ditt modersmål eller på ett språk som du kan bra.',
      audience:
        'För alla vuxna invandrare som nyligen har flyttat till Finland eller har fått uppehållstillstånd under de senaste tre åren.',
    },
    'integration-training': {
      title: 'Integrationsutbildning och sluttest i språk',
      description:
        'I utbildningen lär du dig svenska eller finska och får färdigheter för samhället och arbetslivet. Målet är nivå B1.1, så att du klarar dig i vardagen, i arbetet och i fortsatta studier, och utbildningen avslutas med ett test i språkkunskaper.',
      audience:
        'För arbetslösa arbetssökande och för andra invandrare som enligt bedömningen behöver integrationsutbildning.',
    },
    'other-services': {
      title: 'Annan utbildning och service',
      description:
        'Utbildare, arbetar- och medborgarinstitut, föreningar och frivilliga nätverk erbjuder bland annat språkkurser, läs- och skrivundervisning, fritidsverksamhet och stöd för arbete och företagande. Där kan du lära känna människor, öva språket och skapa en meningsfull vardag.',
      audience: 'För alla nyanlända i Jakobstadsregionens kommuner.',
    },
    guidance: {
      title: 'Vägledning och rådgivning',
      description:
        'På Integrationsporten får du information och råd om kommunens tjänster och hjälp att hitta rätt myndighet, utbildning eller fritidsaktivitet. Du får hjälp på svenska, finska och engelska och vid behov på andra språk med hjälp av tolk.',
      audience:
        'För alla invandrare som nyligen har flyttat till Finland, oavsett varför man har flyttat.',
    },
  },
  footer: {
    heading: 'Kontakt',
    organisation: 'Integrationsenheten, staden Jakobstad',
    contactIntro: 'Integrationsenheten svarar på frågor om integrationsprogrammet.',
    email: 'E-post',
    phone: 'Telefon',
  },
} as const

export default {
  language: 'sv',
  // No human has reviewed the Swedish texts yet either.
  review: { status: 'draft' },
  messages: sv,
} satisfies Catalogue<typeof sv>
