import type { StaffOrganisationId } from '../shared/organisations.js'
import {
  type CustomerCategory,
  type InfoPointId,
  type MunicipalityId,
  municipalities,
  municipalityIds,
} from '../shared/programme/definitions.js'
import { type RoutingInput, route } from '../shared/programme/routing.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import type { LocalDate } from '../shared/time/local-date.js'

// Who arranges each programme part in each municipality, for the guide's
// home page. Computed with the programme's routing rules (routing.ts, rules.md
// §e.1) for a typical person in each situation, so the guide cannot drift
// from what the staff system and the API answer.

/** The situations the home page names; keys of the catalogue's `home.situations`. */
export type SituationId =
  | 'unemployed'
  | 'integrationUnitGroup'
  | 'coordination'
  | 'otherImmigrants'
  | 'planUnemployed'
  | 'planCoordination'
  | 'planOthers'
  | 'unemployedCustomers'
  | 'otherCustomers'
  | 'otherCustomersWithNeed'

export type RoutedPart =
  | 'assessment'
  | 'integration-plan'
  | 'civic-orientation'
  | 'integration-training'

interface Situation {
  readonly id: SituationId
  readonly unemployed: boolean
  readonly categories: readonly CustomerCategory[]
  /** For civic orientation and training: an integration customer with a valid plan (L202, L228). */
  readonly customer?: boolean
  readonly assessedNeedForTraining?: boolean
}

// One typical person per situation: aged 30, moved a month ago.
const situations: Readonly<Record<RoutedPart, readonly Situation[]>> = {
  // L149, L151, L155; matrix rows 1, 3, 5, 6.
  assessment: [
    { id: 'unemployed', unemployed: true, categories: [] },
    { id: 'integrationUnitGroup', unemployed: false, categories: ['international-protection'] },
    { id: 'coordination', unemployed: false, categories: ['quota-refugee'] },
    { id: 'otherImmigrants', unemployed: false, categories: ['other'] },
  ],
  // L182, L186, L190; rows 8–10.
  'integration-plan': [
    { id: 'planUnemployed', unemployed: true, categories: [] },
    { id: 'planCoordination', unemployed: false, categories: ['quota-refugee'] },
    { id: 'planOthers', unemployed: false, categories: ['other'] },
  ],
  // L202, L204; rows 14–15.
  'civic-orientation': [
    { id: 'unemployedCustomers', unemployed: true, categories: [], customer: true },
    { id: 'otherCustomers', unemployed: false, categories: ['other'], customer: true },
  ],
  // L228, L230; rows 18–19.
  'integration-training': [
    { id: 'unemployedCustomers', unemployed: true, categories: [], customer: true },
    {
      id: 'otherCustomersWithNeed',
      unemployed: false,
      categories: ['other'],
      customer: true,
      assessedNeedForTraining: true,
    },
  ],
}

export interface Arrangement {
  /** The municipalities where the same organisations arrange the part, in the programme's order. */
  readonly municipalities: readonly MunicipalityId[]
  /** Empty when the part is not offered in this situation. */
  readonly responsible: readonly StaffOrganisationId[]
}

export interface SituationArrangements {
  readonly situation: SituationId
  readonly arrangements: readonly Arrangement[]
}

const organisationOrder: readonly StaffOrganisationId[] = [
  'integration-unit',
  'employment-jakobstad',
  'employment-ostrobothnia',
  'wellbeing-ostrobothnia',
]

/** Who arranges a part, situation by situation, municipalities with the same answer together. */
export function whoArranges(
  part: RoutedPart,
  settings: ProgrammeSettings,
  onDate: LocalDate,
): SituationArrangements[] {
  return situations[part].map((situation) => ({
    situation: situation.id,
    arrangements: groupMunicipalities((municipality) => {
      const answer = route(typicalPerson(situation, municipality, onDate), settings).services[part]
      return [...answer.responsible].sort(
        (a, b) => organisationOrder.indexOf(a) - organisationOrder.indexOf(b),
      )
    }).map(({ municipalities, value }) => ({ municipalities, responsible: value })),
  }))
}

/** Matrix row 22: the info points for each municipality's residents (Larsmo and Pedersöre use Jakobstad's). */
export function infoPointsByMunicipality(): {
  municipalities: readonly MunicipalityId[]
  infoPoints: readonly InfoPointId[]
}[] {
  return groupMunicipalities((municipality) => [...municipalities[municipality].infoPoints]).map(
    ({ municipalities, value }) => ({ municipalities, infoPoints: value }),
  )
}

function typicalPerson(
  situation: Situation,
  municipality: MunicipalityId,
  onDate: LocalDate,
): RoutingInput {
  return {
    municipality,
    age: 30,
    unemployedJobSeeker: situation.unemployed,
    categories: situation.categories,
    arrivedOn: onDate.plusMonths(-1),
    onDate,
    ...(situation.customer ? { hasValidPlan: true } : {}),
    ...(situation.assessedNeedForTraining ? { assessedNeedForIntegrationTraining: true } : {}),
  }
}

function groupMunicipalities<T extends string>(
  valueFor: (municipality: MunicipalityId) => T[],
): { municipalities: MunicipalityId[]; value: T[] }[] {
  const groups = new Map<string, { municipalities: MunicipalityId[]; value: T[] }>()
  for (const municipality of municipalityIds) {
    const value = valueFor(municipality)
    const key = value.join(' ')
    const group = groups.get(key)
    if (group) group.municipalities.push(municipality)
    else groups.set(key, { municipalities: [municipality], value })
  }
  return [...groups.values()]
}
