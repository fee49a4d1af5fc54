import type { Messages } from '../../i18n.js'
import type { reports as sv } from './sv.js'

export const reports = {
  reports: {
    metrics: {
      assessments: {
        label: 'Assessments completed (standard)',
        definition:
          'Standard assessments of competence and service needs completed in the period (L163).',
      },
      'multisectoral-assessments': {
        label: 'Multisectoral assessments completed',
        definition:
          'Multisectoral assessments with the wellbeing services county completed in the period (L165).',
      },
      'civic-orientation-participants': {
        label: 'Civic orientation participants',
        definition:
          'Customers with a civic-orientation participation that ran on some day of the period, each counted once (L216).',
      },
      'integration-training-participants': {
        label: 'Integration training participants',
        definition:
          'Customers with an integration-training participation that ran on some day of the period, each counted once (L242).',
      },
      'integration-training-reached-b1-1': {
        label: 'Participants who reached B1.1',
        definition:
          'Customers with a language test taken in the period whose weakest skill is B1.1 or higher (L244).',
      },
      'integrationsporten-visits': {
        label: 'Visits to Integrationsporten',
        definition: 'Visits recorded in the period, by their date in Finnish time (L420).',
      },
      'registered-integration-customers': {
        label: 'Registered integration customers',
        definition:
          'Customers with a plan in force on some day of the period, each counted once (L422).',
      },
    },
    steering: {
      'reviews-on-time': {
        label: 'Plan reviews on time',
        definition:
          'Plan reviews in the period made on or before their due day (six months after the plan’s start or the previous review).',
      },
      'reviews-late': {
        label: 'Plan reviews made late',
        definition: 'Plan reviews in the period made after their due day.',
      },
      'reviews-overdue': {
        label: 'Plan reviews overdue',
        definition:
          'Plans in force on the reference day (the period’s last day, or today if earlier) whose review was due before that day.',
      },
      'median-days-arrival-to-assessment': {
        label: 'Days from arrival to assessment (median)',
        definition:
          'Median over customers whose first assessment was completed in the period and whose arrival date is known.',
      },
      'median-days-assessment-to-plan': {
        label: 'Days from assessment to plan (median)',
        definition:
          'Median over plans starting in the period, from the assessment the plan rests on.',
      },
      'under-25-plans': {
        label: 'Plans for people under 25',
        definition: 'Plans starting in the period for people under 25 on the start day.',
      },
      'under-25-education-goal': {
        label: '… with education as the primary goal',
        definition: 'Of those plans, the ones whose primary goal is education (L173).',
      },
      'under-25-education-share': {
        label: 'Share of under-25s with an education goal',
        definition: 'Plans with an education goal divided by all plans for people under 25.',
      },
      'civic-orientation-completed': {
        label: 'Civic orientation completed',
        definition:
          'Civic-orientation participations that ended in the period without interruption.',
      },
      'civic-orientation-interrupted': {
        label: 'Civic orientation interrupted',
        definition: 'Civic-orientation participations interrupted in the period.',
      },
      'integration-training-completed': {
        label: 'Integration training completed',
        definition:
          'Integration-training participations that ended in the period without interruption.',
      },
      'integration-training-interrupted': {
        label: 'Integration training interrupted',
        definition: 'Integration-training participations interrupted in the period.',
      },
    },
    dimensions: {
      total: 'Total',
      month: 'Month',
      municipality: 'Municipality',
      organisation: 'Organisation',
      language: 'Language',
      infoPoint: 'Info point',
      topic: 'Topic',
      serviceLanguage: 'Language of service',
      figure: 'Figure',
      value: 'Value',
      key: 'Key',
    },
    legend: {
      small: '<5 = between 1 and 4 (hidden for publication)',
      complement: 'x = hidden so that the small counts cannot be worked out from the total',
    },
    sheets: {
      summary: 'Summary',
      month: 'By month',
      municipality: 'By municipality',
      organisation: 'By organisation',
      language: 'By language',
      visits: 'Visits',
      period: 'Period {from}–{to}',
      filters: 'Selection: {filters}',
      wholeRegion: 'the whole region',
      publication: 'For publication: small counts hidden',
      internal: 'For internal use: not for publication',
    },
    unknownLanguage: 'unknown',
    nav: 'Reports',
    home: {
      intro:
        'The integration programme’s follow-up figures for a period, for the whole region or one municipality.',
      link: 'Open the reports',
    },
    notAllowed: {
      title: 'No access to the reports',
      body: 'The reports are for managers and administrators. Your role ({role}) does not give access to them.',
    },
    page: {
      title: 'Reports',
      heading: 'Follow-up of the integration programme',
      intro:
        'The programme’s follow-up figures for a period, for the whole region or one municipality. The figures are totals: no individual can be picked out.',
      filters: 'Period and selection',
      from: 'From',
      to: 'To',
      presets: 'Quick choices for the period',
      presetsHelp: 'Shows the figures for the chosen period at once.',
      presetThisYear: 'This year so far',
      presetLastYear: 'Last year',
      presetLastQuarter: 'Previous quarter',
      presetLastMonth: 'Previous month',
      municipality: 'Municipality',
      wholeRegion: 'The whole region',
      organisation: 'Organisation',
      allOrganisations: 'All organisations',
      publication: 'For publication',
      publicationHelp:
        'Choose this when the figures will be shown outside the programme’s staff. Counts from 1 to 4 are then shown as <5, and counts that would reveal them as x.',
      show: 'Show the figures',
      errorTitle: 'The figures could not be produced',
      errorCount: 'Check {count, plural, one {# field} other {# fields}}.',
      periodTooLong: 'The period may be at most {years, plural, one {# year} other {# years}}.',
      toBeforeFrom: 'The end date must not be before the start date.',
      loadingFigures: 'Fetching the figures …',
      shown: 'Figures for {period}, {selection}.',
      selectionRegion: 'the whole region',
      selectionMunicipality: 'municipality: {name}',
      selectionOrganisation: 'organisation: {name}',
      publicationOn: 'The figures are shown for publication: small counts are hidden.',
      publicationOff:
        'The figures are for internal use: they include small counts and must not be published as they are.',
      figures: 'The programme’s follow-up figures',
      figuresIntro: 'The figures the integration programme follows up, with their definitions.',
      steering: 'Figures for steering',
      steeringIntro:
        'Figures that show how the work is going, beyond the programme’s own list. Reference day for overdue reviews: {date}.',
      days: '{days, plural, one {# day} other {# days}}',
      noValue: 'no cases to count',
      breakdowns: 'Breakdowns',
      breakdownsIntro:
        'A customer is counted in every month, municipality, organisation and language in which they meet the definition, so the rows can add up to more than the total.',
      visitsBreakdowns: 'Visits to Integrationsporten',
      byInfoPoint: 'By info point',
      byTopic: 'By topic',
      byServiceLanguage: 'By language of service',
      chartMetric: 'Figure in the chart',
      showTable: 'Show as table',
      showChart: 'Show as chart',
      tableCaption: '{title}, {period}',
      empty: 'No figures to show for the period.',
      download: 'Download',
      downloadIntro:
        'The files hold the same figures as shown here, for the same period and selection.',
      downloadCsv: 'Download CSV',
      downloadXlsx: 'Download Excel (XLSX)',
      annualLink: 'The annual report for printing',
    },
    annual: {
      title: 'Annual report',
      controls: 'Settings of the annual report',
      year: 'Year',
      language: 'Language of the report',
      municipality: 'Municipality',
      publication: 'For publication',
      publicationHelp:
        'The annual report is meant to be published, so small counts are hidden by default. Clear this only for internal use.',
      print: 'Print',
      back: 'Back to the reports',
      heading: 'Jakobstad Region Integration Programme: follow-up {year}',
      period: 'Period',
      selection: 'Selection',
      produced: 'Produced',
      publicationNote:
        'This report is meant for publication: counts from 1 to 4, and counts that would reveal them, are hidden.',
      internalNote:
        'This report is for internal use and must not be published: it includes small counts.',
      headingsNote: 'Headings translated from the integration programme’s Swedish original.',
      partHeading: 'Part {number}. {title}',
      parts: {
        assessment:
          'Assessment or multisectoral assessment of competence and need for integration services (formerly the initial assessment)',
        'integration-plan': 'Integration plan or multisectoral integration plan',
        'civic-orientation': 'Multilingual civic orientation',
        'integration-training': 'Integration training and final test of language proficiency',
        'other-services':
          'Other education and services that promote knowledge of Finnish and Swedish, literacy, civic and working-life skills, as well as employment and business activity',
        guidance: 'Guidance and advice',
      },
      followUp: 'Follow-up',
      otherFigures: 'Other figures',
      tableCaption: 'Part {number}: {heading}',
      otherServicesFollowUp:
        'The Integration Unit follows up and evaluates the cooperation through the unit’s cooperation network.',
      otherServicesNoCount: 'The programme names no figures for this part, so Porten counts none.',
      appendix: 'Appendix: the follow-up figures by municipality',
    },
  },
} satisfies Messages<typeof sv>
