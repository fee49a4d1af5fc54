// The counsellor's work queue (the start page). Swedish is the source.
export const workQueue = {
  workQueue: {
    title: 'Arbetskö',
    heading: 'Arbetskö',
    today: 'Läget {date}.',
    count: '({count, plural, one {# ärende} other {# ärenden}})',
    empty: 'Inget att göra här just nu.',
    born: 'född {date}',
    groundsLabel: 'Grund: {grounds}',
    grounds: {
      'recently-arrived': 'nyligen flyttat till Finland',
      'recent-residence-permit': 'fått uppehållstillstånd under de senaste tre åren',
    },
    openCustomer: 'Kundens sida: {name}',
    kinds: {
      'review-overdue': 'Försenade översyner av planer',
      'review-due': 'Planer som ska ses över inom 30 dagar',
      'plan-expiring': 'Planer som snart upphör',
      'assessment-without-plan': 'Bedömda för över 30 dagar sedan, men ingen plan',
      'civic-orientation-closing': 'Tiden för samhällsorientering går snart ut',
      'case-conference': 'Ärenden för samrådsmöte',
    },
    explanations: {
      'review-overdue':
        'Översynen skulle redan ha gjorts. En plan ses över minst var sjätte månad.',
      'review-due': 'En plan ses över minst var sjätte månad.',
      'plan-expiring':
        'En plan gäller i högst två år. Gör upp en ny plan i tid om kunden behöver den.',
      'assessment-without-plan': 'Planen görs upp utifrån bedömningen.',
      'civic-orientation-closing':
        'Samhällsorientering erbjuds den som nyligen har flyttat till Finland eller fått uppehållstillstånd under de senaste tre åren.',
      'case-conference':
        'Reglerna ger inget entydigt svar om vem som ansvarar. Organisationerna kommer överens på ett samrådsmöte.',
    },
    due: {
      'review-overdue': 'översynen skulle ha gjorts senast {date}',
      'review-due': 'översyn senast {date}',
      'plan-expiring': 'planen upphör {date}',
      'assessment-without-plan': 'plan väntades senast {date}',
      'civic-orientation-closing': 'sista dagen att börja {date}',
      'case-conference': 'datum {date}',
    },
  },
} as const
