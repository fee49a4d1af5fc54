import type { Catalogue } from '../i18n.js'
import { customers } from './customers/fi.js'
import { directory } from './directory/fi.js'
import { forms } from './forms/fi.js'
import { plans } from './plans/fi.js'
import { records } from './records/fi.js'
import { reports } from './reports/fi.js'
import type { sv } from './sv.js'
import { visits } from './visits/fi.js'
import { workQueue } from './work-queue/fi.js'

export const fi = {
  language: {
    name: 'Suomi',
    switcherLabel: 'Kieli',
    draftNotice: 'Suomenkielisiä tekstejä ei ole vielä tarkastettu.',
  },
  app: {
    name: 'Porten',
    tagline: 'Pietarsaaren seudun kotoutumisohjelma',
    documentTitle: '{page} – Porten',
    skipToContent: 'Siirry pääsisältöön',
    loading: 'Ladataan …',
    loadingTitle: 'Ladataan',
  },
  unavailable: {
    title: 'Palveluun ei saada yhteyttä',
    body: 'Porten ei vastaa juuri nyt. Tarkista verkkoyhteys ja yritä uudelleen.',
    retry: 'Yritä uudelleen',
  },
  signIn: {
    title: 'Kirjaudu sisään',
    heading: 'Kirjaudu Porteniin',
    intro: 'Pietarsaaren seudun kotoutumisohjelman henkilöstölle.',
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    submit: 'Kirjaudu sisään',
    submitting: 'Kirjaudutaan …',
    signedOut: 'Olet kirjautunut ulos.',
    fieldErrors: {
      emailRequired: 'Kirjoita sähköpostiosoitteesi.',
      emailInvalid: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      passwordRequired: 'Kirjoita salasanasi.',
      passwordInvalid: 'Tarkista salasana.',
      passwordTooLong: 'Salasana on liian pitkä. Se saa olla enintään {max, number} merkkiä.',
    },
    errors: {
      summaryTitle: 'Kirjautuminen epäonnistui',
      wrongCredentials:
        'Sähköpostiosoite tai salasana on väärin. Tarkista tiedot ja yritä uudelleen.',
      invalidInput: 'Tarkista merkittyjen kenttien tiedot.',
      tooManyAttempts:
        'Liian monta epäonnistunutta kirjautumisyritystä. Odota hetki ja yritä uudelleen.',
      tooManyAttemptsSeconds:
        'Liian monta epäonnistunutta kirjautumisyritystä. Odota {seconds, plural, one {# sekunti} other {# sekuntia}} ja yritä sitten uudelleen.',
      tooManyAttemptsMinutes:
        'Liian monta epäonnistunutta kirjautumisyritystä. Odota {minutes, plural, one {# minuutti} other {# minuuttia}} ja yritä sitten uudelleen.',
      network:
        'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen. Kirjoittamasi tiedot ovat tallessa.',
      server: 'Palvelussa tapahtui virhe. Yritä hetken kuluttua uudelleen.',
    },
  },
  home: {
    title: 'Etusivu',
    heading: 'Tervetuloa, {name}',
    empty: 'Täällä ei ole vielä mitään näytettävää.',
    detailsHeading: 'Omat tietosi',
    name: 'Nimi',
    organisation: 'Organisaatio',
    role: 'Rooli',
    noCaseWork:
      'Roolisi ({role}) ei anna pääsyä asiakastietoihin eikä työjonoon. Asiakkaan tiedot näkyvät vain niiden organisaatioiden ohjaajille, jotka palvelevat asiakasta.',
  },
  account: {
    signedInAs: 'Kirjautuneena: {name}',
    signOut: 'Kirjaudu ulos',
    signingOut: 'Kirjaudutaan ulos …',
    signOutFailed: 'Uloskirjautuminen epäonnistui. Yritä uudelleen.',
  },
  roles: {
    admin: 'Pääkäyttäjä',
    counselor: 'Ohjaaja',
    'front-desk': 'Asiakaspalvelu',
    manager: 'Esihenkilö',
  },
  ...forms,
  ...workQueue,
  ...customers,
  ...plans,
  ...records,
  ...directory,
  ...visits,
  ...reports,
} as const

export default {
  language: 'fi',
  review: { status: 'draft' },
  messages: fi,
} satisfies Catalogue<typeof sv>
