import {
  type Customer,
  type CustomerChanges,
  clearableCustomerFields,
  type familyRelations,
  type NewCustomer,
  newCustomer,
} from '../../../src/shared/api/cases.schemas.js'
import { checkIdentityCode } from '../../../src/shared/identity-code.js'
import type { StaffOrganisationId } from '../../../src/shared/organisations.js'
import type {
  CustomerCategory,
  JobSeekerStatus,
  MunicipalityId,
} from '../../../src/shared/programme/definitions.js'
import { LocalDate } from '../../../src/shared/time/local-date.js'
import { type FieldIssue, zodIssues } from '../forms/formFailure.js'

// The customer form's values as typed, and how they become the API's
// bodies. Everything is a string or a list while typing; empty optional
// fields are left out of the request rather than sent empty.

export type FamilyRelation = (typeof familyRelations)[number]

export interface CustomerFormValues {
  readonly version: number
  readonly firstName: string
  readonly lastName: string
  readonly birthDate: string
  readonly personalIdentityCode: string
  readonly municipality: MunicipalityId | ''
  readonly jobSeekerStatus: JobSeekerStatus | ''
  readonly categories: readonly CustomerCategory[]
  readonly needsCoordination: boolean
  readonly languages: readonly { readonly code: string; readonly native: boolean }[]
  readonly arrivedOn: string
  readonly residencePermitOn: string
  readonly phone: string
  readonly email: string
  readonly address: string
  readonly interpreterNeeded: boolean
  readonly interpreterLanguage: string
  readonly familyLinks: readonly {
    readonly customerId: string
    readonly name: string
    readonly relation: FamilyRelation | ''
  }[]
  /** The counsellor's choice; null while the form follows the programme rules' proposal. */
  readonly responsibleOrganisations: readonly StaffOrganisationId[] | null
  readonly responsibilityReason: string
}

export const emptyCustomer: CustomerFormValues = {
  version: 0,
  firstName: '',
  lastName: '',
  birthDate: '',
  personalIdentityCode: '',
  municipality: '',
  jobSeekerStatus: '',
  categories: [],
  needsCoordination: false,
  languages: [{ code: '', native: true }],
  arrivedOn: '',
  residencePermitOn: '',
  phone: '',
  email: '',
  address: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  familyLinks: [],
  responsibleOrganisations: null,
  responsibilityReason: '',
}

/** An edit starts from the saved organisations: they change only when the counsellor says so. */
export function customerValues(saved: Customer): CustomerFormValues {
  return {
    version: saved.version,
    firstName: saved.firstName,
    lastName: saved.lastName,
    birthDate: saved.birthDate,
    personalIdentityCode: saved.personalIdentityCode ?? '',
    municipality: saved.municipality,
    jobSeekerStatus: saved.unemployedJobSeeker ? 'unemployed' : saved.jobSeekerStatus,
    categories: saved.categories,
    needsCoordination: saved.needsCoordination,
    languages: saved.languages.map((l) => ({ code: l.code, native: l.native === true })),
    arrivedOn: saved.arrivedOn ?? '',
    residencePermitOn: saved.residencePermitOn ?? '',
    phone: saved.phone ?? '',
    email: saved.email ?? '',
    address: saved.address ?? '',
    interpreterNeeded: saved.interpreterNeeded,
    interpreterLanguage: saved.interpreterLanguage ?? '',
    familyLinks: saved.familyLinks.map((link) => ({ ...link })),
    responsibleOrganisations: saved.responsibleOrganisations,
    responsibilityReason: saved.responsibilityReason ?? '',
  }
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())

/** The request body for the values; `proposal` is what the rules propose for them. */
export function customerBody(
  values: CustomerFormValues,
  proposal: readonly StaffOrganisationId[] | undefined,
): NewCustomer {
  const chosen = values.responsibleOrganisations
  const overridden = chosen !== null && !(proposal && sameSet(chosen, proposal))
  const body = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: optional(values.birthDate),
    personalIdentityCode: optional(values.personalIdentityCode)?.toUpperCase(),
    municipality: values.municipality || undefined,
    unemployedJobSeeker: values.jobSeekerStatus === 'unemployed',
    jobSeekerStatus: values.jobSeekerStatus || undefined,
    categories: [...values.categories],
    needsCoordination: values.needsCoordination,
    languages: values.languages
      .filter((l) => l.code !== '')
      .map((l) => (l.native ? { code: l.code, native: true } : { code: l.code })),
    arrivedOn: optional(values.arrivedOn),
    residencePermitOn: optional(values.residencePermitOn),
    phone: optional(values.phone),
    email: optional(values.email),
    address: optional(values.address),
    interpreterNeeded: values.interpreterNeeded,
    interpreterLanguage: values.interpreterNeeded
      ? optional(values.interpreterLanguage)
      : undefined,
    familyLinks: values.familyLinks
      .filter((link) => link.customerId !== '')
      .map((link) => ({ customerId: link.customerId, relation: link.relation || 'other' })),
    // Left out while following the proposal: the server applies the rules itself.
    responsibleOrganisations: overridden ? [...chosen] : undefined,
    responsibilityReason: overridden ? optional(values.responsibilityReason) : undefined,
  }
  return JSON.parse(JSON.stringify(body)) as NewCustomer
}

/** Problems the browser can see before sending: the shared schema and the form's own rules. */
export function customerIssues(
  values: CustomerFormValues,
  proposal: readonly StaffOrganisationId[] | undefined,
  /** Editing: the organisations saved now. */
  saved?: readonly StaffOrganisationId[],
): FieldIssue[] {
  const body = customerBody(values, proposal)
  const issues: FieldIssue[] = []
  if (!values.municipality) issues.push({ path: 'municipality', message: 'required' })
  if (!values.jobSeekerStatus) issues.push({ path: 'jobSeekerStatus', message: 'required' })
  issues.push(...zodIssues(newCustomer.safeParse(body)).filter((i) => !isDuplicate(i, issues)))
  const code = body.personalIdentityCode
  const check = code ? checkIdentityCode(code) : undefined
  if (check?.ok && body.birthDate && check.birthDate.toString() !== body.birthDate) {
    issues.push({ path: 'personalIdentityCode', key: 'forms.messages.codeNotBirthDate' })
  }
  const reasonNeeded = saved
    ? responsibilityChange(values, proposal, saved).changed
    : body.responsibleOrganisations !== undefined
  if (reasonNeeded && !optional(values.responsibilityReason)) {
    issues.push({ path: 'responsibilityReason', key: 'customers.form.reasonRequired' })
  }
  values.familyLinks.forEach((link, index) => {
    if (link.customerId === '') return
    if (link.relation === '') {
      issues.push({ path: `familyLinks.${index}.relation`, message: 'required' })
    }
  })
  return issues
}

function isDuplicate(issue: FieldIssue, earlier: readonly FieldIssue[]) {
  return earlier.some((e) => e.path === issue.path)
}

export function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item))
}

/** A valid calendar date from a form value, or undefined. */
export function dateValue(text: string): LocalDate | undefined {
  return text === '' ? undefined : LocalDate.tryParse(text)
}

/**
 * The PATCH body for an edit: only what the user changed since `base` (the
 * saved record they started from), so a save never overwrites someone
 * else's change to another field. An emptied optional field is sent as null,
 * which clears it (clearableCustomerFields).
 */
export function customerChanges(
  values: CustomerFormValues,
  base: CustomerFormValues,
  proposal: readonly StaffOrganisationId[] | undefined,
  savedOrganisations: readonly StaffOrganisationId[],
): CustomerChanges & { version: number } {
  const next: Record<string, unknown> = customerBody(values, proposal)
  const before: Record<string, unknown> = customerBody(base, proposal)
  const changes: Record<string, unknown> = { version: values.version }
  const clearable: readonly string[] = clearableCustomerFields
  for (const key of new Set([...Object.keys(next), ...Object.keys(before)])) {
    if (key === 'responsibleOrganisations' || key === 'responsibilityReason') continue
    if (JSON.stringify(next[key]) === JSON.stringify(before[key])) continue
    if (next[key] !== undefined) changes[key] = next[key]
    else if (clearable.includes(key)) changes[key] = null
  }
  const { effective, changed } = responsibilityChange(values, proposal, savedOrganisations)
  const reason = optional(values.responsibilityReason)
  if (changed) {
    changes.responsibleOrganisations = [...effective]
    if (reason) changes.responsibilityReason = reason
  } else if (reason && reason !== optional(base.responsibilityReason)) {
    changes.responsibilityReason = reason
  }
  return changes as CustomerChanges & { version: number }
}

/**
 * On an edit the server compares the organisations with those saved now,
 * not with the proposal: any change needs a reason (customers.routes.ts).
 */
export function responsibilityChange(
  values: CustomerFormValues,
  proposal: readonly StaffOrganisationId[] | undefined,
  saved: readonly StaffOrganisationId[],
) {
  const effective = values.responsibleOrganisations ?? proposal ?? saved
  return { effective, changed: !sameSet(effective, saved) }
}
