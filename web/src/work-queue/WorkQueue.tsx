import { useId } from 'react'
import { Link } from 'react-router'
import { formatDate } from '../format.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useLoad } from '../layout/useLoad.js'
import { WorkQueueReason } from './reasons.js'
import {
  getWorkQueue,
  groupWorkQueue,
  type WorkQueueItem,
  type WorkQueueKind,
} from './workQueueApi.js'

/** The six groups of the work queue, each a headed list with its count. */
export function WorkQueue() {
  const { t, language } = useI18n()
  const [queue, reload] = useLoad(getWorkQueue, [])

  if (queue.state === 'loading') return <Loading />
  if (queue.state === 'failed') return <LoadFailure failure={queue.failure} onRetry={reload} />
  return (
    <div className="work-queue" data-qa="work-queue">
      <p className="lead">
        {t('workQueue.today', { date: formatDate(queue.data.today, language) })}
      </p>
      {groupWorkQueue(queue.data.items).map(({ kind, items }) => (
        <WorkQueueGroup key={kind} kind={kind} items={items} />
      ))}
    </div>
  )
}

function WorkQueueGroup({ kind, items }: { kind: WorkQueueKind; items: WorkQueueItem[] }) {
  const { t } = useI18n()
  const headingId = useId()
  return (
    <section
      className="card work-queue__group"
      aria-labelledby={headingId}
      data-qa={`work-queue-group-${kind}`}
    >
      <h2 id={headingId}>
        {t(`workQueue.kinds.${kind}`)}{' '}
        <span className="count" data-qa="work-queue-count">
          {t('workQueue.count', { count: items.length })}
        </span>
      </h2>
      <p className="work-queue__explanation">{t(`workQueue.explanations.${kind}`)}</p>
      {items.length === 0 ? (
        <p className="empty">{t('workQueue.empty')}</p>
      ) : (
        <ul className="work-queue__list">
          {items.map((item) => (
            <WorkQueueEntry key={`${item.customer.id}:${item.planId ?? ''}`} item={item} />
          ))}
        </ul>
      )}
    </section>
  )
}

function WorkQueueEntry({ item }: { item: WorkQueueItem }) {
  const { t, language } = useI18n()
  const name = `${item.customer.firstName} ${item.customer.lastName}`
  // Plan matters go to the plan; everything else to the customer.
  const to = item.planId ? `/plans/${item.planId}` : `/customers/${item.customer.id}`
  return (
    <li className="work-queue__item" data-qa="work-queue-item">
      <Link to={to} className="work-queue__link">
        {name}
      </Link>
      <span className="work-queue__meta">
        {t('workQueue.born', { date: formatDate(item.customer.birthDate, language) })}
        {item.due && (
          <>
            {' · '}
            {t(`workQueue.due.${item.kind}`, { date: formatDate(item.due, language) })}
          </>
        )}
      </span>
      {item.planId && (
        <Link to={`/customers/${item.customer.id}`} className="work-queue__secondary">
          {t('workQueue.openCustomer', { name })}
        </Link>
      )}
      <WorkQueueReason item={item} />
    </li>
  )
}
