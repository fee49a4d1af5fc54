import { makeIdentityCode } from '../shared/identity-code.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type {
  CustomerCategory,
  JobSeekerStatus,
  MunicipalityId,
} from '../shared/programme/definitions.js'
import { type PlanType, route } from '../shared/programme/routing.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  ageOn,
  at,
  BIRTH_SPAN,
  day,
  FIRST_ARRIVAL,
  FIRST_BIRTH,
  LAST_BIRTH,
  local,
} from './synthetic-dates.js'
import {
  closureReasons,
  jobSeekerStatuses,
  literacy,
  municipalityWeights,
  origins,
  planGoals,
  visitCounts,
} from './synthetic-names.js'
import { planFor, type SyntheticPlan, type SyntheticReview } from './synthetic-plans.js'
import { Ids, mix32, SyntheticRandom } from './synthetic-random.js'
import {
  languageTestFor,
  participationFor,
  type SyntheticLanguageTest,
  type SyntheticParticipation,
} from './synthetic-services.js'
import { type SyntheticVisit, visitFor } from './synthetic-visits.js'

// `porten seed --synthetic N`: fictional customers with whole case histories,
// for load tests and benchmarks (issue 7). Pure and deterministic: customer
// number i of a seed is always the same person with the same history, ids
// included, whatever N is; only "today" moves the data along. Names are
// random pairs from lists of common given and family names, so no real
// person's full name is intended; e-mails use the reserved .invalid domain.
// This file holds the routing, the customer and assessment rows and the
// drawing of one case; the other records are drawn in synthetic-plans.ts,
// synthetic-services.ts and synthetic-visits.ts, from the lists in
// synthetic-names.ts with the generator in synthetic-random.ts.

// ---------------------------------------------------------------------------
// Who serves whom: the programme's routing, asked once per kind of situation

export interface Routed {
  /** customer.responsible_organisations as registration proposes them (proposeOrganisations). */
  readonly responsible: StaffOrganisationId[]
  readonly assessmentKind: 'standard' | 'multisectoral'
  readonly assessmentOrganisations: StaffOrganisationId[]
  readonly planType: PlanType
  readonly planOrganisations: StaffOrganisationId[]
}

export interface RoutedSituation {
  readonly municipality: MunicipalityId
  readonly jobSeekerStatus: JobSeekerStatus
  readonly categories: readonly CustomerCategory[]
  readonly needsCoordination: boolean
}

const WELLBEING: StaffOrganisationId = 'wellbeing-ostrobothnia'
const sorted = <T extends string>(list: Iterable<T>) => [...new Set(list)].sort()

/**
 * The routing of a situation. Who serves a person and which plan they get turn
 * only on the municipality, job-seeker status, categories and coordination
 * need, never on age or dates, so `route()` is asked once per situation and
 * remembered: the programme rules stay the only truth at 100,000 customers.
 */
export function routingMemo(settings: ProgrammeSettings) {
  const memo = new Map<string, Routed>()
  return (s: RoutedSituation): Routed => {
    const key = `${s.municipality}|${s.jobSeekerStatus}|${s.categories.join(',')}|${s.needsCoordination}`
    let routed = memo.get(key)
    if (routed) return routed
    const answer = route(
      {
        municipality: s.municipality,
        age: 30,
        unemployedJobSeeker: s.jobSeekerStatus === 'unemployed',
        jobSeekerStatus: s.jobSeekerStatus,
        categories: s.categories,
        needsCoordination: s.needsCoordination,
        onDate: LocalDate.of(2025, 1, 1),
      },
      settings,
    )
    const assessment = answer.services.assessment
    const plan = answer.services['integration-plan']
    const union = sorted([...assessment.responsible, ...plan.responsible])
    const responsible: StaffOrganisationId[] = union.length > 0 ? union : ['integration-unit']
    const assessed = assessment.responsible.length > 0 ? assessment.responsible : responsible
    routed = {
      responsible,
      assessmentKind: assessment.kind,
      assessmentOrganisations: sorted([
        ...assessed,
        ...(assessment.kind === 'multisectoral' ? [WELLBEING] : []),
      ]),
      planType: plan.planType,
      planOrganisations: plan.responsible.length > 0 ? [...plan.responsible] : responsible,
    }
    memo.set(key, routed)
    return routed
  }
}

// ---------------------------------------------------------------------------
// The records, shaped as the tables' rows

export interface SyntheticCustomer {
  id: string
  first_name: string
  last_name: string
  birth_date: string
  personal_identity_code: string | null
  municipality: MunicipalityId
  job_seeker_status: JobSeekerStatus
  categories: CustomerCategory[]
  needs_coordination: boolean
  languages: Array<{ code: string; native?: boolean }>
  arrived_on: string
  residence_permit_on: string | null
  email: string | null
  interpreter_needed: boolean
  interpreter_language: string | null
  responsible_organisations: StaffOrganisationId[]
  closed_on: string | null
  closure_reason: string | null
  created_at: string
  /** The closure, for a closed case. */
  updated_at: string
}

export interface SyntheticAssessment {
  id: string
  customer_id: string
  kind: 'standard' | 'multisectoral'
  completed_on: string
  organisations: StaffOrganisationId[]
  content: Record<string, unknown>
  needs_plan: boolean
  needs_integration_training: boolean
  created_by: string
  created_at: string
}

/** One customer's case, and the walk-in visits generated alongside it. */
export interface SyntheticCase {
  customer: SyntheticCustomer
  assessments: SyntheticAssessment[]
  plans: SyntheticPlan[]
  reviews: SyntheticReview[]
  participations: SyntheticParticipation[]
  languageTests: SyntheticLanguageTest[]
  visits: SyntheticVisit[]
}

export interface SyntheticOptions {
  readonly seed: number
  readonly today: LocalDate
  /** The synthetic staff user of each organisation, who records its work. */
  readonly staff: Readonly<Record<StaffOrganisationId, string>>
  readonly routing: (s: RoutedSituation) => Routed
}

// ---------------------------------------------------------------------------
// One customer

/** Customer number `index` (0-based) of the seed's data set, as on `today`. */
export function syntheticCase(index: number, options: SyntheticOptions): SyntheticCase {
  const random = new SyntheticRandom(options.seed, index)
  const ids = new Ids(options.seed, index, random)
  const today = options.today.toEpochDay()
  const staff = options.staff

  const origin = random.weighted(origins)
  const woman = random.chance(0.5)
  const firstName = random.pick(woman ? origin.women : origin.men)
  const family = random.pick(origin.families)
  const lastName = typeof family === 'string' ? family : family[woman ? 1 : 0]
  const municipality = random.weighted(municipalityWeights)
  const arrived = random.int(FIRST_ARRIVAL, today - 1)
  const ageBand = random.float()
  const ageAtArrival =
    ageBand < 0.12 ? random.int(10, 17) : ageBand < 0.93 ? random.int(18, 59) : random.int(60, 72)
  // One in fifty has an identity code: test numbers 900–999, made unique by
  // giving each (birth day, number) slot to one customer.
  const coded = index % 50 === 7
  const slot = Math.floor(index / 50)
  const born = coded
    ? FIRST_BIRTH + ((Math.floor(slot / 100) * 7919 + mix32(options.seed)) % BIRTH_SPAN)
    : Math.min(LAST_BIRTH, Math.max(FIRST_BIRTH, arrived - ageAtArrival * 365 - random.int(0, 364)))
  const ageToday = ageOn(born, today)
  const jobSeekerStatus: JobSeekerStatus =
    ageToday >= 18 && ageToday < 65 ? random.weighted(jobSeekerStatuses) : 'not'

  const ground = random.weighted(origin.grounds)
  const minorOnArrival = ageOn(born, arrived) < 18
  const extra = new Set<CustomerCategory>([ground])
  if (minorOnArrival && ground === 'international-protection' && random.chance(0.3)) {
    extra.add('unaccompanied-minor')
  }
  if (random.chance(ground === 'quota-refugee' ? 0.35 : 0.12)) extra.add('social-assistance')
  if (woman && ageToday >= 20 && ageToday < 45 && random.chance(0.08)) {
    extra.add('home-care-allowance')
  }
  if (random.chance(0.003)) extra.add('trafficking-victim')
  const categories = categoryOrder.filter((c) => extra.has(c))
  const needsCoordination = random.chance(0.08)
  const routed = options.routing({
    municipality,
    jobSeekerStatus,
    categories,
    needsCoordination,
  })

  const permit =
    ground === 'quota-refugee' || ground === 'family-member'
      ? arrived - random.int(10, 200)
      : ground === 'international-protection'
        ? arrived + (origin.language === 'uk' ? random.int(0, 30) : random.int(60, 400))
        : random.chance(0.5)
          ? arrived - random.int(10, 90)
          : undefined
  const residencePermit = permit !== undefined && permit <= today ? Math.max(permit, born) : null
  const registered = Math.min(today, arrived + random.int(3, 120))
  const lifetime = 180 + Math.round(-Math.log(1 - random.float()) * 1100)
  const closedOn = registered + lifetime < today ? registered + lifetime : null
  const activityEnd = closedOn ?? today
  const interpreter = origin.language !== 'en' && random.chance(0.45)

  const result: SyntheticCase = {
    customer: {
      id: ids.next(),
      first_name: firstName,
      last_name: lastName,
      birth_date: day(born),
      personal_identity_code: coded
        ? makeIdentityCode(local(born), 900 + (slot % 100), true)
        : null,
      municipality,
      job_seeker_status: jobSeekerStatus,
      categories,
      needs_coordination: needsCoordination,
      languages: [
        { code: origin.language, native: true },
        ...(origin.secondLanguage && random.chance(0.3) ? [{ code: origin.secondLanguage }] : []),
      ],
      arrived_on: day(arrived),
      residence_permit_on: residencePermit === null ? null : day(residencePermit),
      email: random.chance(0.25)
        ? `${ascii(firstName)}.${ascii(lastName)}${random.int(1, 99)}@example.invalid`
        : null,
      interpreter_needed: interpreter,
      interpreter_language: interpreter ? origin.language : null,
      responsible_organisations: routed.responsible,
      closed_on: null,
      closure_reason: null,
      created_at: at(registered, random.int(480, 960)),
      updated_at: '',
    },
    assessments: [],
    plans: [],
    reviews: [],
    participations: [],
    languageTests: [],
    visits: [],
  }
  const customerId = result.customer.id
  result.customer.updated_at = result.customer.created_at
  const byOrg = (orgs: readonly StaffOrganisationId[]) =>
    staff[orgs.find((o) => o !== WELLBEING) ?? WELLBEING]

  // Part 1: the assessment, some weeks after registration.
  const completed = registered + random.int(5, 90)
  const assessed = random.chance(0.88) && completed <= activityEnd
  const needsTraining = ageOn(born, completed) < 65 && random.chance(0.8)
  let completedPlan = false
  if (assessed) {
    const assessment: SyntheticAssessment = {
      id: ids.next(),
      customer_id: customerId,
      kind: routed.assessmentKind,
      completed_on: day(completed),
      organisations: routed.assessmentOrganisations,
      content: {
        literacy: random.weighted(literacy),
        languageSkills: [{ language: origin.language, level: 'C2' }],
        goals: random.pick(planGoals),
      },
      needs_plan: random.chance(0.92),
      needs_integration_training: needsTraining,
      created_by: byOrg(routed.assessmentOrganisations),
      created_at: at(completed, random.int(540, 900)),
    }
    result.assessments.push(assessment)

    // Part 2: a plan after the assessment, and for some a second one when it runs out.
    let startsOn = completed + random.int(0, 45)
    for (let n = 0; n < 2 && assessment.needs_plan && startsOn <= activityEnd; n++) {
      if (n === 0 && !random.chance(0.97)) break
      const plan = planFor(random, ids, {
        customerId,
        assessmentId: assessment.id,
        born,
        startsOn,
        closedOn,
        today,
        routed,
        createdBy: byOrg(routed.planOrganisations),
      })
      result.plans.push(plan.plan)
      result.reviews.push(...plan.reviews)
      if (plan.plan.ended_on !== null) break
      const validUntil = LocalDate.parse(plan.plan.valid_until).toEpochDay()
      if (validUntil < activityEnd) completedPlan = true
      if (!random.chance(0.35)) break
      startsOn = validUntil + random.int(1, 45)
    }
  }

  // Parts 3 and 4: civic orientation for adults, integration training when assessed as needed.
  const firstPlan = result.plans[0]
  const after = firstPlan ? LocalDate.parse(firstPlan.starts_on).toEpochDay() : completed
  const adult = ageOn(born, registered) >= 18
  if (adult && random.chance(0.6)) {
    const started = (assessed ? completed : registered) + random.int(7, 120)
    const participation = participationFor(random, ids, {
      customerId,
      service: 'civic-orientation',
      started,
      length: random.int(40, 120),
      interruptedChance: 0.07,
      closedOn,
      today,
      language: random.chance(0.8) ? origin.language : 'en',
      createdBy: staff['integration-unit'],
    })
    if (participation) result.participations.push(participation)
  }
  if (assessed && needsTraining && random.chance(0.8)) {
    const language = municipality === 'jakobstad' && random.chance(0.35) ? 'fi' : 'sv'
    const training = participationFor(random, ids, {
      customerId,
      service: 'integration-training',
      started: after + random.int(14, 150),
      length: random.int(280, 720),
      interruptedChance: 0.12,
      closedOn,
      today,
      language,
      createdBy:
        jobSeekerStatus === 'unemployed'
          ? byOrg(routed.planOrganisations)
          : staff['integration-unit'],
    })
    if (training) {
      result.participations.push(training)
      const test = languageTestFor(random, ids, training, language, today, staff)
      if (test) result.languageTests.push(test)
    }
  }

  if (closedOn !== null) {
    result.customer.closed_on = day(closedOn)
    result.customer.updated_at = at(closedOn, random.int(480, 960))
    result.customer.closure_reason =
      completedPlan && random.chance(0.5) ? 'plan-completed' : random.weighted(closureReasons)
  }

  // Part 6: anonymous walk-in visits, about two per customer, over the years.
  const visits = random.weighted(visitCounts)
  for (let v = 0; v < visits; v++) result.visits.push(visitFor(random, ids, today, staff))
  return result
}

const categoryOrder: readonly CustomerCategory[] = [
  'quota-refugee',
  'international-protection',
  'unaccompanied-minor',
  'trafficking-victim',
  'social-assistance',
  'home-care-allowance',
  'family-member',
  'other',
]

function ascii(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
}

// ---------------------------------------------------------------------------
// The synthetic staff: one user per organisation, no password

export function syntheticStaffEmail(org: StaffOrganisationId): string {
  return `synthetic.${org}@porten.invalid`
}
