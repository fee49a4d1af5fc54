import type { z } from 'zod'
import {
  type newParticipation,
  participation,
  type participationUpdate,
} from '../../../src/shared/api/cases.schemas.js'
import { getJson, listOf, sendJson } from '../api.js'
import { customerUrl } from '../customers/customersApi.js'

// Civic orientation and integration training (programme parts 3 and 4).

export type Participation = z.infer<typeof participation>
export type NewParticipation = z.input<typeof newParticipation>
export type ParticipationUpdate = z.input<typeof participationUpdate>

const participationList = listOf(participation)

export function listParticipations(customerId: string) {
  return getJson(`${customerUrl(customerId)}/participations`, participationList)
}

export function addParticipation(customerId: string, body: NewParticipation) {
  return sendJson('POST', `${customerUrl(customerId)}/participations`, body, participation)
}

export function updateParticipation(id: string, changes: ParticipationUpdate) {
  return sendJson(
    'PATCH',
    `/api/v1/participations/${encodeURIComponent(id)}`,
    changes,
    participation,
  )
}
