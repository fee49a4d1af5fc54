import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { z } from 'zod'
import {
  closureReasons,
  participationServices,
  planTypes,
  reviewReasons,
  type timelineEntry,
} from '../../../src/shared/api/cases.schemas.js'
import { integrationTrainingTargetLevel } from '../../../src/shared/programme/definitions.js'
import { formatDate, languageName } from '../format.js'
import { useI18n } from '../i18n.js'

type TimelineEntry = z.infer<typeof timelineEntry>
type Summary = TimelineEntry['summary']

/**
 * Everything that happened in the case, in the server's order (oldest first,
 * and within a day in the order things happen in a case), as a list of dated
 * events. Plans and reviews link to the plan.
 */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t, language } = useI18n()
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>
  return (
    <ol className="timeline">
      {entries.map((entry, index) => (
        <li
          // Two events can share kind, day and record: the position tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={`${entry.kind}:${entry.on}:${entry.recordId}:${index}`}
          className="timeline__entry"
          data-qa={`timeline-${entry.kind}`}
        >
          <time className="timeline__date" dateTime={entry.on}>
            {formatDate(entry.on, language)}
          </time>
          <span className="timeline__kind">
            <KindLabel entry={entry} />
          </span>
          <Details entry={entry} />
        </li>
      ))}
    </ol>
  )
}

function KindLabel({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n()
  const label = t(`timeline.kinds.${entry.kind}`)
  const planId =
    entry.kind === 'plan'
      ? entry.recordId
      : entry.kind === 'review'
        ? text(entry.summary.planId)
        : undefined
  return planId ? <Link to={`/plans/${planId}`}>{label}</Link> : label
}

/** The event's facts (src/customers/customers.ts, buildTimeline) in the user's language. */
function Details({ entry }: { entry: TimelineEntry }) {
  const { t, language } = useI18n()
  const s = entry.summary
  const parts: ReactNode[] = []
  const kind = text(s.kind)
  const service = oneOf(s.service, participationServices)
  switch (entry.kind) {
    case 'assessment':
      if (kind === 'standard' || kind === 'multisectoral')
        parts.push(t(`assessments.kinds.${kind}`))
      break
    case 'plan': {
      const type = oneOf(s.planType, planTypes)
      if (type) {
        parts.push(
          t('timeline.planSummary', {
            type: t(`plans.types.${type}`),
            until: formatDate(text(s.validUntil), language),
          }),
        )
      }
      break
    }
    case 'review': {
      const reason = oneOf(s.reason, reviewReasons)
      if (reason) parts.push(t(`plans.reviewReasons.${reason}`))
      break
    }
    case 'participation-started':
    case 'participation-ended':
      if (service) parts.push(t(`participations.services.${service}`))
      if (s.interrupted === true) parts.push(t('timeline.interrupted'))
      break
    case 'language-test':
      parts.push(...languageTestParts(s, t, language))
      break
    case 'closed': {
      const reason = oneOf(s.reason, closureReasons)
      if (reason) parts.push(t(`customers.closureReasons.${reason}`))
      break
    }
  }
  if (parts.length === 0) return null
  return <span className="timeline__summary">{parts.join(' · ')}</span>
}

function languageTestParts(
  s: Summary,
  t: ReturnType<typeof useI18n>['t'],
  language: string,
): string[] {
  const parts: string[] = []
  const tested = text(s.language)
  if (tested) parts.push(languageName(tested, language))
  const level = text(s.lowestLevel)
  if (level) {
    const target = integrationTrainingTargetLevel
    const outcome =
      s.reachedTarget === true
        ? t('languageTests.reached', { target })
        : s.reachedTarget === false
          ? t('languageTests.notReached', { target })
          : ''
    parts.push(`${t('languageTests.lowest', { level })} ${outcome}`.trim())
  }
  return parts
}

function text(value: Summary[string] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function oneOf<K extends string>(value: Summary[string] | undefined, ids: readonly K[]) {
  return ids.find((id) => id === value)
}
