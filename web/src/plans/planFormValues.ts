import {
  type Customer,
  type NewPlan,
  newPlan,
  type Plan,
  type planTypes,
  planUpdate,
  serviceAreas,
} from '../../../src/shared/api/cases.schemas.js'
import type { StaffOrganisationId } from '../../../src/shared/organisations.js'
import { planLatestValidUntil, planValidUntil } from '../../../src/shared/programme/plan-clock.js'
import { dateValue } from '../customers/customerFormValues.js'
import { routeCustomer } from '../customers/proposal.js'
import { today } from '../format.js'
import { type FieldIssue, zodIssues } from '../forms/formFailure.js'
import type { PlanChanges } from './plansApi.js'

// The plan form (programme part 2). A plan is in force for at most two
// years and that is the default (L190); agreed services are typed one per
// line for each area of L104/L182.

export type ServiceArea = (typeof serviceAreas)[number]
export type PlanType = (typeof planTypes)[number]

export interface PlanFormValues {
  readonly version: number
  readonly startsOn: string
  readonly validUntil: string
  readonly planType: PlanType | ''
  readonly longTermGoals: string
  readonly periodGoals: string
  readonly services: Readonly<Record<ServiceArea, string>>
  readonly organisations: readonly StaffOrganisationId[]
  readonly obligationsAcknowledgedOn: string
}

const noServices = Object.fromEntries(serviceAreas.map((area) => [area, ''])) as Record<
  ServiceArea,
  string
>

/** The latest day a plan starting on `startsOn` may be in force, or '' for no valid start. */
export function defaultValidUntil(startsOn: string): string {
  const start = dateValue(startsOn)
  return start ? planLatestValidUntil(start).toString() : ''
}

export function newPlanValues(customer: Customer): PlanFormValues {
  const rules = routeCustomer(customer)?.services['integration-plan']
  const startsOn = today().toString()
  return {
    version: 0,
    startsOn,
    validUntil: defaultValidUntil(startsOn),
    planType: rules?.planType ?? '',
    longTermGoals: '',
    periodGoals: '',
    services: noServices,
    organisations: rules?.responsible ?? customer.responsibleOrganisations,
    obligationsAcknowledgedOn: '',
  }
}

export function planValues(plan: Plan): PlanFormValues {
  return {
    version: plan.version,
    startsOn: plan.startsOn,
    validUntil: plan.validUntil,
    planType: plan.planType,
    longTermGoals: plan.longTermGoals,
    periodGoals: plan.periodGoals,
    services: Object.fromEntries(
      serviceAreas.map((area) => [area, (plan.services[area] ?? []).join('\n')]),
    ) as Record<ServiceArea, string>,
    organisations: plan.organisations,
    obligationsAcknowledgedOn: plan.obligationsAcknowledgedOn ?? '',
  }
}

function servicesBody(services: PlanFormValues['services']) {
  const body: Partial<Record<ServiceArea, string[]>> = {}
  for (const area of serviceAreas) {
    const lines = services[area]
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    if (lines.length > 0) body[area] = lines
  }
  return body
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())

export function newPlanBody(values: PlanFormValues): NewPlan {
  const body = {
    startsOn: values.startsOn || undefined,
    validUntil: optional(values.validUntil),
    planType: values.planType || undefined,
    longTermGoals: optional(values.longTermGoals),
    periodGoals: optional(values.periodGoals),
    services: servicesBody(values.services),
    organisations: values.organisations.length > 0 ? [...values.organisations] : undefined,
    obligationsAcknowledgedOn: optional(values.obligationsAcknowledgedOn),
  }
  return JSON.parse(JSON.stringify(body)) as NewPlan
}

/** Only what changed since `base`, with the version the edit is based on. */
export function planChanges(values: PlanFormValues, base: PlanFormValues): PlanChanges {
  const next: Record<string, unknown> = newPlanBody(values)
  const before: Record<string, unknown> = newPlanBody(base)
  const changes: Record<string, unknown> = { version: values.version }
  for (const key of [
    'longTermGoals',
    'periodGoals',
    'organisations',
    'obligationsAcknowledgedOn',
  ]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) changes[key] = next[key] ?? ''
  }
  // Services are sent whole: an area emptied is left out, which the API reads as none.
  if (JSON.stringify(next.services) !== JSON.stringify(before.services)) {
    changes.services = next.services
  }
  if (changes.obligationsAcknowledgedOn === '') delete changes.obligationsAcknowledgedOn
  if (changes.organisations === '') delete changes.organisations
  return changes as PlanChanges
}

export function newPlanIssues(values: PlanFormValues): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (!values.startsOn) issues.push({ path: 'startsOn', message: 'required' })
  const start = dateValue(values.startsOn)
  const until = dateValue(values.validUntil)
  if (start && until) {
    const validity = planValidUntil(start, until)
    if (!validity.ok) issues.push(validity.error)
  }
  return [...issues, ...notAlready(issues, zodIssues(newPlan.safeParse(newPlanBody(values))))]
}

export function planEditIssues(values: PlanFormValues, base: PlanFormValues): FieldIssue[] {
  return zodIssues(planUpdate.safeParse(planChanges(values, base)))
}

function notAlready(earlier: readonly FieldIssue[], later: readonly FieldIssue[]) {
  return later.filter((issue) => !earlier.some((e) => e.path === issue.path))
}
