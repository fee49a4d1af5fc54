import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'fi',
  review: { status: 'draft' },
  messages: {
    meta: {
      endonym: 'Suomi',
      titlePattern: '{page} – {site}',
      siteName: 'Kotoutumisyksikkö, Pietarsaari',
      description:
        'Selkeää tietoa kahdeksalla kielellä Pietarsaaren seudun kotoutumisohjelman 2025 kuudesta osasta.',
    },
    skipLink: 'Siirry sisältöön',
    draftNotice:
      'Luonnos: tämän sivun tekstejä ei ole vielä tarkistettu. Jos jokin on epäselvää, ota yhteyttä Integrationsporten-neuvontapisteeseen.',
    languageSwitcher: {
      label: 'Valitse kieli',
    },
    programme: {
      name: 'Pietarsaaren seudun kotoutumisohjelma 2025',
      introduction:
        'Oletko muuttanut äskettäin Pietarsaaren seudulle? Kotoutumisohjelma kertoo palveluista, jotka auttavat sinua pääsemään osaksi yhteiskuntaa, oppimaan ruotsia tai suomea ja löytämään työtä tai opiskelupaikan.',
      audience:
        'Palvelut on tarkoitettu kiintiöpakolaisille, oleskeluluvan saaneille turvapaikanhakijoille ja muille maahanmuuttajille, joiden kotikunta on Pietarsaari, Kruunupyy, Luoto, Uusikaarlepyy tai Pedersöre.',
      partsIntro: 'Ohjelmassa on kuusi osaa:',
    },
    parts: {
      assessment: {
        title: 'Osaamisen ja palvelutarpeen arviointi',
        description:
          'Alkuhaastattelussa käydään läpi tavoitteesi, koulutuksesi, kielitaitosi, työkykysi ja tarvitsemasi palvelut. Jos tarvitset myös sosiaali- ja terveyspalveluja tai kuntoutusta, tehdään monialainen arviointi yhdessä Pohjanmaan hyvinvointialueen kanssa.',
        audience:
          'Työttömien työnhakijoiden arvioinnin tekee työllisyysalue. Kotoutumisyksikkö arvioi muun muassa kansainvälistä suojelua saaneet, kotihoidon tukea tai muuta kuin tilapäistä toimeentulotukea saavat, ilman huoltajaa olevat alaikäiset ja ihmiskaupan uhrit.',
      },
      'integration-plan': {
        title: 'Kotoutumissuunnitelma',
        description:
          'Arvioinnin pohjalta laadit henkilökohtaisen suunnitelman yhdessä kotoutumisyksikön tai työllisyysalueen kanssa. Suunnitelmaan kirjataan tavoitteesi ja palvelut, joihin osallistut, esimerkiksi työ, terveys, yhteiskuntataidot ja opiskelu; se on voimassa enintään kaksi vuotta, ja se tarkistetaan vähintään kuuden kuukauden välein.',
        audience:
          'Sinulle, jonka osaaminen ja palvelutarve on arvioitu. Jos olet työtön työnhakija, sinulle laaditaan sen sijaan työllistymissuunnitelma, ja jos olet alle 25-vuotias, päätavoite on suorittaa toisen asteen tai korkeamman asteen tutkinto.',
      },
      'civic-orientation': {
        title: 'Monikielinen yhteiskuntaorientaatio',
        description:
          'Maksuton kurssi siitä, millaista Suomessa on asua ja tehdä työtä, miten yhteiskunta toimii ja mitkä ovat oikeutesi ja velvollisuutesi. Kurssi pidetään äidinkielelläsi tai kielellä, jota osaat hyvin.',
        audience:
          'Kaikille aikuisille maahanmuuttajille, jotka ovat äskettäin muuttaneet Suomeen tai saaneet oleskeluluvan viimeisen kolmen vuoden aikana.',
      },
      'integration-training': {
        title: 'Kotoutumiskoulutus ja kielitaidon päättötesti',
        description:
          'Koulutuksessa opit ruotsia tai suomea sekä yhteiskunta- ja työelämätaitoja. Tavoitetaso on B1.1, jotta pärjäät arjessa, työelämässä ja jatko-opinnoissa, ja koulutus päättyy kielitaidon testiin.',
        audience:
          'Työttömille työnhakijoille ja muille maahanmuuttajille, joilla arvioinnissa on todettu kotoutumiskoulutuksen tarve.',
      },
      'other-services': {
        title: 'Muu koulutus ja palvelut',
        description:
          'Oppilaitokset, työväen- ja kansalaisopistot, yhdistykset ja vapaaehtoisverkostot tarjoavat muun muassa kielikursseja, luku- ja kirjoitustaidon opetusta, vapaa-ajan toimintaa sekä tukea työhön ja yrittäjyyteen. Niissä voit tutustua ihmisiin, harjoitella kieltä ja rakentaa mielekästä arkea.',
        audience: 'Kaikille Pietarsaaren seudun kuntiin äskettäin muuttaneille.',
      },
      guidance: {
        title: 'Ohjaus ja neuvonta',
        description:
          'Integrationsporten-neuvontapisteestä saat tietoa ja neuvoja kunnan palveluista sekä apua oikean viranomaisen, koulutuksen tai vapaa-ajan toiminnan löytämiseen. Palvelua saa ruotsiksi, suomeksi ja englanniksi sekä tarvittaessa muilla kielillä tulkin avulla.',
        audience:
          'Kaikille Suomeen äskettäin muuttaneille maahanmuuttajille muuton syystä riippumatta.',
      },
    },
    footer: {
      heading: 'Yhteystiedot',
      organisation: 'Kotoutumisyksikkö, Pietarsaaren kaupunki',
      contactIntro: 'Kotoutumisyksikkö vastaa kotoutumisohjelmaa koskeviin kysymyksiin.',
      email: 'Sähköposti',
      phone: 'Puhelin',
    },
  },
} satisfies Catalogue<typeof sv>
