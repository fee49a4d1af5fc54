import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import {
  type StaffOrganisationId,
  staffOrganisationIds,
} from '../../../src/shared/organisations.js'
import { type RoutingResponse, route } from '../../../src/shared/programme/routing.js'
import { today } from '../format.js'
import { type CustomerFormValues, dateValue } from './customerFormValues.js'

// What the programme rules propose for the customer on the form, computed in
// the browser with the same pure `route()` the server uses (rules.md §e).
// The organisations responsible for the case are those the rules name for
// the assessment and the plan (parts 1 and 2), the parts a counsellor owns.

export interface Proposal {
  readonly organisations: readonly StaffOrganisationId[]
  readonly routing: RoutingResponse
}

/** The proposal, or undefined while the municipality or birth date is missing. */
export function proposeFor(values: CustomerFormValues): Proposal | undefined {
  const birthDate = dateValue(values.birthDate)
  if (!values.municipality || !birthDate) return undefined
  const arrivedOn = dateValue(values.arrivedOn)
  const residencePermitOn = dateValue(values.residencePermitOn)
  const routing = route({
    birthDate,
    municipality: values.municipality,
    unemployedJobSeeker: values.jobSeekerStatus === 'unemployed',
    ...(values.jobSeekerStatus ? { jobSeekerStatus: values.jobSeekerStatus } : {}),
    categories: values.categories,
    ...(arrivedOn ? { arrivedOn } : {}),
    ...(residencePermitOn ? { residencePermitOn } : {}),
    needsCoordination: values.needsCoordination,
    onDate: today(),
  })
  const named = new Set([
    ...routing.services.assessment.responsible,
    ...routing.services['integration-plan'].responsible,
  ])
  // As the server does (src/customers/customers.ts): the Integration Unit
  // coordinates the programme, so it takes a person no part routes anywhere.
  const organisations = staffOrganisationIds.filter((id) => named.has(id))
  return {
    organisations: organisations.length > 0 ? organisations : ['integration-unit'],
    routing,
  }
}

/** The programme rules for a saved customer today (the assessment's kind, the plan type). */
export function routeCustomer(customer: Customer): RoutingResponse | undefined {
  const birthDate = dateValue(customer.birthDate)
  if (!birthDate) return undefined
  const arrivedOn = customer.arrivedOn ? dateValue(customer.arrivedOn) : undefined
  const residencePermitOn = customer.residencePermitOn
    ? dateValue(customer.residencePermitOn)
    : undefined
  return route({
    birthDate,
    municipality: customer.municipality,
    unemployedJobSeeker: customer.unemployedJobSeeker,
    jobSeekerStatus: customer.jobSeekerStatus,
    categories: customer.categories,
    ...(arrivedOn ? { arrivedOn } : {}),
    ...(residencePermitOn ? { residencePermitOn } : {}),
    needsCoordination: customer.needsCoordination,
    onDate: today(),
  })
}
