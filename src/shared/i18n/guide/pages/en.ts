import type { Catalogue } from '../../i18n.js'
import type { svPages } from './sv.js'

export default {
  language: 'en',
  review: { status: 'draft' },
  messages: {
    nav: {
      label: 'Pages of the guide',
      home: 'The programme',
      'what-applies-to-me': 'What applies to me?',
      directory: 'Services in the region',
      'info-points': 'Info points',
      obligations: 'Obligations',
      accessibility: 'Accessibility',
      contact: 'Contact',
    },
    home: {
      whatAppliesLink: 'Answer a few questions and see what applies to you',
      whoArranges: 'Who arranges it?',
      allMunicipalities: 'All municipalities',
      notOffered: 'Not offered',
      situations: {
        unemployed: 'Unemployed job seekers',
        integrationUnitGroup:
          'People who have received international protection, receive home care allowance or social assistance that is not only temporary, unaccompanied minors and victims of human trafficking',
        coordination:
          'Quota refugees and others who need coordinated services, such as social and health care (multisectoral assessment)',
        otherImmigrants: 'Other immigrants',
        planUnemployed: 'Unemployed job seekers (an employment plan instead)',
        planCoordination: 'Quota refugees and others who need coordinated services',
        planOthers: 'Others who have had an assessment',
        unemployedCustomers: 'Integration customers who are unemployed job seekers',
        otherCustomers: 'Other integration customers',
        otherCustomersWithNeed:
          'Other integration customers whose assessment shows that they need the training',
      },
      otherServicesArranged:
        'The municipalities’ culture and leisure services, the adult education centres, education providers, associations and volunteer networks. The Integration Unit coordinates the cooperation.',
      directoryLink: 'See all services and actors in the region',
      guidanceArranged:
        'Integrationsporten, the region’s info point for newcomers. In addition, every authority gives advice within its own area.',
      infoPointsLink: 'Addresses and opening hours of the info points',
    },
    whatApplies: {
      title: 'What applies to me?',
      intro:
        'Answer a few questions, and the guide shows which parts of the integration programme apply to you and who arranges them.',
      privacy: 'Your answers stay in your browser. Nothing is sent and nothing is stored.',
      noscript:
        'The questions are answered by a small program in your browser, and it needs JavaScript. Without JavaScript, you can read on the home page who arranges each part, or ask at an info point.',
      required: 'required',
      municipality: 'Which municipality do you live in?',
      age: 'How old are you?',
      ageHint: 'Write your age in years, in numbers.',
      jobSeeker: {
        legend: 'Are you registered as a job seeker?',
        unemployed: 'Yes, and I am unemployed',
        'other-job-seeker': 'Yes, but I am not unemployed (for example, I work or study)',
        not: 'No',
      },
      categories: {
        legend: 'Does any of this apply to you?',
        hint: 'Choose all that fit. You can also leave them all empty.',
        'quota-refugee': 'I came to Finland as a quota refugee',
        'international-protection':
          'I have received international protection (asylum or subsidiary protection)',
        'unaccompanied-minor':
          'I am under 18 and came to Finland without a parent or other guardian',
        'trafficking-victim': 'I have been a victim of human trafficking',
        'social-assistance': 'I receive social assistance, and not only temporarily',
        'home-care-allowance': 'I receive home care allowance for looking after my child at home',
        'family-member': 'I got my residence permit on the basis of family ties',
        other: 'I moved here for another reason, for example for work or studies',
      },
      dates: {
        legend: 'When did you come?',
        hint: 'Write the year and month, for example 2025-03. Leave it empty if you do not know.',
        residencePermit: 'When did you get your residence permit?',
        arrived: 'When did you move to Finland?',
      },
      submit: 'Show what applies to me',
      errors: {
        heading: 'Please check your answers',
        municipality: 'Choose the municipality you live in.',
        age: 'Write your age in years in numbers, for example 34.',
        jobSeeker: 'Choose whether you are registered as a job seeker.',
        month: 'Write the year and month like this: 2025-03.',
        future: 'That time has not come yet. Check the year and month.',
      },
      answer: {
        heading: 'This is what applies to you',
        disclaimer:
          'The answer follows the rules of the integration programme and your answers. It is guidance, not a decision: the authorities go through your situation when you meet them.',
        eligible: {
          yes: 'Applies to you',
          no: 'Does not apply to you at the moment',
          'if-assessed': 'Decided in the assessment',
        },
        responsible: 'Arranged by:',
        notes: {
          multisectoral:
            'The assessment is multisectoral: it is made together with the wellbeing services county, so that your need for social and health care is looked at too.',
          notOffered:
            'The programme names no assessment for your situation. Ask at the info point.',
          employmentPlan:
            'As a job seeker, you get an employment plan instead of an integration plan.',
          multisectoralPlan:
            'The plan is multisectoral: it is made together with the wellbeing services county.',
          educationFirst:
            'You are under 25, so the main goal of your plan is that you complete upper secondary education or higher.',
          planAfterAssessment: 'The plan is made after you have had an assessment.',
          trainingIfAssessed: 'The assessment shows whether you need integration training.',
          closesOn: 'You can take part until about {date}.',
          notAdult: 'Civic orientation is for adults.',
          windowClosed:
            'It is too long since you moved to Finland or received your residence permit.',
          datesMissing:
            'Answer when you moved to Finland or received your residence permit, so that the guide can answer.',
          caseConference:
            'The programme does not say exactly who is responsible in your situation. The authorities agree on it together. Ask at the info point.',
          notNewcomer:
            'These services are for people who have moved here recently. You can still ask for advice at the info point.',
          seeDirectory: 'See all services in the region',
        },
        reachHeading: 'How to reach them',
        reachInfoPoint:
          'Go to the info point for your municipality. The staff will help you find the right authority.',
        reachContact: 'You can also write to or call the Integration Unit:',
        infoPointDetails: 'Addresses and opening hours',
      },
    },
    directory: {
      title: 'Services and actors in the region',
      intro:
        'Here are all the actors that the integration programme lists: education providers, institutes, associations, networks, authorities and info points. Choose a type or a municipality to see fewer.',
      filterLegend: 'Show actors',
      kind: 'Type',
      municipality: 'Municipality',
      any: 'All',
      show: 'Show',
      showAll: 'Show all',
      count: '{count, plural, =0 {No actors} one {# actor} other {# actors}}',
      empty: 'No actors were found. Choose another type or municipality.',
      regionWide: 'The whole region',
      onlyInSwedish: 'Only available in Swedish.',
      address: 'Address',
      entrance: 'Entrance',
      website: 'Website',
      email: 'Email',
      phone: 'Phone',
      languages: 'Languages',
      openingHours: 'Opening hours',
      exceptions: 'Exceptions to the opening hours',
      closed: 'Closed',
      validUntil: 'Runs until {date}.',
    },
    infoPoints: {
      title: 'Info points',
      intro:
        'Integrationsporten is the region’s info point for newcomers. There you get information and advice about municipal services, and the staff help you find the right authority, education or leisure activity.',
      whichPoint: 'Which info point is yours?',
      noOwnPoint:
        'Larsmo and Pedersöre have no info point of their own. If you live there, you are welcome at Integrationsporten in Jakobstad.',
      venue: 'Place',
      address: 'Address',
      entrance: 'Entrance',
      openingHours: 'Opening hours',
      languages: 'Languages',
      contact: 'Contact',
      interpreter: 'Other languages with an interpreter when needed.',
      languagesDefault:
        'Swedish, Finnish and English. Other languages with an interpreter when needed.',
      hoursNotPublished:
        'The opening hours have not been published yet. Ask by email or phone before you come.',
      officeHours: 'Open during office hours, 8:00–16:00.',
      entranceAlholmsgatan: 'Entrance from Alholmsgatan',
      library: 'Biblioteket (the library)',
      names: {
        jakobstad: 'Integrationsporten Jakobstad',
        nykarleby: 'Integrationsporten Nykarleby',
        kronoby: 'Integrationsporten Kronoby',
        romporten: 'Romporten',
      },
    },
    obligations: {
      title: 'Obligations and what happens if the plan is not followed',
      intro:
        'You are an integration customer when you have a valid integration plan. Then the obligations below apply. They are set out in the Jakobstad Region Integration Programme.',
      help: 'If something changes in your life, or if you cannot take part, tell us as soon as possible. Ask at the info point if you are unsure.',
    },
    accessibility: {
      title: 'Accessibility statement',
      intro:
        'The Integration Unit of the City of Jakobstad wants everyone to be able to use this guide. This statement covers the guide to the Jakobstad Region Integration Programme in eight languages and follows the Act on the Provision of Digital Services (306/2019).',
      statusHeading: 'How accessible is the guide?',
      status:
        'The guide partially meets the requirements of WCAG 2.1 at level AA. The aim is for it to meet them fully.',
      gapsHeading: 'Known shortcomings',
      gapTranslations:
        'All translations are drafts that have not yet been reviewed by native speakers. The texts may contain errors or be hard to understand.',
      gapDirectory:
        'Some information in the list of services is only available in Swedish. It is marked as Swedish.',
      gapHours: 'The opening hours of most info points have not been published yet.',
      gapScript:
        'The page “What applies to me?” can only answer when JavaScript is switched on. The same information is on the home page.',
      testedHeading: 'How accessibility was assessed',
      tested:
        'The guide has been tested with the automatic tool axe and with a keyboard in the Chromium browser, in all eight languages. It has not been audited by an outside expert.',
      feedbackHeading: 'Give feedback',
      feedback:
        'If you notice a shortcoming or cannot use some content, write to us. We answer within 14 days.',
      supervisionHeading: 'Supervisory authority',
      supervision:
        'If you get no answer within 14 days, or you are not satisfied with the answer, you can report it to the Regional State Administrative Agency for Southern Finland. The website explains how.',
      updated: 'This statement was drawn up on {date}.',
    },
    contact: {
      title: 'Contact',
      intro:
        'The Integration Unit of the City of Jakobstad coordinates the integration programme for the whole region: Jakobstad, Kronoby, Larsmo, Nykarleby and Pedersöre.',
      visitHeading: 'Visit an info point',
      visit:
        'At the info points you get help in Swedish, Finnish and English, and in other languages with an interpreter when needed.',
      emailWarning:
        'Email is not encrypted. Do not write your personal identity code or information about your health in an email.',
      otherHeading: 'Other authorities',
      kela: 'Benefits for different life situations.',
      migri: 'Residence permits, including permits based on family ties.',
    },
    names: {
      municipalities: {
        jakobstad: 'Jakobstad',
        kronoby: 'Kronoby',
        larsmo: 'Larsmo',
        nykarleby: 'Nykarleby',
        pedersore: 'Pedersöre',
      },
      organisations: {
        'integration-unit': 'Integration Unit, City of Jakobstad',
        'employment-jakobstad': 'Jakobstad Region Employment Area',
        'employment-ostrobothnia': 'Ostrobothnia Employment Area',
        'wellbeing-ostrobothnia': 'Wellbeing Services County of Ostrobothnia',
        kela: 'Kela (the Social Insurance Institution of Finland)',
        migri: 'Finnish Immigration Service (Migri)',
      },
      kinds: {
        'culture-leisure': 'Culture and leisure',
        'adult-education': 'Adult education centres',
        educator: 'Education providers',
        'business-advice': 'Business advice',
        project: 'Projects',
        'third-sector': 'Associations, organisations and faith communities',
        'social-network': 'Social networks',
        authority: 'Authorities',
        'info-point': 'Info points',
      },
    },
  },
} satisfies Catalogue<typeof svPages>
