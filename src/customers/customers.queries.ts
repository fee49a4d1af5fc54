import { randomUUID } from 'node:crypto'
import {
  type ExpressionBuilder,
  type Insertable,
  type Selectable,
  sql,
  type Updateable,
} from 'kysely'
import type { Queryable } from '../db/database.js'
import type { CustomerTable, DB } from '../db/schema.js'
import type { Customer, CustomerSummary } from '../shared/api/cases.schemas.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type {
  CustomerCategory,
  JobSeekerStatus,
  MunicipalityId,
} from '../shared/programme/definitions.js'
import type { User } from '../users/users.js'
import { servedBy } from './customer-access.js'
import type { CustomerCursor, CustomerFacts, CustomerQuery } from './customers.js'

// The customer's SQL: plain functions over a database or an open transaction
// (STYLE.md rule 4), and the mapping from rows to the API's shapes, which the
// work queue and others reuse.

export type CustomerRow = Selectable<CustomerTable>
export type FamilyLinkView = Customer['familyLinks'][number]

// ---------------------------------------------------------------------------
// Rows and the API

export function toCustomer(
  row: CustomerRow,
  extra: {
    familyLinks: readonly FamilyLinkView[]
    proposedOrganisations: readonly StaffOrganisationId[]
  },
): Customer {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    personalIdentityCode: row.personal_identity_code,
    municipality: row.municipality as MunicipalityId,
    unemployedJobSeeker: row.job_seeker_status === 'unemployed',
    jobSeekerStatus: row.job_seeker_status as JobSeekerStatus,
    categories: row.categories as CustomerCategory[],
    needsCoordination: row.needs_coordination,
    languages: row.languages,
    arrivedOn: row.arrived_on,
    residencePermitOn: row.residence_permit_on,
    phone: row.phone,
    email: row.email,
    address: row.address,
    interpreterNeeded: row.interpreter_needed,
    interpreterLanguage: row.interpreter_language,
    familyLinks: [...extra.familyLinks],
    responsibleOrganisations: row.responsible_organisations as StaffOrganisationId[],
    proposedOrganisations: [...extra.proposedOrganisations],
    responsibilityReason: row.responsibility_reason,
    closedOn: row.closed_on,
    closureReason: row.closure_reason as Customer['closureReason'],
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}

export const customerSummaryColumns = [
  'customer.id',
  'customer.first_name',
  'customer.last_name',
  'customer.birth_date',
  'customer.municipality',
  'customer.closed_on',
] as const

export type CustomerSummaryRow = Pick<
  CustomerRow,
  'id' | 'first_name' | 'last_name' | 'birth_date' | 'municipality' | 'closed_on'
>

export function toCustomerSummary(row: CustomerSummaryRow): CustomerSummary {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    municipality: row.municipality as MunicipalityId,
    closedOn: row.closed_on,
  }
}

/** The stored facts of a customer, as the pure rules take them. */
export function factsOf(row: CustomerRow): CustomerFacts {
  return {
    birthDate: row.birth_date,
    personalIdentityCode: row.personal_identity_code,
    municipality: row.municipality as MunicipalityId,
    unemployedJobSeeker: row.job_seeker_status === 'unemployed',
    jobSeekerStatus: row.job_seeker_status as JobSeekerStatus,
    categories: row.categories as CustomerCategory[],
    needsCoordination: row.needs_coordination,
    languages: row.languages,
    arrivedOn: row.arrived_on,
    residencePermitOn: row.residence_permit_on,
    interpreterNeeded: row.interpreter_needed,
    interpreterLanguage: row.interpreter_language,
  }
}

/** The columns that hold a customer's facts. */
export function factColumns(facts: CustomerFacts) {
  return {
    birth_date: facts.birthDate,
    personal_identity_code: facts.personalIdentityCode,
    municipality: facts.municipality,
    job_seeker_status: facts.jobSeekerStatus,
    categories: [...facts.categories],
    needs_coordination: facts.needsCoordination,
    languages: JSON.stringify(facts.languages),
    arrived_on: facts.arrivedOn,
    residence_permit_on: facts.residencePermitOn,
    interpreter_needed: facts.interpreterNeeded,
    interpreter_language: facts.interpreterLanguage,
  }
}

// ---------------------------------------------------------------------------
// One customer

export type NewCustomerRow = Omit<Insertable<CustomerTable>, 'id' | 'version'>

export async function insertCustomer(db: Queryable, values: NewCustomerRow): Promise<CustomerRow> {
  return db
    .insertInto('customer')
    .values({ ...values, id: randomUUID(), version: 1 })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/**
 * The customer's row, locked until the transaction ends so two saves of one
 * record run one after the other. Call after `requireVisibleCustomer`.
 */
export async function lockCustomer(db: Queryable, customerId: string): Promise<CustomerRow> {
  return db
    .selectFrom('customer')
    .selectAll()
    .where('id', '=', customerId)
    .forUpdate()
    .executeTakeFirstOrThrow()
}

export async function customerById(db: Queryable, customerId: string): Promise<CustomerRow> {
  return db
    .selectFrom('customer')
    .selectAll()
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow()
}

/**
 * Saves changes made on top of `expectedVersion`; undefined when someone else
 * saved first (optimistic locking: never a silent overwrite).
 */
export async function updateCustomer(
  db: Queryable,
  customerId: string,
  expectedVersion: number,
  changes: Omit<Updateable<CustomerTable>, 'id' | 'version' | 'created_at'>,
  now: Date,
): Promise<CustomerRow | undefined> {
  return db
    .updateTable('customer')
    .set((eb) => ({ ...changes, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', customerId)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst()
}

/** The customer that holds a personal identity code, if any. */
export async function identityCodeHolder(db: Queryable, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('customer')
    .select('id')
    .where('personal_identity_code', '=', code)
    .executeTakeFirst()
  return row?.id
}

/** Whether an error is the unique index on identity codes refusing a second holder. */
export function isDuplicateIdentityCode(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | undefined
  return (
    e?.code === '23505' &&
    (e.constraint === 'customer_identity_code_key' ||
      (e.message ?? '').includes('customer_identity_code_key'))
  )
}

/**
 * Adds organisations to those serving the customer, so their counsellors see
 * the case: a multisectoral assessment shares it with the wellbeing county.
 * Raises the version only when something was added. Returns the organisations
 * now responsible, or undefined for an unknown customer.
 */
export async function shareWithOrganisations(
  db: Queryable,
  customerId: string,
  orgs: readonly string[],
  now?: Date,
): Promise<string[] | undefined> {
  const row = await db
    .selectFrom('customer')
    .select('responsible_organisations')
    .where('id', '=', customerId)
    .forUpdate()
    .executeTakeFirst()
  if (!row) return undefined
  const current = row.responsible_organisations
  const missing = [...new Set(orgs)].filter((o) => !current.includes(o))
  if (missing.length === 0) return current
  const responsible = [...current, ...missing]
  await db
    .updateTable('customer')
    .set((eb) => ({
      responsible_organisations: responsible,
      version: eb('version', '+', 1),
      updated_at: now ?? sql<Date>`now()`,
    }))
    .where('id', '=', customerId)
    .execute()
  return responsible
}

// ---------------------------------------------------------------------------
// Family links

/** The customer's family links, with the relative's name only when the user may see the relative. */
export async function familyLinksOf(
  db: Queryable,
  user: User,
  customerId: string,
): Promise<FamilyLinkView[]> {
  const rows = await db
    .selectFrom('family_link')
    .innerJoin('customer', 'customer.id', 'family_link.relative_id')
    .select([
      'family_link.relative_id',
      'family_link.relation',
      'customer.first_name',
      'customer.last_name',
      // The relative's name only for those who may see the relative.
      (eb) => servedBy(user)(eb as unknown as ExpressionBuilder<DB, 'customer'>).as('visible'),
    ])
    .where('family_link.customer_id', '=', customerId)
    .orderBy('customer.last_name')
    .orderBy('customer.first_name')
    .orderBy('family_link.relative_id')
    .execute()
  return rows.map((r) => ({
    customerId: r.relative_id,
    relation: r.relation as FamilyLinkView['relation'],
    name: r.visible ? `${r.first_name} ${r.last_name}` : '',
  }))
}

export async function replaceFamilyLinks(
  db: Queryable,
  customerId: string,
  links: ReadonlyArray<{ customerId: string; relation: string }>,
): Promise<void> {
  await db.deleteFrom('family_link').where('customer_id', '=', customerId).execute()
  if (links.length === 0) return
  await db
    .insertInto('family_link')
    .values(
      links.map((l) => ({
        customer_id: customerId,
        relative_id: l.customerId,
        relation: l.relation,
      })),
    )
    .execute()
}

/** Of the relatives named, those that exist and that the user's organisation serves. */
export async function visibleRelatives(
  db: Queryable,
  user: User,
  links: ReadonlyArray<{ customerId: string }>,
): Promise<Set<string>> {
  return visibleCustomerIds(
    db,
    user,
    links.map((l) => l.customerId),
  )
}

/** Of the given customer ids, those that exist and that the user's organisation serves. */
export async function visibleCustomerIds(
  db: Queryable,
  user: User,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('customer')
    .select('id')
    .where('id', 'in', [...ids])
    .where(servedBy(user))
    .execute()
  return new Set(rows.map((r) => r.id))
}

// ---------------------------------------------------------------------------
// Search

export type CustomerSearchRow = CustomerSummaryRow & { last_key: string; first_key: string }

/** `%` and `_` are LIKE's wildcards; a name containing them is matched literally. */
function likePrefix(word: string): string {
  return `${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * One page of the customers the user's organisation serves, in name order,
 * after the cursor (keyset paging: stable while others add customers).
 * Returns one row more than `limit` when there is a next page.
 */
export async function searchCustomers(
  db: Queryable,
  user: User,
  query: Exclude<CustomerQuery, { kind: 'invalid' }>,
  after: CustomerCursor | undefined,
  limit: number,
): Promise<CustomerSearchRow[]> {
  let select = db
    .selectFrom('customer')
    .select([
      ...customerSummaryColumns,
      sql<string>`lower(customer.last_name)`.as('last_key'),
      sql<string>`lower(customer.first_name)`.as('first_key'),
    ])
    .where(servedBy(user))
  if (query.kind === 'identity-code') {
    select = select.where('customer.personal_identity_code', '=', query.code)
  } else if (query.kind === 'birth-date') {
    select = select.where('customer.birth_date', '=', query.birthDate)
  } else if (query.kind === 'name') {
    for (const word of query.words) {
      // A word matches the start of the first or last name, or of a later
      // part of it ("rashid" finds Al Rashid, "maria" finds Anna-Maria).
      const start = likePrefix(word)
      const inner = `% ${start}`
      const hyphen = `%-${start}`
      select = select.where((eb) =>
        eb.or(
          [sql`lower(customer.last_name)`, sql`lower(customer.first_name)`].flatMap((name) => [
            eb(name, 'like', start),
            eb(name, 'like', inner),
            eb(name, 'like', hyphen),
          ]),
        ),
      )
    }
  }
  if (after) {
    const [lastKey, firstKey, id] = after
    select = select.where(
      sql<boolean>`(lower(customer.last_name), lower(customer.first_name), customer.id) > (${lastKey}::text, ${firstKey}::text, ${id}::uuid)`,
    )
  }
  return select
    .orderBy(sql`lower(customer.last_name)`)
    .orderBy(sql`lower(customer.first_name)`)
    .orderBy('customer.id')
    .limit(limit + 1)
    .execute()
}

// ---------------------------------------------------------------------------
// The timeline's sources: the other case-work tables, read directly

/** What happened to the customer in the other case-work tables (run one after another: one connection). */
export async function timelineRecords(db: Queryable, customerId: string) {
  const assessments = await db
    .selectFrom('assessment')
    .select(['id', 'kind', 'completed_on'])
    .where('customer_id', '=', customerId)
    .execute()
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'plan_type', 'starts_on', 'valid_until', 'primary_goal'])
    .where('customer_id', '=', customerId)
    .execute()
  const reviews = await db
    .selectFrom('plan_review')
    .innerJoin('plan', 'plan.id', 'plan_review.plan_id')
    .select([
      'plan_review.id',
      'plan_review.plan_id',
      'plan_review.reviewed_on',
      'plan_review.reason',
    ])
    .where('plan.customer_id', '=', customerId)
    .execute()
  const participations = await db
    .selectFrom('participation')
    .select(['id', 'service', 'started_on', 'ended_on', 'interrupted'])
    .where('customer_id', '=', customerId)
    .execute()
  const languageTests = await db
    .selectFrom('language_test')
    .select(['id', 'language', 'taken_on', 'lowest_level', 'reached_target'])
    .where('customer_id', '=', customerId)
    .execute()
  return { assessments, plans, reviews, participations, languageTests }
}
export type TimelineRecords = Awaited<ReturnType<typeof timelineRecords>>
