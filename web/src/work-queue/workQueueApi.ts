import type { z } from 'zod'
import { workQueue, workQueueKinds } from '../../../src/shared/api/cases.schemas.js'
import { getJson } from '../api.js'

// The counsellor's work queue: cases that need something done, by reason.

export type WorkQueue = z.infer<typeof workQueue>
export type WorkQueueItem = WorkQueue['items'][number]
export type WorkQueueKind = (typeof workQueueKinds)[number]

export function getWorkQueue(): Promise<WorkQueue> {
  return getJson('/api/v1/work-queue', workQueue)
}

/** The six groups in a fixed order, most urgent first, each with its items by due date. */
export function groupWorkQueue(items: readonly WorkQueueItem[]) {
  const order: readonly WorkQueueKind[] = [
    'review-overdue',
    'review-due',
    'plan-expiring',
    'assessment-without-plan',
    'civic-orientation-closing',
    'case-conference',
  ]
  // Every kind of the contract is shown, even one added to the order above late.
  const kinds = [...order, ...workQueueKinds.filter((kind) => !order.includes(kind))]
  return kinds.map((kind) => ({
    kind,
    items: items
      .filter((item) => item.kind === kind)
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999')),
  }))
}
