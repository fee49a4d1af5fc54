import type { Messages } from '../../i18n.js'
import type { forms as sv } from './sv.js'

export const forms = {
  nav: {
    label: 'Main menu',
    home: 'Home',
    workQueue: 'Work queue',
    customers: 'Customers',
    registerCustomer: 'Register customer',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. Use the menu to continue.',
  },
  details: {
    yes: 'Yes',
    no: 'No',
    none: 'Not given',
  },
  load: {
    notFound: 'The information does not exist, or your organisation has no access to it.',
    forbidden: 'Your role does not give access to customer records.',
    signedOut: 'Your session has ended. Reload the page and sign in again.',
    network: 'Porten could not be reached. Check your network connection and try again.',
    unexpected: 'Porten answered in an unexpected way. Try again in a moment.',
    server: 'Something went wrong in Porten. Try again in a moment.',
    retry: 'Try again',
  },
  forms: {
    requiredMark: '(required)',
    choose: 'Choose',
    notGiven: 'Not given',
    saving: 'Saving…',
    cancel: 'Cancel',
    failure: {
      title: 'Nothing was saved',
      invalid: 'Check the marked fields. What you typed has been kept.',
      invalidCount:
        'Check {count, plural, one {# entry} other {# entries}}. What you typed has been kept.',
      rule: 'This breaks a rule of the integration programme. What you typed has been kept.',
      conflict:
        'Someone else saved changes to the same record while you were typing. What you typed is still in the form. Load the latest version, then save again.',
      notFound: 'The record no longer exists, or your organisation no longer has access to it.',
      forbidden: 'Your role or organisation may not make this change.',
      signedOut:
        'Your session has ended. Sign in again in another tab, then save here again. What you typed has been kept.',
      tooLarge: 'Too much to save at once. Shorten the longest texts.',
      network:
        'Porten could not be reached. Check your network connection and try again. What you typed has been kept.',
      unexpected:
        'Porten answered in an unexpected way. Check whether the record was saved before you try again.',
      server:
        'Something went wrong in Porten. Try again in a moment. What you typed has been kept.',
    },
    conflict: {
      loadLatest: 'Load the latest version',
      reloadedTitle: 'The latest version is loaded',
      reloaded:
        'Your changes are still in the form. Fields you did not change now show the latest saved version. Check the details and save again.',
      bothChanged: 'Both you and someone else changed these fields. The form shows your values:',
      discardMine: 'Discard my changes and show the saved version',
    },
    messages: {
      required: 'Fill in this field.',
      tooLong: 'Use at most {max, number} characters.',
      date: 'Give a date.',
      dateRange: 'The year must be between 1900 and 2200.',
      organisationRequired: 'Choose at least one organisation.',
      duplicate: 'The same choice appears twice.',
      languageCode: 'Choose a language from the list.',
      oneNative: 'Mark at most one native language.',
      phone: 'Write the phone number in digits, for example +358 40 123 4567.',
      email: 'Write the email address as name@example.fi.',
      identityCodeShape:
        'A personal identity code is the birth date (DDMMYY), a separator and four characters, for example 131052-308T.',
      identityCodeCentury:
        'The separator in the personal identity code (for example - or A) is not valid.',
      identityCodeDate: 'The start of the personal identity code is not a valid date.',
      identityCodeIndividual:
        'The individual number in the personal identity code must be 002–999.',
      identityCodeControl: 'The check character does not match. Check the personal identity code.',
      oneSkill: 'Give the level of at least one skill.',
      planTooLong: 'A plan is in force for at most two years, that is until {date} at the latest.',
      beforePlanStart: 'The date cannot be before the first day of the plan ({date}).',
      choose: 'Choose one of the options.',
      unknownField: 'Porten does not recognise this field.',
      future: 'The date cannot be in the future.',
      beforeBirth: 'The date cannot be before the date of birth.',
      codeNotBirthDate: 'The personal identity code does not match the date of birth.',
      selfLink: 'A customer cannot be their own family member.',
      unknownCustomer: 'No such customer, or your organisation does not serve them.',
      reasonRequired: 'Say why the responsible organisations change.',
      ownOrganisation:
        'Your own organisation must be among the responsible ones, or you could not see the customer after saving.',
      interpreterOnly: 'Give an interpreting language only when the customer needs an interpreter.',
      beforeRegistered: 'The date cannot be before the customer was registered ({date}).',
      caseClosed: "The customer's case was closed on {date}. Nothing new can be saved.",
      multisectoral:
        'A multisectoral assessment is made together with the Wellbeing Services County of Ostrobothnia. Choose the wellbeing services county.',
      assessmentFirst: 'A plan is drawn up after an assessment. Record the assessment first.',
      beforeAssessment: 'The plan cannot start before the assessment ({date}).',
      planOverlap: 'A plan starting on {date} is in force then. The new plan must start later.',
      reviewOutsidePlan: 'The review must fall while the plan is in force, {from}–{until}.',
      yearAhead: 'The date can be at most a year ahead.',
      endBeforeStart: 'The end date cannot be before the start date.',
      interruptedEnd: 'Give the day the participation was interrupted.',
      interruptionReason: 'Say why the participation was interrupted.',
      onlyInterrupted: 'Give a reason only for an interrupted participation.',
      identityCodeTaken:
        'A customer with this personal identity code is already registered. Find them instead.',
    },
  },
} as const satisfies Messages<typeof sv>
