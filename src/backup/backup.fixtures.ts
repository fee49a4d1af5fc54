import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import { identityCode } from '../customers/customers.fixtures.js'
import type { Database, Queryable } from '../db/database.js'

// A database with rows in every table, and the values a backup could get
// wrong: quotes, backslashes, newlines, emoji, ä/ö, right-to-left Arabic,
// NULLs, empty arrays, nested jsonb with an exact big number, month-end and
// leap dates, timestamps with microseconds, identity ids with gaps, and an
// edit to a row the migrations put there. All people are fictional.

export const TRICKY_TEXT = 'Säkerhet "först" \\ ny rad:\nrad två\t🙂 مرحبا بك — Öhman’s'

export async function fillEveryTable(db: Queryable) {
  const counsellor = randomUUID()
  const admin = randomUUID()
  await db
    .insertInto('app_user')
    .values([
      {
        id: counsellor,
        email: 'rita.radgivare@example.test',
        name: 'Rita Rådgivare',
        organisation_id: 'integration-unit',
        role: 'counselor',
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
        created_at: '2025-01-31T08:00:00.123456Z',
        updated_at: '2025-02-28T16:30:00.000001Z',
      },
      {
        id: admin,
        email: 'adam.admin@example.test',
        name: 'Adam Ädmin',
        organisation_id: 'employment-jakobstad',
        role: 'admin',
        password_hash: null,
        disabled_at: '2025-12-31T23:59:59.999999Z',
        created_at: '2024-02-29T12:00:00Z',
        updated_at: '2025-12-31T23:59:59.999999Z',
      },
    ])
    .execute()
  await db
    .insertInto('user_session')
    .values({
      id_hash: 'a'.repeat(64),
      user_id: counsellor,
      created_at: '2026-03-02T09:00:00Z',
      last_seen_at: '2026-03-02T09:05:00Z',
      expires_at: '2026-03-02T19:00:00Z',
    })
    .execute()
  await db
    .insertInto('api_token')
    .values([
      {
        id: randomUUID(),
        token_hash: 'b'.repeat(64),
        user_id: admin,
        created_at: '2025-06-30T10:00:00Z',
      },
      {
        id: randomUUID(),
        token_hash: 'c'.repeat(64),
        user_id: counsellor,
        created_at: '2025-06-30T10:00:00Z',
        expires_at: '2026-06-30T10:00:00Z',
        revoked_at: '2025-07-01T00:00:00.5Z',
        last_used_at: '2025-06-30T11:11:11.111111Z',
      },
    ])
    .execute()
  await db
    .insertInto('sign_in_failure')
    .values({ throttle_key: 'd'.repeat(64), failed_at: '2026-03-02T08:59:00Z' })
    .execute()

  const amina = randomUUID()
  const yusuf = randomUUID()
  await db
    .insertInto('customer')
    .values([
      {
        id: amina,
        first_name: 'Amina',
        last_name: 'O’Testberg "Junior"',
        birth_date: '1992-02-29',
        personal_identity_code: identityCode(901, '1992-02-29'),
        municipality: 'jakobstad',
        job_seeker_status: 'unemployed',
        categories: ['international-protection', 'family-member'],
        needs_coordination: true,
        languages: JSON.stringify([{ code: 'ar', native: true }, { code: 'sv' }]),
        arrived_on: '2025-01-31',
        residence_permit_on: '2024-12-31',
        phone: '+358 40 000 0000',
        email: 'amina@example.test',
        address: 'Storgatan 1 B 12\n68600 Jakobstad',
        interpreter_needed: true,
        interpreter_language: 'ar',
        responsible_organisations: ['integration-unit', 'wellbeing-ostrobothnia'],
        responsibility_reason: TRICKY_TEXT,
        created_at: '2025-01-31T21:59:59.999999Z',
        updated_at: '2025-03-31T12:00:00.000001Z',
        version: 3,
      },
      {
        id: yusuf,
        first_name: 'يوسف',
        last_name: 'Fiktiva',
        birth_date: '1988-12-31',
        personal_identity_code: null,
        municipality: 'nykarleby',
        job_seeker_status: 'not',
        categories: [],
        needs_coordination: false,
        interpreter_needed: false,
        languages: JSON.stringify([]),
        responsible_organisations: ['employment-ostrobothnia'],
        closed_on: '2025-11-30',
        closure_reason: 'moved-away',
        created_at: '2024-11-11T00:00:00Z',
        updated_at: '2025-11-30T10:00:00Z',
      },
    ])
    .execute()
  await db
    .insertInto('family_link')
    .values([
      { customer_id: amina, relative_id: yusuf, relation: 'spouse' },
      { customer_id: yusuf, relative_id: amina, relation: 'spouse' },
    ])
    .execute()

  const assessment = randomUUID()
  await db
    .insertInto('assessment')
    .values({
      id: assessment,
      customer_id: amina,
      kind: 'multisectoral',
      completed_on: '2025-02-28',
      organisations: ['integration-unit', 'wellbeing-ostrobothnia'],
      content: JSON.stringify({
        goals: TRICKY_TEXT,
        education: { years: 12, levels: ['upper-secondary', null], abroad: true },
        languageSkills: { sv: { reading: 'A2.1', speaking: 'A1.3' }, ar: { native: true } },
        workAbility: null,
        exact: 0,
        empty: { list: [], object: {} },
      }),
      needs_plan: true,
      needs_integration_training: null,
      created_by: counsellor,
      created_at: '2025-02-28T09:00:00Z',
      updated_at: '2025-02-28T09:00:00Z',
    })
    .execute()
  // An exact big number, written by PostgreSQL rather than JavaScript.
  await sql`UPDATE assessment SET content = jsonb_set(content, '{exact}', '12345678901234567890.5'::jsonb)
    WHERE id = ${assessment}`.execute(db)

  const plan = randomUUID()
  await db
    .insertInto('plan')
    .values({
      id: plan,
      customer_id: amina,
      assessment_id: assessment,
      plan_type: 'multisectoral-integration-plan',
      starts_on: '2025-03-31',
      valid_until: '2027-03-31',
      next_review_due: '2025-09-30',
      primary_goal: 'employment',
      long_term_goals: 'Arbete inom vården.\nSjuksköterska på sikt.',
      period_goals: '',
      services: JSON.stringify({ employment: ['Arbetsprövning'], health: [], family: ['Dagvård'] }),
      organisations: ['integration-unit'],
      obligations_acknowledged_on: '2025-03-31',
      created_by: counsellor,
      created_at: '2025-03-31T10:00:00Z',
      updated_at: '2025-09-30T10:00:00Z',
      version: 2,
    })
    .execute()
  await db
    .insertInto('plan_review')
    .values({
      id: randomUUID(),
      plan_id: plan,
      reviewed_on: '2025-09-30',
      reason: 'scheduled',
      notes: TRICKY_TEXT,
      created_by: counsellor,
      created_at: '2025-09-30T10:00:00Z',
    })
    .execute()
  await db
    .insertInto('participation')
    .values([
      {
        id: randomUUID(),
        customer_id: amina,
        service: 'integration-training',
        started_on: '2025-04-30',
        language: 'sv',
        provider: 'Optima',
        interrupted: false,
        created_by: counsellor,
        created_at: '2025-04-30T08:00:00Z',
        updated_at: '2025-04-30T08:00:00Z',
      },
      {
        id: randomUUID(),
        customer_id: yusuf,
        service: 'civic-orientation',
        started_on: '2025-01-31',
        ended_on: '2025-02-28',
        interrupted: true,
        interruption_reason: 'Flyttade',
        created_by: counsellor,
        created_at: '2025-01-31T08:00:00Z',
        updated_at: '2025-02-28T08:00:00Z',
      },
    ])
    .execute()
  await db
    .insertInto('language_test')
    .values({
      id: randomUUID(),
      customer_id: amina,
      taken_on: '2025-10-31',
      language: 'sv',
      results: JSON.stringify({
        reading: 'B1.1',
        writing: 'A2.2',
        listening: 'B1.2',
        speaking: 'B1.1',
      }),
      lowest_level: 'A2.2',
      reached_target: false,
      created_by: counsellor,
      created_at: '2025-10-31T12:00:00Z',
    })
    .execute()
  await db
    .insertInto('visit')
    .values([
      {
        id: randomUUID(),
        at: '2025-12-31T21:59:59.999999Z',
        visit_date: '2025-12-31',
        location: 'romporten',
        language: 'other',
        interpreter_language: 'ti',
        topics: ['housing', 'work'],
        referred_to: [],
        recorded_by: counsellor,
        recorded_at: '2025-12-31T22:00:00Z',
        updated_at: '2025-12-31T22:00:00Z',
      },
      {
        id: randomUUID(),
        at: '2026-01-31T09:00:00Z',
        visit_date: '2026-01-31',
        location: 'jakobstad',
        language: 'sv',
        topics: ['studies'],
        referred_to: ['optima', 'integration-unit'],
        recorded_by: counsellor,
        recorded_at: '2026-01-31T09:00:00Z',
        updated_at: '2026-01-31T09:00:00Z',
      },
    ])
    .execute()

  // A new entry, and an administrator's edit to one the migrations inserted.
  await db
    .insertInto('directory_entry')
    .values({
      id: 'sprakcafe-larsmo',
      kind: 'third-sector',
      municipalities: ['larsmo'],
      names: JSON.stringify({ sv: 'Språkcafé "Prata"', fi: 'Kielikahvila', ar: 'مقهى اللغة' }),
      descriptions: JSON.stringify({ sv: TRICKY_TEXT }),
      website: 'https://example.test/sprakcafe',
      address: JSON.stringify({ street: 'Bennäsvägen 1', city: 'Larsmo' }),
      languages: ['sv', 'fi', 'ar'],
      opening_hours: JSON.stringify({
        regular: [{ days: [2, 4], opens: '17:00', closes: '19:00' }],
        exceptions: [{ date: '2025-12-31', closed: true, note: 'Nyårsafton' }],
      }),
      valid_from: '2025-01-31',
      valid_until: '2026-02-28',
      created_at: '2025-01-31T10:00:00Z',
      updated_at: '2025-01-31T10:00:00Z',
    })
    .execute()
  await db
    .updateTable('directory_entry')
    .set({ website: 'https://example.test/optima', version: 2 })
    .where('id', '=', 'optima')
    .execute()
  await db
    .insertInto('directory_change')
    .values([
      {
        entry_id: 'sprakcafe-larsmo',
        changed_at: '2025-01-31T10:00:00Z',
        changed_by: admin,
        change: 'create',
        fields: [],
        snapshot: JSON.stringify({ id: 'sprakcafe-larsmo', names: { sv: 'Språkcafé "Prata"' } }),
      },
      {
        entry_id: 'optima',
        changed_at: '2025-02-01T10:00:00.654321Z',
        changed_by: admin,
        change: 'update',
        fields: ['website'],
        snapshot: JSON.stringify({ id: 'optima', website: 'https://example.test/optima' }),
      },
    ])
    .execute()
  // A gap in the identity ids, as rolled-back transactions leave.
  await sql`SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))`.execute(db)
  await db
    .insertInto('audit_log')
    .values([
      {
        at: '2025-01-31T21:59:59.999999Z',
        actor_user_id: counsellor,
        actor_email: 'rita.radgivare@example.test',
        actor_name: 'Rita Rådgivare',
        actor_organisation_id: 'integration-unit',
        actor_role: 'counselor',
        customer_id: amina,
        action: 'customer.create',
        access: 'write',
        details: JSON.stringify({ fields: ['first_name', 'last_name'], nested: { ids: [1, 2] } }),
        request_id: 'req-1',
      },
      {
        at: '2025-02-01T00:00:00Z',
        actor_user_id: null,
        actor_email: 'system@porten.test',
        actor_name: 'Porten',
        actor_organisation_id: 'integration-unit',
        actor_role: 'admin',
        customer_id: null,
        action: 'audit.read',
        access: 'read',
        details: JSON.stringify({}),
        request_id: null,
      },
    ])
    .execute()
}

/** Every table's rows as canonical JSON text, sorted; tables from the catalog. */
export async function tableContents(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction().execute(async (tx) => {
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx)
    const tables = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(tx)
    const result: Record<string, string[]> = {}
    for (const { name } of tables.rows) {
      // When a migration ran differs between source and target, nothing else may.
      const row = name === 'schema_migration' ? sql`to_jsonb(t) - 'applied_at'` : sql`to_jsonb(t)`
      const rows = await sql<{ row: string }>`
        SELECT (${row})::text AS row FROM ${sql.table(name)} AS t`.execute(tx)
      result[name] = rows.rows.map((r) => r.row).sort()
    }
    return result
  })
}
