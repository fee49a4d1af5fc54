import type { StaffOrganisationId } from '../organisations.js'
import type { ProgrammeQuote } from './programme-text.js'
import type { Eligibility, ServiceAnswer } from './routing.types.js'
import type { AmbiguityId, SettingName } from './settings.js'

// How a routing answer states its grounds: the programme's own words, plus a
// plain note wherever Porten reads between the lines (an inference [I] or a
// setting for an ambiguity), so a counsellor can see which is which.

export interface Bilingual {
  readonly sv: string
  readonly en: string
}

export interface Basis {
  /** The programme text, verbatim, then Porten's reading where there is one. */
  readonly sv: string
  readonly en: string
  /** Lines of original-sv.txt, e.g. ["L151"], in source order. */
  readonly lines: readonly string[]
}

export interface CaseConference {
  readonly required: true
  readonly reason: Bilingual
  readonly ambiguity: AmbiguityId
  /** The organisations to bring together. */
  readonly parties: readonly StaffOrganisationId[]
}

export function basis(quotes: readonly ProgrammeQuote[], ...notes: readonly Bilingual[]): Basis {
  const lines = [...new Set(quotes.map((q) => q.line).concat(notes.flatMap(linesIn)))]
  lines.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
  return {
    sv: [...quotes.map((q) => `«${q.sv}»`), ...notes.map((n) => `Tolkning: ${n.sv}`)].join(' '),
    en: [...quotes.map((q) => q.en), ...notes.map((n) => `Reading: ${n.en}`)].join(' '),
    lines,
  }
}

function linesIn(note: Bilingual): string[] {
  return note.en.match(/\bL\d+\b/g) ?? []
}

export function caseConference(
  ambiguity: AmbiguityId,
  reason: Bilingual,
  parties: readonly StaffOrganisationId[],
): CaseConference {
  return { required: true, reason, ambiguity, parties: sortedOrgs(parties) }
}

/** The contract's `responsible[]`: distinct organisation ids, sorted. */
export function sortedOrgs(orgs: readonly StaffOrganisationId[]): StaffOrganisationId[] {
  return [...new Set(orgs)].sort()
}

/** One part's answer; `responsible` sorted as the contract requires. */
export function answer<Extra extends object>(
  eligible: Eligibility,
  responsible: readonly StaffOrganisationId[],
  basisOf: Basis,
  extra: Extra,
): ServiceAnswer & Extra {
  return { eligible, responsible: sortedOrgs(responsible), basis: basisOf, ...extra }
}

/** `settingsApplied` only when some setting decided the answer. */
export function settingsApplied(names: readonly SettingName[]): {
  settingsApplied?: SettingName[]
} {
  return names.length > 0 ? { settingsApplied: [...new Set(names)] } : {}
}
