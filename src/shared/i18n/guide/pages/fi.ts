import type { Catalogue } from '../../i18n.js'
import type { svPages } from './sv.js'

export default {
  language: 'fi',
  review: { status: 'draft' },
  messages: {
    nav: {
      label: 'Oppaan sivut',
      home: 'Ohjelma',
      'what-applies-to-me': 'Mikä koskee minua?',
      directory: 'Palvelut seudulla',
      'info-points': 'Neuvontapisteet',
      obligations: 'Velvollisuudet',
      accessibility: 'Saavutettavuus',
      contact: 'Yhteystiedot',
    },
    home: {
      whatAppliesLink: 'Vastaa muutamaan kysymykseen ja katso, mikä koskee sinua',
      whoArranges: 'Kuka järjestää?',
      allMunicipalities: 'Kaikki kunnat',
      notOffered: 'Ei tarjota',
      situations: {
        unemployed: 'Työttömät työnhakijat',
        integrationUnitGroup:
          'Kansainvälistä suojelua saaneet, kotihoidon tukea tai muuta kuin tilapäistä toimeentulotukea saavat, ilman huoltajaa olevat alaikäiset ja ihmiskaupan uhrit',
        coordination:
          'Kiintiöpakolaiset ja muut, jotka tarvitsevat yhteen sovitettuja palveluja, esimerkiksi sosiaali- ja terveyspalveluja (monialainen arviointi)',
        otherImmigrants: 'Muut maahanmuuttajat',
        planUnemployed: 'Työttömät työnhakijat (sen sijaan työllistymissuunnitelma)',
        planCoordination:
          'Kiintiöpakolaiset ja muut, jotka tarvitsevat yhteen sovitettuja palveluja',
        planOthers: 'Muut, joiden tilanne on arvioitu',
        unemployedCustomers: 'Kotoutujat, jotka ovat työttömiä työnhakijoita',
        otherCustomers: 'Muut kotoutujat',
        otherCustomersWithNeed: 'Muut kotoutujat, joilla arvioinnissa on todettu koulutuksen tarve',
      },
      otherServicesArranged:
        'Kuntien kulttuuri- ja vapaa-aikapalvelut, työväen- ja kansalaisopistot, oppilaitokset, yhdistykset ja vapaaehtoisverkostot. Kotoutumisyksikkö sovittaa yhteistyön yhteen.',
      directoryLink: 'Katso kaikki seudun palvelut ja toimijat',
      guidanceArranged:
        'Integrationsporten, seudun neuvontapiste uusille asukkaille. Lisäksi jokainen viranomainen neuvoo omalla alallaan.',
      infoPointsLink: 'Neuvontapisteiden osoitteet ja aukioloajat',
    },
    whatApplies: {
      title: 'Mikä koskee minua?',
      intro:
        'Vastaa muutamaan kysymykseen, niin opas näyttää, mitkä kotoutumisohjelman osat koskevat sinua ja kuka ne järjestää.',
      privacy: 'Vastauksesi jäävät selaimeesi. Mitään ei lähetetä eikä tallenneta.',
      noscript:
        'Kysymyksiin vastaa pieni ohjelma selaimessasi, ja se tarvitsee JavaScriptin. Ilman JavaScriptiä voit lukea etusivulta, kuka järjestää kunkin osan, tai kysyä neuvontapisteestä.',
      required: 'pakollinen',
      municipality: 'Missä kunnassa asut?',
      age: 'Kuinka vanha olet?',
      ageHint: 'Kirjoita ikäsi vuosina numeroilla.',
      jobSeeker: {
        legend: 'Oletko ilmoittautunut työnhakijaksi?',
        unemployed: 'Kyllä, ja olen työtön',
        'other-job-seeker': 'Kyllä, mutta en ole työtön (olen esimerkiksi töissä tai opiskelen)',
        not: 'En',
      },
      categories: {
        legend: 'Koskeeko jokin näistä sinua?',
        hint: 'Valitse kaikki sopivat. Voit myös jättää kaikki tyhjiksi.',
        'quota-refugee': 'Tulin Suomeen kiintiöpakolaisena',
        'international-protection':
          'Olen saanut kansainvälistä suojelua (turvapaikan tai toissijaista suojelua)',
        'unaccompanied-minor':
          'Olen alle 18-vuotias ja tulin Suomeen ilman vanhempaa tai muuta huoltajaa',
        'trafficking-victim': 'Olen joutunut ihmiskaupan uhriksi',
        'social-assistance': 'Saan toimeentulotukea, enkä vain tilapäisesti',
        'home-care-allowance': 'Saan kotihoidon tukea, koska hoidan lastani kotona',
        'family-member': 'Sain oleskeluluvan perhesiteen perusteella',
        other: 'Muutin tänne muusta syystä, esimerkiksi työn tai opiskelun takia',
      },
      dates: {
        legend: 'Milloin tulit?',
        hint: 'Kirjoita vuosi ja kuukausi, esimerkiksi 2025-03. Jätä tyhjäksi, jos et tiedä.',
        residencePermit: 'Milloin sait oleskeluluvan?',
        arrived: 'Milloin muutit Suomeen?',
      },
      submit: 'Näytä, mikä koskee minua',
      errors: {
        heading: 'Tarkista vastauksesi',
        municipality: 'Valitse kunta, jossa asut.',
        age: 'Kirjoita ikäsi vuosina numeroilla, esimerkiksi 34.',
        jobSeeker: 'Valitse, oletko ilmoittautunut työnhakijaksi.',
        month: 'Kirjoita vuosi ja kuukausi näin: 2025-03.',
        future: 'Se aika ei ole vielä tullut. Tarkista vuosi ja kuukausi.',
      },
      answer: {
        heading: 'Tämä koskee sinua',
        disclaimer:
          'Vastaus perustuu kotoutumisohjelman sääntöihin ja vastauksiisi. Se on ohje eikä päätös: viranomaiset käyvät tilanteesi läpi, kun tapaat heidät.',
        eligible: {
          yes: 'Koskee sinua',
          no: 'Ei koske sinua juuri nyt',
          'if-assessed': 'Ratkeaa arvioinnissa',
        },
        responsible: 'Järjestäjä:',
        notes: {
          multisectoral:
            'Arviointi on monialainen: se tehdään yhdessä hyvinvointialueen kanssa, jotta myös sosiaali- ja terveyspalvelujen tarpeesi selvitetään.',
          notOffered: 'Ohjelma ei mainitse arviointia sinun tilanteessasi. Kysy neuvontapisteestä.',
          employmentPlan:
            'Työnhakijana saat kotoutumissuunnitelman sijaan työllistymissuunnitelman.',
          multisectoralPlan:
            'Suunnitelma on monialainen: se laaditaan yhdessä hyvinvointialueen kanssa.',
          educationFirst:
            'Olet alle 25-vuotias, joten suunnitelmasi päätavoite on, että suoritat toisen asteen tai korkeamman asteen tutkinnon.',
          planAfterAssessment: 'Suunnitelma laaditaan, kun tilanteesi on arvioitu.',
          trainingIfAssessed: 'Arviointi näyttää, tarvitsetko kotoutumiskoulutusta.',
          closesOn: 'Voit osallistua noin {date} asti.',
          notAdult: 'Yhteiskuntaorientaatio on tarkoitettu aikuisille.',
          windowClosed: 'Suomeen muutostasi tai oleskeluluvan saamisesta on kulunut liian kauan.',
          datesMissing:
            'Vastaa, milloin muutit Suomeen tai sait oleskeluluvan, niin opas voi vastata.',
          caseConference:
            'Ohjelma ei kerro tarkasti, kuka vastaa sinun tilanteessasi. Viranomaiset sopivat siitä yhdessä. Kysy neuvontapisteestä.',
          notNewcomer:
            'Nämä palvelut ovat äskettäin muuttaneille. Voit silti kysyä neuvoa neuvontapisteestä.',
          seeDirectory: 'Katso kaikki seudun palvelut',
        },
        reachHeading: 'Näin tavoitat heidät',
        reachInfoPoint:
          'Mene oman kuntasi neuvontapisteeseen. Henkilökunta auttaa sinut oikean viranomaisen luo.',
        reachContact: 'Voit myös kirjoittaa tai soittaa kotoutumisyksikköön:',
        infoPointDetails: 'Osoitteet ja aukioloajat',
      },
    },
    directory: {
      title: 'Palvelut ja toimijat seudulla',
      intro:
        'Tässä ovat kaikki toimijat, jotka kotoutumisohjelma luettelee: oppilaitokset, opistot, yhdistykset, verkostot, viranomaiset ja neuvontapisteet. Valitse tyyppi tai kunta, niin näet vähemmän.',
      filterLegend: 'Näytä toimijat',
      kind: 'Tyyppi',
      municipality: 'Kunta',
      any: 'Kaikki',
      show: 'Näytä',
      showAll: 'Näytä kaikki',
      count: '{count, plural, =0 {Ei toimijoita} one {# toimija} other {# toimijaa}}',
      empty: 'Toimijoita ei löytynyt. Valitse toinen tyyppi tai kunta.',
      regionWide: 'Koko seutu',
      onlyInSwedish: 'Saatavilla vain ruotsiksi.',
      address: 'Osoite',
      entrance: 'Sisäänkäynti',
      website: 'Verkkosivut',
      email: 'Sähköposti',
      phone: 'Puhelin',
      languages: 'Kielet',
      openingHours: 'Aukioloajat',
      exceptions: 'Poikkeavat aukioloajat',
      closed: 'Suljettu',
      validUntil: 'Käynnissä {date} asti.',
    },
    infoPoints: {
      title: 'Neuvontapisteet',
      intro:
        'Integrationsporten on seudun neuvontapiste uusille asukkaille. Sieltä saat tietoa ja neuvoja kunnan palveluista, ja henkilökunta auttaa sinua löytämään oikean viranomaisen, koulutuksen tai vapaa-ajan toiminnan.',
      whichPoint: 'Mikä neuvontapiste on sinun?',
      noOwnPoint:
        'Luodossa ja Pedersöressä ei ole omaa neuvontapistettä. Jos asut siellä, olet tervetullut Pietarsaaren Integrationsporteniin.',
      venue: 'Paikka',
      address: 'Osoite',
      entrance: 'Sisäänkäynti',
      openingHours: 'Aukioloajat',
      languages: 'Kielet',
      contact: 'Yhteystiedot',
      interpreter: 'Muut kielet tarvittaessa tulkin avulla.',
      languagesDefault: 'Ruotsi, suomi ja englanti. Muut kielet tarvittaessa tulkin avulla.',
      hoursNotPublished:
        'Aukioloaikoja ei ole vielä julkaistu. Kysy sähköpostilla tai puhelimella ennen kuin tulet.',
      officeHours: 'Avoinna virka-aikaan klo 8–16.',
      entranceAlholmsgatan: 'Sisäänkäynti Alholmankadun (Alholmsgatan) puolelta',
      library: 'Biblioteket (kirjasto)',
      names: {
        jakobstad: 'Integrationsporten Pietarsaari',
        nykarleby: 'Integrationsporten Uusikaarlepyy',
        kronoby: 'Integrationsporten Kruunupyy',
        romporten: 'Romporten',
      },
    },
    obligations: {
      title: 'Velvollisuudet ja mitä tapahtuu, jos suunnitelmaa ei noudateta',
      intro:
        'Olet kotoutuja, kun sinulla on voimassa oleva kotoutumissuunnitelma. Silloin sinua koskevat alla olevat velvollisuudet. Ne on kirjattu Pietarsaaren seudun kotoutumisohjelmaan.',
      help: 'Jos elämässäsi muuttuu jotain tai et voi osallistua, kerro siitä mahdollisimman pian. Kysy neuvontapisteestä, jos olet epävarma.',
    },
    accessibility: {
      title: 'Saavutettavuusseloste',
      intro:
        'Pietarsaaren kaupungin kotoutumisyksikkö haluaa, että kaikki voivat käyttää tätä opasta. Seloste koskee Pietarsaaren seudun kotoutumisohjelman opasta kahdeksalla kielellä, ja se on laadittu digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti.',
      statusHeading: 'Kuinka saavutettava opas on?',
      status:
        'Opas täyttää WCAG 2.1 -kriteerien AA-tason vaatimukset osittain. Tavoite on, että se täyttää ne kokonaan.',
      gapsHeading: 'Tunnetut puutteet',
      gapTranslations:
        'Kaikki käännökset ovat luonnoksia, joita äidinkieliset puhujat eivät ole vielä tarkistaneet. Teksteissä voi olla virheitä, tai ne voivat olla vaikeita ymmärtää.',
      gapDirectory:
        'Osa palveluluettelon tiedoista on vain ruotsiksi. Ne on merkitty ruotsinkielisiksi.',
      gapHours: 'Useimpien neuvontapisteiden aukioloaikoja ei ole vielä julkaistu.',
      gapScript:
        'Sivu ”Mikä koskee minua?” voi vastata vain, kun JavaScript on käytössä. Samat tiedot ovat etusivulla.',
      testedHeading: 'Miten saavutettavuutta on arvioitu',
      tested:
        'Opas on testattu automaattisella axe-työkalulla ja näppäimistöllä Chromium-selaimessa kaikilla kahdeksalla kielellä. Ulkopuolinen asiantuntija ei ole arvioinut sitä.',
      feedbackHeading: 'Anna palautetta',
      feedback:
        'Jos huomaat puutteen tai et voi käyttää jotain sisältöä, kirjoita meille. Vastaamme 14 päivän kuluessa.',
      supervisionHeading: 'Valvontaviranomainen',
      supervision:
        'Jos et saa vastausta 14 päivän kuluessa tai et ole tyytyväinen vastaukseen, voit ilmoittaa asiasta Etelä-Suomen aluehallintovirastolle. Verkkosivuilla kerrotaan, miten ilmoitus tehdään.',
      updated: 'Seloste on laadittu {date}.',
    },
    contact: {
      title: 'Yhteystiedot',
      intro:
        'Pietarsaaren kaupungin kotoutumisyksikkö koordinoi kotoutumisohjelmaa koko seudulla: Pietarsaaressa, Kruunupyyssä, Luodossa, Uudessakaarlepyyssä ja Pedersöressä.',
      visitHeading: 'Käy neuvontapisteessä',
      visit:
        'Neuvontapisteissä saat apua ruotsiksi, suomeksi ja englanniksi sekä tarvittaessa muilla kielillä tulkin avulla.',
      emailWarning:
        'Sähköposti ei ole salattu. Älä kirjoita sähköpostiin henkilötunnustasi tai terveyttäsi koskevia tietoja.',
      otherHeading: 'Muut viranomaiset',
      kela: 'Etuudet eri elämäntilanteisiin.',
      migri: 'Oleskeluluvat, myös perhesiteen perusteella.',
    },
    names: {
      municipalities: {
        jakobstad: 'Pietarsaari',
        kronoby: 'Kruunupyy',
        larsmo: 'Luoto',
        nykarleby: 'Uusikaarlepyy',
        pedersore: 'Pedersöre',
      },
      organisations: {
        'integration-unit': 'Kotoutumisyksikkö, Pietarsaaren kaupunki',
        'employment-jakobstad': 'Pietarsaaren seudun työllisyysalue',
        'employment-ostrobothnia': 'Pohjanmaan työllisyysalue',
        'wellbeing-ostrobothnia': 'Pohjanmaan hyvinvointialue',
        kela: 'Kela',
        migri: 'Maahanmuuttovirasto (Migri)',
      },
      kinds: {
        'culture-leisure': 'Kulttuuri ja vapaa-aika',
        'adult-education': 'Työväen- ja kansalaisopistot',
        educator: 'Oppilaitokset',
        'business-advice': 'Yritysneuvonta',
        project: 'Hankkeet',
        'third-sector': 'Yhdistykset, järjestöt ja uskonnolliset yhteisöt',
        'social-network': 'Sosiaaliset verkostot',
        authority: 'Viranomaiset',
        'info-point': 'Neuvontapisteet',
      },
    },
  },
} satisfies Catalogue<typeof svPages>
