import { reportRoles } from '../../../src/shared/api/reports.schemas.js'
import type { SessionUser } from '../../../src/shared/api/session.schemas.js'

// Who may read the follow-up figures: the server's list (reportRoles). The
// server decides; this only spares other roles a link the API would refuse.
const readerRoles: ReadonlySet<string> = new Set(reportRoles)

export function canReadReports(user: SessionUser): boolean {
  return readerRoles.has(user.role)
}
