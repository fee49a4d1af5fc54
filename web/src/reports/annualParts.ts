import type {
  FollowUpMetricId,
  FollowUpReport,
  SteeringFigureId,
} from '../../../src/shared/api/reports.schemas.js'
import type { ProgrammePartId } from '../../../src/shared/programme/definitions.js'

// The annual report follows the programme part by part (original-sv.txt:
// «I integrationsprogrammet ingår sex delar.», L96), each part's figures
// under its own «Uppföljning:». Figures the programme does not name itself
// (the steering figures) come after them as "other figures".

export type AnnualFigure =
  | { readonly kind: 'metric'; readonly id: FollowUpMetricId }
  | { readonly kind: 'steering'; readonly id: SteeringFigureId }

export interface AnnualPart {
  readonly id: ProgrammePartId
  readonly number: 1 | 2 | 3 | 4 | 5 | 6
  /** The figures for the part's «Uppföljning:». */
  readonly followUp: readonly AnnualFigure[]
  readonly other: readonly AnnualFigure[]
  /** Part 6: Integrationsporten's visits by info point, topic and language of service. */
  readonly visitTables?: readonly (keyof FollowUpReport['visits'])[]
}

const metric = (id: FollowUpMetricId): AnnualFigure => ({ kind: 'metric', id })
const steering = (id: SteeringFigureId): AnnualFigure => ({ kind: 'steering', id })

export const annualParts: readonly AnnualPart[] = [
  // L163–L165: «Antal utförda servicebedömningar», «… sektorövergripande servicebedömningar»
  {
    id: 'assessment',
    number: 1,
    followUp: [metric('assessments'), metric('multisectoral-assessments')],
    other: [steering('median-days-arrival-to-assessment')],
  },
  // L190: the plan «ska dock ses över minst var sjätte månad»; L173: under 25s aim at education.
  {
    id: 'integration-plan',
    number: 2,
    followUp: [steering('reviews-on-time'), steering('reviews-late'), steering('reviews-overdue')],
    other: [
      steering('median-days-assessment-to-plan'),
      steering('under-25-plans'),
      steering('under-25-education-goal'),
      steering('under-25-education-share'),
    ],
  },
  // L216: «Antal deltagare»
  {
    id: 'civic-orientation',
    number: 3,
    followUp: [metric('civic-orientation-participants')],
    other: [steering('civic-orientation-completed'), steering('civic-orientation-interrupted')],
  },
  // L242–L244: «Antal deltagare», «Antal deltagare som nått B1.1»
  {
    id: 'integration-training',
    number: 4,
    followUp: [
      metric('integration-training-participants'),
      metric('integration-training-reached-b1-1'),
    ],
    other: [
      steering('integration-training-completed'),
      steering('integration-training-interrupted'),
    ],
  },
  // L389: «Integrationsenheten följer upp och utvärderar samarbetet via enhetens
  // samarbetsnätverk.» No count: the report says so rather than invent one.
  { id: 'other-services', number: 5, followUp: [], other: [] },
  // L420–L422: «Besöksstatistik vid Integrationsporten», «Antal inskrivna integrationskunder»
  {
    id: 'guidance',
    number: 6,
    followUp: [metric('integrationsporten-visits'), metric('registered-integration-customers')],
    other: [],
    visitTables: ['infoPoint', 'topic', 'language'],
  },
]

/** A figure's value in the answer. */
export function figureValue(report: FollowUpReport, figure: AnnualFigure) {
  return figure.kind === 'metric' ? report.metrics[figure.id] : report.steering[figure.id]
}
