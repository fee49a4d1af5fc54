import { languageTestOutcome } from '../casework/casework.js'
import { type CefrLevel, cefrLevels } from '../shared/programme/definitions.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { SyntheticOptions } from './synthetic.js'
import { at, day } from './synthetic-dates.js'
import { interruptionReasons, providers } from './synthetic-names.js'
import type { Ids, SyntheticRandom } from './synthetic-random.js'

// A synthetic customer's services (`porten seed --synthetic N`, parts 3 and
// 4 of the case): participations in civic orientation and integration
// training, as the participation table holds them, ongoing, finished,
// interrupted or cut short by the case's closure; and the language test taken
// near the end of a training (or during a long one), its skills scattered
// around the target level, with the outcome judged by the casework rules.

export interface SyntheticParticipation {
  id: string
  customer_id: string
  service: 'civic-orientation' | 'integration-training'
  started_on: string
  ended_on: string | null
  language: string
  provider: string
  interrupted: boolean
  interruption_reason: string | null
  created_by: string
  created_at: string
}

export interface SyntheticLanguageTest {
  id: string
  customer_id: string
  taken_on: string
  language: 'sv' | 'fi'
  results: Record<string, CefrLevel>
  lowest_level: CefrLevel
  reached_target: boolean
  created_by: string
  created_at: string
}

export function participationFor(
  random: SyntheticRandom,
  ids: Ids,
  p: {
    customerId: string
    service: SyntheticParticipation['service']
    started: number
    length: number
    interruptedChance: number
    closedOn: number | null
    today: number
    language: string
    createdBy: string
  },
): SyntheticParticipation | undefined {
  const activityEnd = p.closedOn ?? p.today
  if (p.started > activityEnd) return undefined
  let interrupted = random.chance(p.interruptedChance)
  let ended: number | null = interrupted
    ? p.started + random.int(5, p.length - 1)
    : p.started + p.length
  if (ended > activityEnd) {
    // Still going on today, or cut short by the case's closure.
    if (p.closedOn === null) {
      ended = null
      interrupted = false
    } else {
      ended = p.closedOn
    }
  }
  return {
    id: ids.next(),
    customer_id: p.customerId,
    service: p.service,
    started_on: day(p.started),
    ended_on: ended === null ? null : day(ended),
    language: p.language,
    provider: random.pick(providers),
    interrupted,
    interruption_reason: interrupted ? random.pick(interruptionReasons) : null,
    created_by: p.createdBy,
    created_at: at(p.started, random.int(540, 900)),
  }
}

export function languageTestFor(
  random: SyntheticRandom,
  ids: Ids,
  training: SyntheticParticipation,
  language: 'sv' | 'fi',
  today: number,
  staff: SyntheticOptions['staff'],
): SyntheticLanguageTest | undefined {
  const started = LocalDate.parse(training.started_on).toEpochDay()
  let taken: number
  if (training.ended_on !== null && !training.interrupted) {
    if (!random.chance(0.85)) return undefined
    taken = Math.max(started, LocalDate.parse(training.ended_on).toEpochDay() - random.int(0, 14))
  } else if (training.ended_on === null && today - started > 300 && random.chance(0.2)) {
    taken = started + random.int(200, today - started)
  } else {
    return undefined
  }
  // Around the target B1.1 (index 5), each skill a step either way.
  const base = Math.round(4.6 + random.normal() * 1.3)
  const level = () => cefrLevels[Math.min(9, Math.max(0, base + random.int(-1, 1)))] as CefrLevel
  const results = { reading: level(), writing: level(), listening: level(), speaking: level() }
  const outcome = languageTestOutcome(results)
  return {
    id: ids.next(),
    customer_id: training.customer_id,
    taken_on: day(taken),
    language,
    results,
    lowest_level: outcome.lowestLevel,
    reached_target: outcome.reachedTarget,
    created_by: staff['integration-unit'],
    created_at: at(taken, random.int(540, 900)),
  }
}
