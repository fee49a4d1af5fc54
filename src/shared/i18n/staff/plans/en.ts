import type { Messages } from '../../i18n.js'
import type { plans as sv } from './sv.js'

export const plans = {
  plans: {
    heading: 'Integration plans',
    empty: 'No plan yet.',
    item: '{type} {from}–{until}',
    endedByNewer: 'Replaced by a newer plan on {date}.',
    nextReviewDue: 'Next review by {date}',
    types: {
      'integration-plan': 'Integration plan',
      'multisectoral-integration-plan': 'Multisectoral integration plan',
      'employment-plan': 'Employment plan',
    },
    goals: {
      employment: 'Employment',
      education: 'Upper secondary or higher education',
    },
    areas: {
      employment: 'Employment',
      health: 'Health',
      civicSkills: 'Civic skills',
      studies: 'Studies',
      family: 'Family',
    },
    fields: {
      startsOn: 'In force from',
      endedOn: 'Ended',
      validUntil: 'In force until',
      planType: 'Type of plan',
      primaryGoal: 'Main goal',
      nextReviewDue: 'Next review by',
      longTermGoals: 'Long-term goals',
      periodGoals: 'Goals for the period of the plan',
      services: 'Agreed services',
      organisations: 'Organisations',
      obligationsAcknowledgedOn: 'Obligations gone through with the customer',
    },
    form: {
      open: 'Draw up a new plan',
      submit: 'Save the plan',
      saved: 'The plan is saved.',
      validUntilHelp:
        'A plan is in force for at most two years, that is until {date} at the latest.',
      validUntilHelpNoStart: 'A plan is in force for at most two years from its first day.',
      planTypeHelp: 'Preselected by the rules of the integration programme.',
      servicesHelp: 'Write one service per line.',
      obligationsHelp: "The day the customer's obligations were gone through with them.",
    },
    details: {
      heading: 'The plan',
      notAcknowledged: 'Not yet',
    },
    page: {
      heading: 'Integration plan',
      headingFor: 'Integration plan for {name}',
      created: 'The plan is saved.',
      backTo: 'Back to {name}',
      backToCustomer: 'Back to the customer',
      printLink: 'Print the plan',
    },
    edit: {
      heading: 'Change the plan',
      open: 'Change the plan',
      submit: 'Save the changes',
      saved: 'The changes are saved.',
    },
    reviews: {
      heading: 'Reviews',
      empty: 'The plan has not been reviewed yet.',
      item: '{date}: {reason}',
      open: 'Record a review',
      submit: 'Save the review',
      saved: 'The review is saved and the date of the next review is updated.',
      reviewedOn: 'Date of the review',
      reason: 'Reason',
      notes: 'Notes',
    },
    reviewReasons: {
      scheduled: 'Regular review',
      'change-in-situation': "Change in the customer's situation",
      'customer-request': "At the customer's request",
    },
  },
  planPrint: {
    title: 'Print plan',
    back: 'Back to the plan',
    planLanguage: 'Language of the plan',
    print: 'Print',
    heading: '{type} – {name}',
    customer: 'Customer',
    customerLine: '{name}, born {born}',
    period: 'In force',
    periodLine: '{from}–{until}',
    signatures: 'Signatures',
    acknowledged: 'The obligations were gone through with the customer on {date}.',
    placeAndDate: 'Place and date',
    customerSignature: "Customer's signature",
    counsellorSignature: "Counsellor's signature",
    obligationsNative:
      "The obligations are also given in the customer's native language, {language}.",
    obligationsNotTranslated:
      "The obligations are not translated into the customer's native language ({native}), so they are also given in {language}.",
    obligationsNoNative:
      'No native language is recorded for the customer, so the obligations are also given in {language}.',
    obligationsSameLanguage:
      "The customer's native language is the language of the plan, {language}.",
  },
} as const satisfies Messages<typeof sv>
