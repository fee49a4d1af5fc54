import type { SessionUser } from '../../../src/shared/api/session.schemas.js'

// Only administrators keep the directory (src/directory/directory.routes.ts
// answers 403 to every other role). The server decides; this only spares other
// roles links and pages that would be refused.
export function canAdministerDirectory(user: SessionUser): boolean {
  return user.role === 'admin'
}
