// The follow-up figures' names and definitions (rules.md §i, contract:
// GET /api/v1/reports/follow-up), used by the reports pages and by the
// CSV/XLSX exports. Swedish is the source; the programme's own wording is
// kept where it has one (L163, L165, L216, L242, L244, L420, L422).
export const reports = {
  reports: {
    metrics: {
      assessments: {
        label: 'Utförda servicebedömningar (standard)',
        definition: 'Servicebedömningar av standardtyp som slutförts under perioden (L163).',
      },
      'multisectoral-assessments': {
        label: 'Utförda sektorövergripande servicebedömningar',
        definition:
          'Sektorövergripande servicebedömningar med välfärdsområdet som slutförts under perioden (L165).',
      },
      'civic-orientation-participants': {
        label: 'Deltagare i samhällsorientering',
        definition:
          'Kunder med ett deltagande i samhällsorientering som pågick någon dag under perioden, var och en räknad en gång (L216).',
      },
      'integration-training-participants': {
        label: 'Deltagare i integrationsutbildning',
        definition:
          'Kunder med ett deltagande i integrationsutbildning som pågick någon dag under perioden, var och en räknad en gång (L242).',
      },
      'integration-training-reached-b1-1': {
        label: 'Deltagare som nått B1.1',
        definition:
          'Kunder med ett språktest under perioden där den svagaste delfärdigheten är B1.1 eller högre (L244).',
      },
      'integrationsporten-visits': {
        label: 'Besök vid Integrationsporten',
        definition: 'Besök som registrerats under perioden, enligt datum i finsk tid (L420).',
      },
      'registered-integration-customers': {
        label: 'Inskrivna integrationskunder',
        definition:
          'Kunder med en plan som var i kraft någon dag under perioden, var och en räknad en gång (L422).',
      },
    },
    steering: {
      'reviews-on-time': {
        label: 'Uppföljningar i tid',
        definition:
          'Planuppföljningar under perioden som gjordes senast då de skulle göras (sex månader efter planens start eller föregående uppföljning).',
      },
      'reviews-late': {
        label: 'Försenade uppföljningar',
        definition: 'Planuppföljningar under perioden som gjordes efter att de skulle ha gjorts.',
      },
      'reviews-overdue': {
        label: 'Uppföljningar som är försenade',
        definition:
          'Planer i kraft på referensdagen (periodens sista dag eller i dag) vars uppföljning skulle ha gjorts före den dagen.',
      },
      'median-days-arrival-to-assessment': {
        label: 'Dagar från ankomst till servicebedömning (median)',
        definition:
          'Median över kunder vars första servicebedömning slutfördes under perioden och vars ankomstdag är känd.',
      },
      'median-days-assessment-to-plan': {
        label: 'Dagar från servicebedömning till plan (median)',
        definition:
          'Median över planer som började under perioden, räknat från bedömningen planen bygger på.',
      },
      'under-25-plans': {
        label: 'Planer för personer under 25 år',
        definition:
          'Planer som började under perioden för personer som var under 25 år på startdagen.',
      },
      'under-25-education-goal': {
        label: '… med utbildning som främsta mål',
        definition: 'Av dessa planer de vars främsta mål är utbildning (L173).',
      },
      'under-25-education-share': {
        label: 'Andel under 25 år med utbildning som mål',
        definition: 'Planer med utbildning som mål delat med alla planer för personer under 25 år.',
      },
      'civic-orientation-completed': {
        label: 'Avslutad samhällsorientering',
        definition: 'Deltaganden i samhällsorientering som slutade under perioden utan avbrott.',
      },
      'civic-orientation-interrupted': {
        label: 'Avbruten samhällsorientering',
        definition: 'Deltaganden i samhällsorientering som avbröts under perioden.',
      },
      'integration-training-completed': {
        label: 'Avslutad integrationsutbildning',
        definition: 'Deltaganden i integrationsutbildning som slutade under perioden utan avbrott.',
      },
      'integration-training-interrupted': {
        label: 'Avbruten integrationsutbildning',
        definition: 'Deltaganden i integrationsutbildning som avbröts under perioden.',
      },
    },
    dimensions: {
      total: 'Totalt',
      month: 'Månad',
      municipality: 'Kommun',
      organisation: 'Organisation',
      language: 'Språk',
      infoPoint: 'Infopunkt',
      topic: 'Ärende',
      serviceLanguage: 'Betjäningsspråk',
      figure: 'Tal',
      value: 'Värde',
      key: 'Nyckel',
    },
    legend: {
      small: '<5 = mellan 1 och 4 (dolt för publicering)',
      complement: 'x = dolt så att de små talen inte kan räknas ut ur summan',
    },
    sheets: {
      summary: 'Sammandrag',
      month: 'Per månad',
      municipality: 'Per kommun',
      organisation: 'Per organisation',
      language: 'Per språk',
      visits: 'Besök',
      period: 'Period {from}–{to}',
      filters: 'Urval: {filters}',
      wholeRegion: 'hela regionen',
      publication: 'För publicering: små tal dolda',
      internal: 'För internt bruk: inte för publicering',
    },
    unknownLanguage: 'okänt',
    // The staff app's reports pages (web/src/reports/).
    nav: 'Rapporter',
    home: {
      intro:
        'Integrationsprogrammets uppföljningstal för en period, för hela regionen eller en kommun.',
      link: 'Öppna rapporterna',
    },
    notAllowed: {
      title: 'Ingen tillgång till rapporterna',
      body: 'Rapporterna är för chefer och administratörer. Din roll ({role}) ger inte tillgång till dem.',
    },
    page: {
      title: 'Rapporter',
      heading: 'Uppföljning av integrationsprogrammet',
      intro:
        'Programmets uppföljningstal för en period, för hela regionen eller en kommun. Talen är sammanräknade: ingen enskild person kan pekas ut.',
      filters: 'Period och urval',
      from: 'Från och med',
      to: 'Till och med',
      presets: 'Snabbval för perioden',
      presetsHelp: 'Visar talen genast för den valda perioden.',
      presetThisYear: 'I år hittills',
      presetLastYear: 'I fjol',
      presetLastQuarter: 'Föregående kvartal',
      presetLastMonth: 'Föregående månad',
      municipality: 'Kommun',
      wholeRegion: 'Hela regionen',
      organisation: 'Organisation',
      allOrganisations: 'Alla organisationer',
      publication: 'För publicering',
      publicationHelp:
        'Välj detta när talen ska visas utanför programmets personal. Tal från 1 till 4 visas då som <5, och tal som skulle avslöja dem som x.',
      show: 'Visa talen',
      errorTitle: 'Talen kunde inte tas fram',
      errorCount: 'Kontrollera {count, plural, one {# uppgift} other {# uppgifter}}.',
      periodTooLong: 'Perioden får vara högst {years, plural, one {# år} other {# år}}.',
      toBeforeFrom: 'Slutdagen får inte vara före startdagen.',
      loadingFigures: 'Hämtar talen …',
      shown: 'Talen för {period}, {selection}.',
      selectionRegion: 'hela regionen',
      selectionMunicipality: 'kommun: {name}',
      selectionOrganisation: 'organisation: {name}',
      publicationOn: 'Talen visas för publicering: små tal är dolda.',
      publicationOff:
        'Talen är för internt bruk: de innehåller små tal och får inte publiceras som sådana.',
      figures: 'Programmets uppföljningstal',
      figuresIntro: 'Talen som integrationsprogrammet följer upp, med deras definitioner.',
      steering: 'Tal för styrningen',
      steeringIntro:
        'Tal som visar hur arbetet framskrider, utöver programmets egen lista. Referensdag för försenade uppföljningar: {date}.',
      days: '{days, plural, one {# dag} other {# dagar}}',
      noValue: 'inga fall att räkna på',
      breakdowns: 'Fördelningar',
      breakdownsIntro:
        'En kund räknas i varje månad, kommun, organisation och språk där hen uppfyller definitionen, så raderna kan bli fler än totalen.',
      visitsBreakdowns: 'Besök vid Integrationsporten',
      byInfoPoint: 'Per infopunkt',
      byTopic: 'Per ärende',
      byServiceLanguage: 'Per betjäningsspråk',
      chartMetric: 'Tal i diagrammet',
      showTable: 'Visa som tabell',
      showChart: 'Visa som diagram',
      tableCaption: '{title}, {period}',
      empty: 'Inga tal att visa för perioden.',
      download: 'Ladda ner',
      downloadIntro: 'Filerna innehåller samma tal som visas här, för samma period och urval.',
      downloadCsv: 'Ladda ner CSV',
      downloadXlsx: 'Ladda ner Excel (XLSX)',
      annualLink: 'Årsrapporten för utskrift',
    },
    annual: {
      title: 'Årsrapport',
      controls: 'Årsrapportens inställningar',
      year: 'År',
      language: 'Rapportens språk',
      municipality: 'Kommun',
      publication: 'För publicering',
      publicationHelp:
        'Årsrapporten är avsedd att publiceras, så små tal är dolda som standard. Avmarkera bara för internt bruk.',
      print: 'Skriv ut',
      back: 'Tillbaka till rapporterna',
      // From here on in the report's own language (sv or fi), not the user's.
      heading: 'Jakobstadsregionens integrationsprogram: uppföljning {year}',
      period: 'Period',
      selection: 'Urval',
      produced: 'Framtagen',
      publicationNote:
        'Rapporten är avsedd för publicering: tal från 1 till 4 och tal som skulle avslöja dem är dolda.',
      internalNote:
        'Rapporten är för internt bruk och får inte publiceras: den innehåller små tal.',
      headingsNote: 'Rubrikerna är integrationsprogrammets egna.',
      partHeading: 'Del {number}. {title}',
      parts: {
        assessment:
          'Bedömning eller sektorövergripande bedömning av kompetens och behov av integrationstjänster (tidigare inledande kartläggning)',
        'integration-plan': 'Integrationsplan eller sektorövergripande integrationsplan',
        'civic-orientation': 'Flerspråkig samhällsorientering',
        'integration-training': 'Integrationsutbildning och sluttest i språkkunskaper',
        'other-services':
          'Annan utbildning och service som främjar kunskaper i finska och svenska, läs- och skrivkunnighet, samhälls- och arbetslivsfärdigheter samt sysselsättning och företagsverksamhet',
        guidance: 'Vägledning och rådgivning',
      },
      followUp: 'Uppföljning',
      otherFigures: 'Övriga tal',
      tableCaption: 'Del {number}: {heading}',
      otherServicesFollowUp:
        'Integrationsenheten följer upp och utvärderar samarbetet via enhetens samarbetsnätverk.',
      otherServicesNoCount: 'Programmet anger inga tal för den här delen, så Porten räknar inga.',
      appendix: 'Bilaga: uppföljningstalen per kommun',
    },
  },
}
