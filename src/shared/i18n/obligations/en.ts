import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'en',
  review: { status: 'draft' },
  messages: {
    title: 'Your obligations as an integration customer',
    intro: 'As an integration customer, you must:',
    obligations: {
      takePart: 'take part when your integration plan is drawn up and when it is followed up',
      carryOut: 'carry out the plan that was drawn up with you',
      attendServices: 'go to the services agreed in the plan and take part in them regularly',
      reportProgress: 'tell the municipality how you have carried out the plan',
      reportChanges:
        'tell the municipality about important changes in your need for services, in your life situation or in anything else that may affect whether you reach the goals agreed in the plan or can take part in the services',
    },
    consequences: {
      title: 'What happens if you do not follow the plan?',
      activeParticipation:
        'It is important that you take an active part, so that you get the full benefit of the services and support in the Jakobstad region.',
      benefits:
        'If you do not take part in what was agreed, this may affect your right to unemployment benefit or social assistance.',
      law: 'By law, your right to unemployment benefit can be restricted, or your basic social assistance reduced, for example if you do not take part in drawing up your integration plan or do not follow what was agreed in the plan.',
      acts: 'How this affects unemployment benefit is set out in the Unemployment Security Act. How it affects social assistance is set out in the Act on Social Assistance.',
    },
  },
} satisfies Catalogue<typeof sv>
