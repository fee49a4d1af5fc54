import { readings } from '../../../src/shared/programme/routing-readings.js'
import { useI18n } from '../i18n.js'
import type { WorkQueueItem } from './workQueueApi.js'

// Why an item is in the queue, beyond its kind. The server sends the
// civic-orientation grounds as ids, and a case conference's reason as
// "AMB-nn: <the reading in Swedish>" (src/casework/work-queue.ts).

const grounds = ['recently-arrived', 'recent-residence-permit'] as const

export function WorkQueueReason({ item }: { item: WorkQueueItem }) {
  const { t, language } = useI18n()
  const reason = item.reason
  if (!reason) return null

  if (item.kind === 'civic-orientation-closing') {
    const named = grounds.filter((g) => reason.includes(g))
    if (named.length > 0) {
      const text = named.map((g) => t(`workQueue.grounds.${g}`)).join(', ')
      return (
        <span className="work-queue__reason">{t('workQueue.groundsLabel', { grounds: text })}</span>
      )
    }
  }

  // The readings exist in Swedish and English: English readers get theirs,
  // Finnish readers the Swedish text, marked as Swedish.
  if (language === 'en') {
    let english = reason
    for (const reading of Object.values(readings)) english = english.replace(reading.sv, reading.en)
    if (english !== reason) {
      return (
        <span className="work-queue__reason" lang="en">
          {english}
        </span>
      )
    }
  }
  return (
    <span className="work-queue__reason" lang="sv">
      {reason}
    </span>
  )
}
