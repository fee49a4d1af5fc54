import { route } from '../shared/programme/routing.js'
import {
  type FieldError,
  parseRoutingRequest,
  type RoutingResponseBody,
  routingResponse,
} from '../shared/programme/routing.schemas.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import type { LocalDate } from '../shared/time/local-date.js'

// The one path from a routing request to its answer, shared by
// POST /api/v1/routing and `porten route`, so the two cannot disagree.

export type RoutingOutcome =
  | { ok: true; body: RoutingResponseBody }
  | { ok: false; errors: readonly FieldError[] }

export function answerRoutingRequest(
  body: unknown,
  today: LocalDate,
  settings: ProgrammeSettings,
): RoutingOutcome {
  const parsed = parseRoutingRequest(body, today)
  if (!parsed.ok) return parsed
  // Parsing through the response schema gives the API's exact shape.
  return { ok: true, body: routingResponse.parse(route(parsed.input, settings)) }
}
