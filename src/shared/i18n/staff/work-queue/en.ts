import type { Messages } from '../../i18n.js'
import type { workQueue as sv } from './sv.js'

export const workQueue = {
  workQueue: {
    title: 'Work queue',
    heading: 'Work queue',
    today: 'As of {date}.',
    count: '({count, plural, one {# case} other {# cases}})',
    empty: 'Nothing to do here right now.',
    born: 'born {date}',
    groundsLabel: 'Grounds: {grounds}',
    grounds: {
      'recently-arrived': 'recently moved to Finland',
      'recent-residence-permit': 'received a residence permit within the last three years',
    },
    openCustomer: 'Customer page: {name}',
    kinds: {
      'review-overdue': 'Overdue plan reviews',
      'review-due': 'Plans to review within 30 days',
      'plan-expiring': 'Plans ending soon',
      'assessment-without-plan': 'Assessed over 30 days ago, no plan yet',
      'civic-orientation-closing': 'Time for civic orientation running out',
      'case-conference': 'Cases for a case conference',
    },
    explanations: {
      'review-overdue':
        'The review should already have been made. A plan is reviewed at least every six months.',
      'review-due': 'A plan is reviewed at least every six months.',
      'plan-expiring':
        'A plan is in force for at most two years. Draw up a new plan in time if the customer needs one.',
      'assessment-without-plan': 'The plan is drawn up on the basis of the assessment.',
      'civic-orientation-closing':
        'Civic orientation is offered to those who recently moved to Finland or received a residence permit within the last three years.',
      'case-conference':
        'The rules do not say clearly who is responsible. The organisations agree on it at a case conference.',
    },
    due: {
      'review-overdue': 'review was due by {date}',
      'review-due': 'review by {date}',
      'plan-expiring': 'plan ends {date}',
      'assessment-without-plan': 'plan was due by {date}',
      'civic-orientation-closing': 'last day to start {date}',
      'case-conference': 'date {date}',
    },
  },
} as const satisfies Messages<typeof sv>
