import { z } from 'zod'

export const auditQuery = z.strictObject({
  customerId: z.uuid(),
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Cursor: the `next` of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

export const auditItem = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  user: z.object({ email: z.string(), name: z.string(), org: z.string(), role: z.string() }),
  customerId: z.uuid(),
  action: z.string(),
  access: z.enum(['read', 'write']),
  details: z.record(z.string(), z.unknown()),
})

export const auditPage = z.object({ items: z.array(auditItem), next: z.number().int().nullable() })
