import type { Messages } from '../../i18n.js'
import type { reports as sv } from './sv.js'

export const reports = {
  reports: {
    metrics: {
      assessments: {
        label: 'Tehdyt palvelutarvearviot (perus)',
        definition: 'Perustyyppiset palvelutarvearviot, jotka valmistuivat jakson aikana (L163).',
      },
      'multisectoral-assessments': {
        label: 'Tehdyt monialaiset palvelutarvearviot',
        definition:
          'Hyvinvointialueen kanssa tehdyt monialaiset palvelutarvearviot, jotka valmistuivat jakson aikana (L165).',
      },
      'civic-orientation-participants': {
        label: 'Yhteiskuntaorientaation osallistujat',
        definition:
          'Asiakkaat, joiden osallistuminen yhteiskuntaorientaatioon jatkui jonakin jakson päivänä; kukin lasketaan kerran (L216).',
      },
      'integration-training-participants': {
        label: 'Kotoutumiskoulutuksen osallistujat',
        definition:
          'Asiakkaat, joiden osallistuminen kotoutumiskoulutukseen jatkui jonakin jakson päivänä; kukin lasketaan kerran (L242).',
      },
      'integration-training-reached-b1-1': {
        label: 'B1.1-tason saavuttaneet',
        definition:
          'Asiakkaat, joiden jakson aikana tehdyssä kielitestissä heikoin osataito on B1.1 tai parempi (L244).',
      },
      'integrationsporten-visits': {
        label: 'Käynnit Integrationsportenissa',
        definition: 'Jakson aikana kirjatut käynnit Suomen ajan päivämäärän mukaan (L420).',
      },
      'registered-integration-customers': {
        label: 'Kirjatut kotoutumisasiakkaat',
        definition:
          'Asiakkaat, joilla oli voimassa oleva suunnitelma jonakin jakson päivänä; kukin lasketaan kerran (L422).',
      },
    },
    steering: {
      'reviews-on-time': {
        label: 'Ajallaan tehdyt seurannat',
        definition:
          'Jakson suunnitelmaseurannat, jotka tehtiin viimeistään määräpäivänä (kuusi kuukautta suunnitelman alusta tai edellisestä seurannasta).',
      },
      'reviews-late': {
        label: 'Myöhässä tehdyt seurannat',
        definition: 'Jakson suunnitelmaseurannat, jotka tehtiin määräpäivän jälkeen.',
      },
      'reviews-overdue': {
        label: 'Myöhässä olevat seurannat',
        definition:
          'Viitepäivänä (jakson viimeinen päivä tai tänään) voimassa olevat suunnitelmat, joiden seuranta olisi pitänyt tehdä ennen sitä.',
      },
      'median-days-arrival-to-assessment': {
        label: 'Päiviä maahantulosta palvelutarvearvioon (mediaani)',
        definition:
          'Mediaani asiakkaista, joiden ensimmäinen arvio valmistui jakson aikana ja joiden maahantulopäivä tiedetään.',
      },
      'median-days-assessment-to-plan': {
        label: 'Päiviä arviosta suunnitelmaan (mediaani)',
        definition:
          'Mediaani jakson aikana alkaneista suunnitelmista arvion valmistumisesta lukien.',
      },
      'under-25-plans': {
        label: 'Alle 25-vuotiaiden suunnitelmat',
        definition:
          'Jakson aikana alkaneet suunnitelmat henkilöille, jotka olivat alkupäivänä alle 25-vuotiaita.',
      },
      'under-25-education-goal': {
        label: '… joissa koulutus on ensisijainen tavoite',
        definition: 'Näistä suunnitelmat, joiden ensisijainen tavoite on koulutus (L173).',
      },
      'under-25-education-share': {
        label: 'Osuus alle 25-vuotiaista, joiden tavoite on koulutus',
        definition:
          'Koulutustavoitteiset suunnitelmat jaettuna kaikilla alle 25-vuotiaiden suunnitelmilla.',
      },
      'civic-orientation-completed': {
        label: 'Päättynyt yhteiskuntaorientaatio',
        definition:
          'Jakson aikana keskeytyksettä päättyneet osallistumiset yhteiskuntaorientaatioon.',
      },
      'civic-orientation-interrupted': {
        label: 'Keskeytynyt yhteiskuntaorientaatio',
        definition: 'Jakson aikana keskeytyneet osallistumiset yhteiskuntaorientaatioon.',
      },
      'integration-training-completed': {
        label: 'Päättynyt kotoutumiskoulutus',
        definition:
          'Jakson aikana keskeytyksettä päättyneet osallistumiset kotoutumiskoulutukseen.',
      },
      'integration-training-interrupted': {
        label: 'Keskeytynyt kotoutumiskoulutus',
        definition: 'Jakson aikana keskeytyneet osallistumiset kotoutumiskoulutukseen.',
      },
    },
    dimensions: {
      total: 'Yhteensä',
      month: 'Kuukausi',
      municipality: 'Kunta',
      organisation: 'Organisaatio',
      language: 'Kieli',
      infoPoint: 'Infopiste',
      topic: 'Asia',
      serviceLanguage: 'Asiointikieli',
      figure: 'Luku',
      value: 'Arvo',
      key: 'Avain',
    },
    legend: {
      small: '<5 = 1–4 (piilotettu julkaisua varten)',
      complement: 'x = piilotettu, jotta pieniä lukuja ei voi laskea summasta',
    },
    sheets: {
      summary: 'Yhteenveto',
      month: 'Kuukausittain',
      municipality: 'Kunnittain',
      organisation: 'Organisaatioittain',
      language: 'Kielittäin',
      visits: 'Käynnit',
      period: 'Jakso {from}–{to}',
      filters: 'Rajaus: {filters}',
      wholeRegion: 'koko seutu',
      publication: 'Julkaistavaksi: pienet luvut piilotettu',
      internal: 'Sisäiseen käyttöön: ei julkaistavaksi',
    },
    unknownLanguage: 'tuntematon',
    nav: 'Raportit',
    home: {
      intro:
        'Kotoutumisohjelman seurantaluvut valitulta jaksolta koko seudulta tai yhdestä kunnasta.',
      link: 'Avaa raportit',
    },
    notAllowed: {
      title: 'Ei pääsyä raportteihin',
      body: 'Raportit ovat esihenkilöille ja pääkäyttäjille. Roolisi ({role}) ei anna pääsyä niihin.',
    },
    page: {
      title: 'Raportit',
      heading: 'Kotoutumisohjelman seuranta',
      intro:
        'Ohjelman seurantaluvut valitulta jaksolta koko seudulta tai yhdestä kunnasta. Luvut ovat yhteenlaskettuja: niistä ei voi tunnistaa ketään.',
      filters: 'Jakso ja rajaus',
      from: 'Alkaen',
      to: 'Päättyen',
      presets: 'Jakson pikavalinnat',
      presetsHelp: 'Näyttää luvut heti valitulta jaksolta.',
      presetThisYear: 'Tämä vuosi tähän asti',
      presetLastYear: 'Viime vuosi',
      presetLastQuarter: 'Edellinen vuosineljännes',
      presetLastMonth: 'Edellinen kuukausi',
      municipality: 'Kunta',
      wholeRegion: 'Koko seutu',
      organisation: 'Organisaatio',
      allOrganisations: 'Kaikki organisaatiot',
      publication: 'Julkaistavaksi',
      publicationHelp:
        'Valitse tämä, kun luvut näytetään ohjelman henkilöstön ulkopuolelle. Luvut 1–4 näytetään silloin muodossa <5 ja luvut, joista ne voisi päätellä, muodossa x.',
      show: 'Näytä luvut',
      errorTitle: 'Lukuja ei voitu muodostaa',
      errorCount: 'Tarkista {count, plural, one {# tieto} other {# tietoa}}.',
      periodTooLong: 'Jakso voi olla enintään {years, plural, one {# vuosi} other {# vuotta}}.',
      toBeforeFrom: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
      loadingFigures: 'Haetaan lukuja …',
      shown: 'Luvut jaksolta {period}, {selection}.',
      selectionRegion: 'koko seutu',
      selectionMunicipality: 'kunta: {name}',
      selectionOrganisation: 'organisaatio: {name}',
      publicationOn: 'Luvut näytetään julkaistavaksi: pienet luvut on piilotettu.',
      publicationOff:
        'Luvut ovat sisäiseen käyttöön: ne sisältävät pieniä lukuja, eikä niitä saa julkaista sellaisenaan.',
      figures: 'Ohjelman seurantaluvut',
      figuresIntro: 'Kotoutumisohjelman seuraamat luvut määritelmineen.',
      steering: 'Ohjauksen luvut',
      steeringIntro:
        'Työn etenemistä kuvaavat luvut ohjelman oman luettelon lisäksi. Myöhässä olevien seurantojen viitepäivä: {date}.',
      days: '{days, plural, one {# päivä} other {# päivää}}',
      noValue: 'ei laskettavia tapauksia',
      breakdowns: 'Jakaumat',
      breakdownsIntro:
        'Asiakas lasketaan jokaiseen kuukauteen, kuntaan, organisaatioon ja kieleen, jossa määritelmä täyttyy, joten rivien summa voi olla suurempi kuin kokonaismäärä.',
      visitsBreakdowns: 'Käynnit Integrationsportenissa',
      byInfoPoint: 'Infopisteittäin',
      byTopic: 'Asioittain',
      byServiceLanguage: 'Asiointikielittäin',
      chartMetric: 'Kaaviossa näytettävä luku',
      showTable: 'Näytä taulukkona',
      showChart: 'Näytä kaaviona',
      tableCaption: '{title}, {period}',
      empty: 'Jaksolta ei ole näytettäviä lukuja.',
      download: 'Lataa',
      downloadIntro:
        'Tiedostoissa on samat luvut kuin tässä näkymässä, samalta jaksolta ja samalla rajauksella.',
      downloadCsv: 'Lataa CSV',
      downloadXlsx: 'Lataa Excel (XLSX)',
      annualLink: 'Vuosiraportti tulostettavaksi',
    },
    annual: {
      title: 'Vuosiraportti',
      controls: 'Vuosiraportin asetukset',
      year: 'Vuosi',
      language: 'Raportin kieli',
      municipality: 'Kunta',
      publication: 'Julkaistavaksi',
      publicationHelp:
        'Vuosiraportti on tarkoitettu julkaistavaksi, joten pienet luvut on oletuksena piilotettu. Poista valinta vain sisäistä käyttöä varten.',
      print: 'Tulosta',
      back: 'Takaisin raportteihin',
      heading: 'Pietarsaaren seudun kotoutumisohjelma: seuranta {year}',
      period: 'Jakso',
      selection: 'Rajaus',
      produced: 'Laadittu',
      publicationNote:
        'Raportti on tarkoitettu julkaistavaksi: luvut 1–4 ja luvut, joista ne voisi päätellä, on piilotettu.',
      internalNote:
        'Raportti on sisäiseen käyttöön, eikä sitä saa julkaista: se sisältää pieniä lukuja.',
      headingsNote:
        'Otsikot ovat luonnoskäännös kotoutumisohjelman ruotsinkielisestä alkuperäistekstistä.',
      partHeading: 'Osa {number}. {title}',
      // Draft translations of the programme's Swedish headings (original-sv.txt).
      parts: {
        assessment:
          'Osaamisen ja kotoutumispalvelujen tarpeen arviointi tai monialainen arviointi (aiemmin alkukartoitus)',
        'integration-plan': 'Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma',
        'civic-orientation': 'Monikielinen yhteiskuntaorientaatio',
        'integration-training': 'Kotoutumiskoulutus ja kielitaidon lopputesti',
        'other-services':
          'Muu suomen ja ruotsin kielen taitoa, luku- ja kirjoitustaitoa, yhteiskunta- ja työelämätaitoja sekä työllistymistä ja yritystoimintaa edistävä koulutus ja palvelu',
        guidance: 'Ohjaus ja neuvonta',
      },
      followUp: 'Seuranta',
      otherFigures: 'Muut luvut',
      tableCaption: 'Osa {number}: {heading}',
      otherServicesFollowUp:
        'Kotoutumisyksikkö seuraa ja arvioi yhteistyötä yksikön yhteistyöverkoston kautta.',
      otherServicesNoCount: 'Ohjelmassa ei ole lukuja tälle osalle, joten Porten ei laske niitä.',
      appendix: 'Liite: seurantaluvut kunnittain',
    },
  },
} satisfies Messages<typeof sv>
