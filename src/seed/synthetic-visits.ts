import type { SyntheticOptions } from './synthetic.js'
import { at, day, FIRST_ARRIVAL, weekday } from './synthetic-dates.js'
import {
  infoPoints,
  interpreterLanguages,
  referrals,
  serviceLanguages,
  visitTopics,
} from './synthetic-names.js'
import type { Ids, SyntheticRandom } from './synthetic-random.js'

// Anonymous walk-in visits to the info points in the synthetic data set
// (`porten seed --synthetic N`, part 6): a weekday in office hours since 2019,
// the service language, one to three topics and sometimes a referral, as the
// visit table holds them. They are drawn alongside a customer's case from the
// same random stream, but carry no link to the customer.

export interface SyntheticVisit {
  id: string
  at: string
  visit_date: string
  location: string
  language: string
  interpreter_language: string | null
  topics: string[]
  referred_to: string[]
  recorded_by: string
  recorded_at: string
}

export function visitFor(
  random: SyntheticRandom,
  ids: Ids,
  today: number,
  staff: SyntheticOptions['staff'],
): SyntheticVisit {
  // A weekday before today, between nine and four.
  let date = random.int(FIRST_ARRIVAL, today - 1)
  const dow = weekday(date)
  if (dow === 0) date -= 2
  else if (dow === 6) date -= 1
  const minute = random.int(540, 959)
  const language = random.weighted(serviceLanguages)
  const topics = new Set([random.weighted(visitTopics)])
  if (random.chance(0.35)) topics.add(random.weighted(visitTopics))
  if (random.chance(0.1)) topics.add(random.weighted(visitTopics))
  const referred = new Set<string>()
  if (random.chance(0.3)) referred.add(random.pick(referrals))
  return {
    id: ids.next(),
    at: at(date, minute),
    visit_date: day(date),
    location: random.weighted(infoPoints),
    language,
    interpreter_language: language === 'other' ? random.pick(interpreterLanguages) : null,
    topics: [...topics],
    referred_to: [...referred],
    recorded_by: staff['integration-unit'],
    recorded_at: at(date, minute + random.int(0, 15)),
  }
}
