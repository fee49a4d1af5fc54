import type { Catalogue } from '../i18n.js'
import { customers } from './customers/sv.js'
import { directory } from './directory/sv.js'
import { forms } from './forms/sv.js'
import { plans } from './plans/sv.js'
import { records } from './records/sv.js'
import { reports } from './reports/sv.js'
import { visits } from './visits/sv.js'
import { workQueue } from './work-queue/sv.js'

// The staff application's texts. Swedish is the source: fi.ts and en.ts must
// have exactly these keys (STYLE.md rule 7). Each feature's texts live in its
// own folder (forms/, customers/, …) in the three languages.
export const sv = {
  language: {
    // Each catalogue names its own language; the switcher shows every
    // language in itself.
    name: 'Svenska',
    switcherLabel: 'Språk',
    draftNotice: 'Texterna på svenska har ännu inte språkgranskats.',
  },
  app: {
    name: 'Porten',
    tagline: 'Integrationsprogrammet i Jakobstadsregionen',
    documentTitle: '{page} – Porten',
    skipToContent: 'Hoppa till huvudinnehållet',
    loading: 'Laddar …',
    loadingTitle: 'Laddar',
  },
  unavailable: {
    title: 'Porten kan inte nås',
    body: 'Porten svarar inte just nu. Kontrollera nätverksanslutningen och försök igen.',
    retry: 'Försök igen',
  },
  signIn: {
    title: 'Logga in',
    heading: 'Logga in i Porten',
    intro: 'För personal inom integrationsprogrammet i Jakobstadsregionen.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    submitting: 'Loggar in …',
    signedOut: 'Du har loggat ut.',
    fieldErrors: {
      emailRequired: 'Skriv din e-postadress.',
      emailInvalid: 'Skriv e-postadressen i formen namn@exempel.fi.',
      passwordRequired: 'Skriv ditt lösenord.',
      passwordInvalid: 'Kontrollera lösenordet.',
      passwordTooLong: 'Lösenordet är för långt. Det får vara högst {max, number} tecken.',
    },
    errors: {
      summaryTitle: 'Inloggningen misslyckades',
      wrongCredentials:
        'E-postadressen eller lösenordet är fel. Kontrollera uppgifterna och försök igen.',
      invalidInput: 'Kontrollera uppgifterna i de markerade fälten.',
      tooManyAttempts: 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.',
      tooManyAttemptsSeconds:
        'För många misslyckade inloggningsförsök. Vänta {seconds, plural, one {# sekund} other {# sekunder}} och försök sedan igen.',
      tooManyAttemptsMinutes:
        'För många misslyckade inloggningsförsök. Vänta {minutes, plural, one {# minut} other {# minuter}} och försök sedan igen.',
      network:
        'Porten kunde inte nås. Kontrollera nätverksanslutningen och försök igen. Det du har skrivit finns kvar.',
      server: 'Något gick fel i Porten. Försök igen om en stund.',
    },
  },
  home: {
    title: 'Startsida',
    heading: 'Välkommen, {name}',
    empty: 'Det finns inget att visa här ännu.',
    detailsHeading: 'Dina uppgifter',
    name: 'Namn',
    organisation: 'Organisation',
    role: 'Roll',
    noCaseWork:
      'Din roll ({role}) ger inte tillgång till kunduppgifter eller arbetskön. Bara rådgivare vid de organisationer som betjänar en kund ser kundens uppgifter.',
  },
  account: {
    signedInAs: 'Inloggad som {name}',
    signOut: 'Logga ut',
    signingOut: 'Loggar ut …',
    signOutFailed: 'Utloggningen misslyckades. Försök igen.',
  },
  roles: {
    admin: 'Administratör',
    counselor: 'Rådgivare',
    'front-desk': 'Kundtjänst',
    manager: 'Chef',
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
  language: 'sv',
  review: { status: 'draft' },
  messages: sv,
} satisfies Catalogue<typeof sv>
