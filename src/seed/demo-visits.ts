import type { Queryable } from '../db/database.js'
import type { ServiceLanguage, VisitTopic } from '../shared/api/visits.schemas.js'
import type { InfoPointId } from '../shared/programme/definitions.js'
import type { LocalDate } from '../shared/time/local-date.js'
import { visitDateOf } from '../visits/visits.js'
import { insertVisit } from '../visits/visits.queries.js'

// Walk-in visits for the demo, so the follow-up figures (M7) have something
// to show: a few a week at the info points over the last fourteen months,
// none today or yesterday (the desk's own list starts empty). A fixed
// pattern, not random, so the demo looks the same every time.

const locations: readonly InfoPointId[] = [
  'jakobstad',
  'jakobstad',
  'nykarleby',
  'kronoby',
  'romporten',
]
const languages: readonly ServiceLanguage[] = ['sv', 'fi', 'en', 'other', 'sv', 'fi']
const topics: readonly (readonly VisitTopic[])[] = [
  ['work'],
  ['housing', 'benefits'],
  ['language-courses'],
  ['studies', 'work'],
  ['health'],
  ['residence-permit'],
  ['family', 'leisure'],
  ['other'],
]

/** Adds the demo visits unless the recorder has recorded some already. */
export async function seedDemoVisits(
  db: Queryable,
  today: LocalDate,
  recordedBy: string,
  now: Date,
): Promise<number> {
  const existing = await db
    .selectFrom('visit')
    .select('id')
    .where('recorded_by', '=', recordedBy)
    .limit(1)
    .executeTakeFirst()
  if (existing) return 0
  let added = 0
  for (let daysAgo = 2; daysAgo < 430; daysAgo += 3) {
    const day = today.plusDays(-daysAgo)
    const visitsThatDay = 1 + (daysAgo % 4)
    for (let i = 0; i < visitsThatDay; i++) {
      const n = daysAgo + i
      // Between 9 and 15 Helsinki time (UTC+2 or +3): 07–12 UTC stays that day.
      const at = new Date(`${day.toString()}T${String(7 + (n % 6)).padStart(2, '0')}:15:00Z`)
      const language = languages[n % languages.length] ?? 'sv'
      await insertVisit(
        db,
        {
          at,
          visit_date: visitDateOf(at).toString(),
          location: locations[n % locations.length] ?? 'jakobstad',
          language,
          interpreter_language: language === 'other' ? (n % 2 ? 'ar' : 'uk') : null,
          topics: [...(topics[n % topics.length] ?? ['other'])],
          referred_to: [],
          recorded_by: recordedBy,
        },
        now,
      )
      added += 1
    }
  }
  return added
}
