import type { Messages } from '../../i18n.js'
import type { records as sv } from './sv.js'

export const records = {
  assessments: {
    heading: 'Arvioinnit',
    empty: 'Ei vielä arviointia.',
    item: '{kind}, {date}',
    showContent: 'Näytä sisältö',
    kinds: {
      standard: 'Osaamisen ja palvelutarpeen arviointi',
      multisectoral: 'Monialainen arviointi',
    },
    fields: {
      kind: 'Arvioinnin tyyppi',
      completedOn: 'Arviointi tehtiin',
      organisations: 'Osallistuneet organisaatiot',
      languageSkills: 'Kielitaito',
      literacy: 'Luku- ja kirjoitustaito',
      needsPlan: 'Tarvitsee kotoutumissuunnitelman',
      needsIntegrationTraining: 'Tarvitsee kotoutumiskoulutusta',
    },
    content: {
      goals: 'Asiakkaan tavoitteet',
      education: 'Aiempi koulutus',
      workExperience: 'Työkokemus',
      workAbility: 'Työkyky',
      studyNeeds: 'Koulutustarpeet',
      employmentNeeds: 'Työllistymiseen liittyvät tarpeet',
      otherNeeds: 'Muut kotoutumisen tarpeet',
    },
    literacy: {
      literate: 'Osaa lukea ja kirjoittaa',
      'literate-other-script': 'Osaa lukea ja kirjoittaa toisella kirjoitusjärjestelmällä',
      partly: 'Osaa lukea ja kirjoittaa osittain',
      'not-literate': 'Ei osaa lukea eikä kirjoittaa',
    },
    form: {
      open: 'Kirjaa arviointi',
      submit: 'Tallenna arviointi',
      saved: 'Arviointi on tallennettu.',
      interview: 'Alkuhaastattelu',
      organisationsHelp:
        'Valittu valmiiksi kotoutumisohjelman sääntöjen mukaan. Monialainen arviointi tehdään yhdessä hyvinvointialueen kanssa.',
      skillLanguage: 'Kieli {number}',
      skillLevel: 'Kielen {number} taso',
      addSkill: 'Lisää kieli',
      removeSkill: 'Poista kieli {number}',
      skillIncomplete: 'Valitse kieli, jota taso koskee, tai poista rivi.',
    },
  },
  participations: {
    heading: 'Yhteiskuntaorientaatio ja kotoutumiskoulutus',
    empty: 'Ei vielä osallistumista.',
    period: '{from}–{until}',
    ongoing: '{from} alkaen, käynnissä',
    interruptedBecause: 'keskeytyi: {reason}',
    services: {
      'civic-orientation': 'Yhteiskuntaorientaatio',
      'integration-training': 'Kotoutumiskoulutus',
    },
    fields: {
      service: 'Palvelu',
      startedOn: 'Alkoi',
      endedOn: 'Päättyi',
      language: 'Opetuskieli',
      provider: 'Järjestäjä',
      interrupted: 'Osallistuminen keskeytyi',
      interruptionReason: 'Keskeytyksen syy',
    },
    form: {
      open: 'Kirjaa osallistuminen',
      submit: 'Tallenna osallistuminen',
      saved: 'Osallistuminen on tallennettu.',
    },
    update: {
      open: 'Kirjaa päättyminen tai keskeytys',
      submit: 'Tallenna',
      saved: 'Osallistuminen on päivitetty.',
    },
  },
  languageTests: {
    heading: 'Kielitaidon lopputesti',
    empty: 'Ei vielä kielitestiä.',
    item: '{date}, {language}',
    notTested: 'ei testattu',
    lowest: 'Alin taso: {level}.',
    reached: 'Tavoitetaso {target} on saavutettu.',
    notReached: 'Tavoitetasoa {target} ei ole saavutettu.',
    fields: {
      takenOn: 'Testipäivä',
      language: 'Kieli',
      results: 'Tulokset taidoittain',
    },
    form: {
      open: 'Kirjaa kielitesti',
      submit: 'Tallenna testi',
      saved: 'Kielitesti on tallennettu.',
      resultsHelp:
        'Anna testattujen taitojen tasot. Alin taso ratkaisee, onko tavoitetaso B1.1 saavutettu.',
    },
  },
} as const satisfies Messages<typeof sv>
