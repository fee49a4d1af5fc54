import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import { visitRecorderRoles } from '../../../src/shared/api/visits.schemas.js'

// Who may record visits at the desk: the server's list. The server decides;
// this only spares other roles a link the API would refuse.
const recorderRoles: ReadonlySet<string> = new Set(visitRecorderRoles)

export function canRecordVisits(user: SessionUser): boolean {
  return recorderRoles.has(user.role)
}
