import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'en',
  review: { status: 'draft' },
  messages: {
    meta: {
      endonym: 'English',
      titlePattern: '{page} – {site}',
      siteName: 'Integration Unit, City of Jakobstad',
      description:
        'Plain-language information in eight languages about the six parts of the Jakobstad Region Integration Programme 2025.',
    },
    skipLink: 'Skip to content',
    draftNotice:
      'Draft: the texts on this page have not been reviewed yet. If anything is unclear, please contact Integrationsporten.',
    languageSwitcher: {
      label: 'Choose language',
    },
    programme: {
      name: 'Jakobstad Region Integration Programme 2025',
      introduction:
        'Have you recently moved to the Jakobstad region? The integration programme describes services that help you become part of society, learn Swedish or Finnish, and find work or a place to study.',
      audience:
        'The services are for quota refugees, asylum seekers who have been granted a residence permit, and other immigrants whose home municipality is Jakobstad, Kronoby, Larsmo, Nykarleby or Pedersöre.',
      partsIntro: 'The programme has six parts:',
    },
    parts: {
      assessment: {
        title: 'Assessment of your skills and service needs',
        description:
          'In a first interview, you go through your goals, education, language skills, ability to work and the services you need. If you also need social and health services or rehabilitation, a multisectoral assessment is made together with the Ostrobothnia wellbeing services county.',
        audience:
          'For unemployed job seekers, the employment area makes the assessment. The Integration Unit assesses, among others, people who have received international protection, people who receive home care allowance or social assistance that is not only temporary, unaccompanied minors and victims of human trafficking.',
      },
      'integration-plan': {
        title: 'Integration plan',
        description:
          'Based on the assessment, you make a personal plan together with the Integration Unit or the employment area. The plan sets out your goals and the services you take part in, such as work, health, civic skills and studies; it is valid for at most two years and is reviewed at least every six months.',
        audience:
          'For people who have had an assessment. If you are an unemployed job seeker, you get an employment plan instead, and if you are under 25, the main goal is that you complete upper secondary education or higher.',
      },
      'civic-orientation': {
        title: 'Multilingual civic orientation',
        description:
          'A free course about living and working in Finland, how society works, and your rights and obligations. It is taught in your mother tongue or in a language you know well.',
        audience:
          'For all adult immigrants who have recently moved to Finland or received a residence permit within the last three years.',
      },
      'integration-training': {
        title: 'Integration training and final language test',
        description:
          'In the training you learn Swedish or Finnish and gain skills for society and working life. The goal is level B1.1, so that you can manage in everyday life, at work and in further studies, and the training ends with a language test.',
        audience:
          'For unemployed job seekers and for other immigrants whose assessment shows that they need integration training.',
      },
      'other-services': {
        title: 'Other education and services',
        description:
          'Educational institutions, adult education centres, associations and volunteer networks offer, for example, language courses, reading and writing classes, leisure activities and support for work and starting a business. There you can meet people, practise the language and build a meaningful everyday life.',
        audience: 'For all newcomers in the municipalities of the Jakobstad region.',
      },
      guidance: {
        title: 'Guidance and advice',
        description:
          'At Integrationsporten you get information and advice about municipal services, and help finding the right authority, education or leisure activity. Help is available in Swedish, Finnish and English, and in other languages through an interpreter when needed.',
        audience:
          'For all immigrants who have recently moved to Finland, whatever the reason for the move.',
      },
    },
    footer: {
      heading: 'Contact',
      organisation: 'Integration Unit, City of Jakobstad',
      contactIntro: 'The Integration Unit answers questions about the integration programme.',
      email: 'Email',
      phone: 'Phone',
    },
  },
} satisfies Catalogue<typeof sv>
