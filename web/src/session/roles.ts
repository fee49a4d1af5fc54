import type { SessionUser } from '../../../src/shared/api/session.schemas.js'

// Who may work with customer records: the same rule as the server's
// CASE_ROLES (src/customers/customer-access.ts). The server decides; this only
// spares other roles links and requests that would be refused with 403.
const caseWorkRoles: ReadonlySet<string> = new Set(['counselor'])

export function canUseCaseWork(user: SessionUser): boolean {
  return caseWorkRoles.has(user.role)
}
