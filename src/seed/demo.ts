import { hashPassword } from '../auth/secrets.js'
import type { Queryable } from '../db/database.js'
import type { Role, StaffOrganisationId } from '../shared/organisations.js'
import { LocalDate } from '../shared/time/local-date.js'
import { findUserByEmail, insertUser } from '../users/users.queries.js'
import { seedDemoCustomers } from './demo-customers.js'
import { seedDemoVisits } from './demo-visits.js'

// A small fictional demo set: one sign-in per role and organisation. The
// people are invented; the addresses use the reserved .test domain.

export const DEMO_PASSWORD = 'porten-demo-2026'

export const demoUsers: ReadonlyArray<{
  email: string
  name: string
  org: StaffOrganisationId
  role: Role
}> = [
  { email: 'admin@demo.porten.test', name: 'Alva Admin', org: 'integration-unit', role: 'admin' },
  {
    email: 'counselor@demo.porten.test',
    name: 'Cecilia Rådgivare',
    org: 'integration-unit',
    role: 'counselor',
  },
  {
    email: 'officer.jakobstad@demo.porten.test',
    name: 'Jonas Handläggare',
    org: 'employment-jakobstad',
    role: 'counselor',
  },
  {
    email: 'officer.ostrobothnia@demo.porten.test',
    name: 'Oona Virkailija',
    org: 'employment-ostrobothnia',
    role: 'counselor',
  },
  {
    email: 'wellbeing@demo.porten.test',
    name: 'Vilma Socialarbetare',
    org: 'wellbeing-ostrobothnia',
    role: 'counselor',
  },
  {
    email: 'desk@demo.porten.test',
    name: 'Dani Rådgivning',
    org: 'integration-unit',
    role: 'front-desk',
  },
  {
    email: 'manager@demo.porten.test',
    name: 'Maja Chef',
    org: 'integration-unit',
    role: 'manager',
  },
]

export interface SeedResult {
  created: string[]
  existing: string[]
  customers: number
  visits: number
}

/** Adds the demo users that are missing; running it twice changes nothing. */
export async function seedDemo(db: Queryable, now: Date): Promise<SeedResult> {
  const result: SeedResult = { created: [], existing: [], customers: 0, visits: 0 }
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const user of demoUsers) {
    if (await findUserByEmail(db, user.email)) {
      result.existing.push(user.email)
      continue
    }
    await insertUser(db, { ...user, passwordHash }, now)
    result.created.push(user.email)
  }
  const counselor = await findUserByEmail(db, 'counselor@demo.porten.test')
  if (counselor) {
    result.customers = await seedDemoCustomers(
      db,
      LocalDate.fromInstant(now),
      counselor.user.id,
      now,
    )
  }
  const desk = await findUserByEmail(db, 'desk@demo.porten.test')
  if (desk) {
    result.visits = await seedDemoVisits(db, LocalDate.fromInstant(now), desk.user.id, now)
  }
  return result
}

export function describeDemoSignIns(baseUrl: string): string {
  const width = Math.max(...demoUsers.map((u) => u.email.length))
  return [
    `Porten demo at ${baseUrl}/  (staff app: ${baseUrl}/app/)`,
    `Every demo user's password: ${DEMO_PASSWORD}`,
    ...demoUsers.map((u) => `  ${u.email.padEnd(width)}  ${u.role.padEnd(10)}  ${u.org}`),
  ].join('\n')
}
