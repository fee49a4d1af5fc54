import { z } from 'zod'
import { roles, staffOrganisationIds } from '../shared/organisations.js'

// Staff users: one organisation and one role each (issue 2). The role decides
// what a user may do; the organisation decides whose customers they see.

export const newUser = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1).max(200),
  org: z.enum(staffOrganisationIds),
  role: z.enum(roles),
  password: z.string().min(12, 'at least 12 characters').max(1024).optional(),
})
export type NewUser = z.infer<typeof newUser>

export interface User {
  id: string
  email: string
  name: string
  org: (typeof staffOrganisationIds)[number]
  role: (typeof roles)[number]
}
