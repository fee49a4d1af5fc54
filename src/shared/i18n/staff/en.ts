import type { Catalogue } from '../i18n.js'
import { customers } from './customers/en.js'
import { directory } from './directory/en.js'
import { forms } from './forms/en.js'
import { plans } from './plans/en.js'
import { records } from './records/en.js'
import { reports } from './reports/en.js'
import type { sv } from './sv.js'
import { visits } from './visits/en.js'
import { workQueue } from './work-queue/en.js'

export const en = {
  language: {
    name: 'English',
    switcherLabel: 'Language',
    draftNotice: 'The English texts have not been reviewed yet.',
  },
  app: {
    name: 'Porten',
    tagline: 'Jakobstad Region Integration Programme',
    documentTitle: '{page} – Porten',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    loadingTitle: 'Loading',
  },
  unavailable: {
    title: 'Porten cannot be reached',
    body: 'Porten is not responding right now. Check your network connection and try again.',
    retry: 'Try again',
  },
  signIn: {
    title: 'Sign in',
    heading: 'Sign in to Porten',
    intro: 'For staff of the Jakobstad region’s integration programme.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    signedOut: 'You have signed out.',
    fieldErrors: {
      emailRequired: 'Enter your email address.',
      emailInvalid: 'Enter the email address in the form name@example.fi.',
      passwordRequired: 'Enter your password.',
      passwordInvalid: 'Check the password.',
      passwordTooLong: 'The password is too long. It can be at most {max, number} characters.',
    },
    errors: {
      summaryTitle: 'Sign-in failed',
      wrongCredentials: 'The email address or password is incorrect. Check them and try again.',
      invalidInput: 'Check the information in the marked fields.',
      tooManyAttempts: 'Too many failed sign-in attempts. Wait a moment and try again.',
      tooManyAttemptsSeconds:
        'Too many failed sign-in attempts. Wait {seconds, plural, one {# second} other {# seconds}} and then try again.',
      tooManyAttemptsMinutes:
        'Too many failed sign-in attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and then try again.',
      network:
        'Porten could not be reached. Check your network connection and try again. What you typed has been kept.',
      server: 'Something went wrong in Porten. Try again in a moment.',
    },
  },
  home: {
    title: 'Home',
    heading: 'Welcome, {name}',
    empty: 'There is nothing to show here yet.',
    detailsHeading: 'Your details',
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    noCaseWork:
      'Your role ({role}) gives no access to customer records or the work queue. Only counsellors of the organisations that serve a customer see that customer.',
  },
  account: {
    signedInAs: 'Signed in as {name}',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Signing out failed. Try again.',
  },
  roles: {
    admin: 'Administrator',
    counselor: 'Counsellor',
    'front-desk': 'Front desk',
    manager: 'Manager',
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
  language: 'en',
  review: { status: 'draft' },
  messages: en,
} satisfies Catalogue<typeof sv>
