import {
  type Customer,
  type literacyLevels,
  type NewAssessment,
  newAssessment,
} from '../../../src/shared/api/cases.schemas.js'
import type { StaffOrganisationId } from '../../../src/shared/organisations.js'
import type { CefrLevel } from '../../../src/shared/programme/definitions.js'
import { routeCustomer } from '../customers/proposal.js'
import { today } from '../format.js'
import { type FieldIssue, zodIssues } from '../forms/formFailure.js'

// The assessment form (programme part 1): the kind and the organisations
// start from what the rules give for the customer (L149, L151, L155).

export const wellbeingCounty: StaffOrganisationId = 'wellbeing-ostrobothnia'

export const contentFields = [
  'goals',
  'education',
  'workExperience',
  'workAbility',
  'studyNeeds',
  'employmentNeeds',
  'otherNeeds',
] as const
export type ContentField = (typeof contentFields)[number]

export interface AssessmentFormValues extends Record<ContentField, string> {
  readonly kind: 'standard' | 'multisectoral'
  readonly completedOn: string
  readonly organisations: readonly StaffOrganisationId[]
  readonly languageSkills: readonly { readonly language: string; readonly level: CefrLevel | '' }[]
  readonly literacy: (typeof literacyLevels)[number] | ''
  readonly needsPlan: boolean
  readonly needsIntegrationTraining: boolean
}

export function newAssessmentValues(customer: Customer): AssessmentFormValues {
  const rules = routeCustomer(customer)?.services.assessment
  const native = customer.languages.find((l) => l.native)?.code ?? ''
  return {
    kind: rules?.kind ?? 'standard',
    completedOn: today().toString(),
    organisations: rules?.responsible ?? [],
    goals: '',
    education: '',
    workExperience: '',
    workAbility: '',
    studyNeeds: '',
    employmentNeeds: '',
    otherNeeds: '',
    languageSkills: [
      ...(native ? [{ language: native, level: '' as const }] : []),
      { language: 'sv', level: '' },
      { language: 'fi', level: '' },
    ],
    literacy: '',
    needsPlan: true,
    needsIntegrationTraining: false,
  }
}

export function assessmentBody(values: AssessmentFormValues): NewAssessment {
  const content: Record<string, unknown> = {}
  for (const field of contentFields) {
    if (values[field].trim() !== '') content[field] = values[field].trim()
  }
  const skills = values.languageSkills.filter((s) => s.language !== '' && s.level !== '')
  if (skills.length > 0) content.languageSkills = skills
  if (values.literacy) content.literacy = values.literacy
  return {
    kind: values.kind,
    completedOn: values.completedOn,
    ...(values.organisations.length > 0 ? { organisations: [...values.organisations] } : {}),
    ...(Object.keys(content).length > 0 ? { content } : {}),
    needsPlan: values.needsPlan,
    needsIntegrationTraining: values.needsIntegrationTraining,
  } as NewAssessment
}

export function assessmentIssues(values: AssessmentFormValues): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!values.completedOn) issues.push({ path: 'completedOn', message: 'required' })
  values.languageSkills.forEach((skill, index) => {
    // A level needs its language; a language without a level is left out (not assessed).
    if (skill.language === '' && skill.level !== '') {
      issues.push({
        path: `content.languageSkills.${index}.language`,
        key: 'assessments.form.skillIncomplete',
      })
    }
  })
  // L149, L155: the multisectoral assessment is made with the wellbeing county.
  if (
    values.kind === 'multisectoral' &&
    values.organisations.length > 0 &&
    !values.organisations.includes(wellbeingCounty)
  ) {
    issues.push({ path: 'organisations', key: 'forms.messages.multisectoral' })
  }
  const body = assessmentBody(values)
  return [
    ...issues,
    ...zodIssues(newAssessment.safeParse(body)).filter(
      (issue) => !issues.some((earlier) => earlier.path === issue.path),
    ),
  ]
}
