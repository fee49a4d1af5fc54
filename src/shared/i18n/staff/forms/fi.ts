import type { Messages } from '../../i18n.js'
import type { forms as sv } from './sv.js'

export const forms = {
  nav: {
    label: 'Päävalikko',
    home: 'Etusivu',
    workQueue: 'Työjono',
    customers: 'Asiakkaat',
    registerCustomer: 'Rekisteröi asiakas',
  },
  notFound: {
    title: 'Sivua ei löydy',
    body: 'Tässä osoitteessa ei ole sivua. Jatka valikon kautta.',
  },
  details: {
    yes: 'Kyllä',
    no: 'Ei',
    none: 'Ei annettu',
  },
  load: {
    notFound: 'Tietoja ei ole, tai organisaatiollasi ei ole pääsyä niihin.',
    forbidden: 'Roolisi ei anna pääsyä asiakastietoihin.',
    signedOut: 'Istuntosi on päättynyt. Lataa sivu uudelleen ja kirjaudu sisään.',
    network: 'Porteniin ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    unexpected: 'Porten vastasi odottamattomasti. Yritä hetken päästä uudelleen.',
    server: 'Portenissa tapahtui virhe. Yritä hetken päästä uudelleen.',
    retry: 'Yritä uudelleen',
  },
  forms: {
    requiredMark: '(pakollinen)',
    choose: 'Valitse',
    notGiven: 'Ei annettu',
    saving: 'Tallennetaan …',
    cancel: 'Peruuta',
    failure: {
      title: 'Tietoja ei tallennettu',
      invalid: 'Tarkista merkityt kentät. Kirjoittamasi tiedot ovat tallella.',
      invalidCount:
        'Tarkista {count, plural, one {# tieto} other {# tietoa}}. Kirjoittamasi tiedot ovat tallella.',
      rule: 'Tiedot ovat kotoutumisohjelman säännön vastaisia. Kirjoittamasi tiedot ovat tallella.',
      conflict:
        'Joku muu tallensi muutoksia samoihin tietoihin sillä aikaa, kun kirjoitit. Kirjoittamasi tiedot ovat yhä lomakkeella. Lataa uusin versio ja tallenna sitten uudelleen.',
      notFound: 'Tietoja ei enää ole, tai organisaatiollasi ei enää ole pääsyä niihin.',
      forbidden: 'Roolisi tai organisaatiosi ei saa tehdä tätä muutosta.',
      signedOut:
        'Istuntosi on päättynyt. Kirjaudu sisään toisessa välilehdessä ja tallenna sitten täällä uudelleen. Kirjoittamasi tiedot ovat tallella.',
      tooLarge: 'Tiedot ovat liian laajat tallennettaviksi kerralla. Lyhennä pisimpiä tekstejä.',
      network:
        'Porteniin ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen. Kirjoittamasi tiedot ovat tallella.',
      unexpected:
        'Porten vastasi odottamattomasti. Tarkista, tallentuivatko tiedot, ennen kuin yrität uudelleen.',
      server:
        'Portenissa tapahtui virhe. Yritä hetken päästä uudelleen. Kirjoittamasi tiedot ovat tallella.',
    },
    conflict: {
      loadLatest: 'Lataa uusin versio',
      reloadedTitle: 'Uusin versio on ladattu',
      reloaded:
        'Muutoksesi ovat yhä lomakkeella. Kentissä, joita et muuttanut, näkyy nyt viimeksi tallennettu versio. Tarkista tiedot ja tallenna uudelleen.',
      bothChanged:
        'Sekä sinä että joku muu muutitte näitä kenttiä. Lomakkeella näkyvät sinun arvosi:',
      discardMine: 'Hylkää omat muutokseni ja näytä tallennettu versio',
    },
    messages: {
      required: 'Täytä tämä kenttä.',
      tooLong: 'Tekstissä saa olla enintään {max, number} merkkiä.',
      date: 'Anna päivämäärä.',
      dateRange: 'Vuoden on oltava välillä 1900–2200.',
      organisationRequired: 'Valitse vähintään yksi organisaatio.',
      duplicate: 'Sama vaihtoehto on mukana kahdesti.',
      languageCode: 'Valitse kieli luettelosta.',
      oneNative: 'Merkitse enintään yksi äidinkieli.',
      phone: 'Kirjoita puhelinnumero numeroina, esimerkiksi +358 40 123 4567.',
      email: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      identityCodeShape:
        'Henkilötunnus koostuu syntymäajasta (PPKKVV), välimerkistä ja neljästä merkistä, esimerkiksi 131052-308T.',
      identityCodeCentury: 'Henkilötunnuksen välimerkki (esimerkiksi - tai A) ei kelpaa.',
      identityCodeDate: 'Henkilötunnuksen alku ei ole kelvollinen päivämäärä.',
      identityCodeIndividual: 'Henkilötunnuksen yksilönumeron on oltava välillä 002–999.',
      identityCodeControl: 'Tarkistusmerkki ei täsmää. Tarkista henkilötunnus.',
      oneSkill: 'Anna vähintään yhden taidon taso.',
      planTooLong: 'Suunnitelma on voimassa enintään kaksi vuotta eli viimeistään {date}.',
      beforePlanStart: 'Päivämäärä ei voi olla ennen suunnitelman ensimmäistä päivää ({date}).',
      choose: 'Valitse yksi vaihtoehdoista.',
      unknownField: 'Porten ei tunnista tätä kenttää.',
      future: 'Päivämäärä ei voi olla tulevaisuudessa.',
      beforeBirth: 'Päivämäärä ei voi olla ennen syntymäaikaa.',
      codeNotBirthDate: 'Henkilötunnus ei vastaa syntymäaikaa.',
      selfLink: 'Asiakas ei voi olla oma perheenjäsenensä.',
      unknownCustomer: 'Asiakasta ei ole, tai organisaatiosi ei palvele häntä.',
      reasonRequired: 'Kirjoita, miksi vastuuorganisaatiot muuttuvat.',
      ownOrganisation:
        'Oman organisaatiosi on oltava vastuuorganisaatioiden joukossa, muuten et näe asiakasta tallennuksen jälkeen.',
      interpreterOnly: 'Anna tulkkauskieli vain, jos asiakas tarvitsee tulkin.',
      beforeRegistered: 'Päivämäärä ei voi olla ennen asiakkaan rekisteröintipäivää ({date}).',
      caseClosed: 'Asiakkaan asia päätettiin {date}. Uusia tietoja ei voi tallentaa.',
      multisectoral:
        'Monialainen arviointi tehdään yhdessä Pohjanmaan hyvinvointialueen kanssa. Valitse hyvinvointialue.',
      assessmentFirst: 'Suunnitelma laaditaan arvioinnin jälkeen. Kirjaa ensin arviointi.',
      beforeAssessment: 'Suunnitelma ei voi alkaa ennen arviointia ({date}).',
      planOverlap:
        'Silloin on voimassa {date} alkava suunnitelma. Uuden suunnitelman on alettava myöhemmin.',
      reviewOutsidePlan: 'Tarkistus on tehtävä suunnitelman voimassaoloaikana {from}–{until}.',
      yearAhead: 'Päivämäärä voi olla enintään vuoden päässä.',
      endBeforeStart: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
      interruptedEnd: 'Anna päivä, jona osallistuminen keskeytyi.',
      interruptionReason: 'Kirjoita, miksi osallistuminen keskeytyi.',
      onlyInterrupted: 'Anna syy vain keskeytyneelle osallistumiselle.',
      identityCodeTaken:
        'Asiakas, jolla on tämä henkilötunnus, on jo rekisteröity. Hae asiakas sen sijaan.',
    },
  },
} as const satisfies Messages<typeof sv>
