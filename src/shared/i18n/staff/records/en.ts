import type { Messages } from '../../i18n.js'
import type { records as sv } from './sv.js'

export const records = {
  assessments: {
    heading: 'Assessments',
    empty: 'No assessment yet.',
    item: '{kind}, {date}',
    showContent: 'Show the content',
    kinds: {
      standard: 'Assessment of competence and service needs',
      multisectoral: 'Multisectoral assessment',
    },
    fields: {
      kind: 'Type of assessment',
      completedOn: 'Assessment made on',
      organisations: 'Organisations that took part',
      languageSkills: 'Language skills',
      literacy: 'Literacy',
      needsPlan: 'Needs an integration plan',
      needsIntegrationTraining: 'Needs integration training',
    },
    content: {
      goals: "The customer's goals",
      education: 'Earlier education',
      workExperience: 'Work experience',
      workAbility: 'Work ability',
      studyNeeds: 'Education needs',
      employmentNeeds: 'Employment needs',
      otherNeeds: 'Other integration needs',
    },
    literacy: {
      literate: 'Can read and write',
      'literate-other-script': 'Can read and write in another writing system',
      partly: 'Can read and write partly',
      'not-literate': 'Cannot read or write',
    },
    form: {
      open: 'Record an assessment',
      submit: 'Save the assessment',
      saved: 'The assessment is saved.',
      interview: 'The initial interview',
      organisationsHelp:
        'Preselected by the rules of the integration programme. A multisectoral assessment is made together with the wellbeing services county.',
      skillLanguage: 'Language {number}',
      skillLevel: 'Level in language {number}',
      addSkill: 'Add a language',
      removeSkill: 'Remove language {number}',
      skillIncomplete: 'Choose the language of this level, or remove the row.',
    },
  },
  participations: {
    heading: 'Civic orientation and integration training',
    empty: 'No participation yet.',
    period: '{from}–{until}',
    ongoing: 'from {from}, ongoing',
    interruptedBecause: 'interrupted: {reason}',
    services: {
      'civic-orientation': 'Civic orientation',
      'integration-training': 'Integration training',
    },
    fields: {
      service: 'Service',
      startedOn: 'Started',
      endedOn: 'Ended',
      language: 'Language of teaching',
      provider: 'Provider',
      interrupted: 'Interrupted',
      interruptionReason: 'Reason for the interruption',
    },
    form: {
      open: 'Record a participation',
      submit: 'Save the participation',
      saved: 'The participation is saved.',
    },
    update: {
      open: 'Record the end or an interruption',
      submit: 'Save',
      saved: 'The participation is updated.',
    },
  },
  languageTests: {
    heading: 'Final language test',
    empty: 'No language test yet.',
    item: '{date}, {language}',
    notTested: 'not tested',
    lowest: 'Lowest level: {level}.',
    reached: 'The target level {target} is reached.',
    notReached: 'The target level {target} is not reached.',
    fields: {
      takenOn: 'Date of the test',
      language: 'Language',
      results: 'Results by skill',
    },
    form: {
      open: 'Record a language test',
      submit: 'Save the test',
      saved: 'The language test is saved.',
      resultsHelp:
        'Give the levels of the skills tested. The lowest level decides whether the target level B1.1 is reached.',
    },
  },
} as const satisfies Messages<typeof sv>
