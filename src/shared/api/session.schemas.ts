import { z } from 'zod'
import { roles, staffOrganisationIds } from '../organisations.js'

// Shared by the server (request and response validation, OpenAPI) and the
// staff web app (typed fetch).

export const signInRequest = z
  .strictObject({
    email: z.email().max(254),
    password: z.string().min(1).max(1024),
  })
  .describe('Sign in with e-mail and password')
export type SignInRequest = z.infer<typeof signInRequest>

export const sessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  org: z.enum(staffOrganisationIds),
})
export type SessionUser = z.infer<typeof sessionUser>

export const sessionResponse = z.object({ user: sessionUser })
export type SessionResponse = z.infer<typeof sessionResponse>

/** RFC 9457 problem details, as every error from the API is shaped. */
export const problem = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type Problem = z.infer<typeof problem>
