import { type Plan, reviewReasons } from '../../../src/shared/api/cases.schemas.js'
import { formatDate, today } from '../format.js'
import { RadioInput } from '../forms/choiceFields.js'
import { DateInput, LongTextInput } from '../forms/fields.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { addReview } from './plansApi.js'

type ReviewReason = (typeof reviewReasons)[number]

/**
 * The plan's reviews and the form for a new one: «ses över minst var sjätte
 * månad» (L190), and on a change in the situation or at the customer's request.
 */
export function Reviews({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  const { t, language } = useI18n()
  const reviews = [...plan.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn))
  return (
    <Section title={t('plans.reviews.heading')} qa="plan-reviews">
      {reviews.length === 0 ? (
        <p className="empty">{t('plans.reviews.empty')}</p>
      ) : (
        <ul className="record-list">
          {reviews.map((review) => (
            <li key={review.id} className="record" data-qa="review-item">
              <p className="record__title">
                {t('plans.reviews.item', {
                  date: formatDate(review.reviewedOn, language),
                  reason: t(`plans.reviewReasons.${review.reason}`),
                })}
              </p>
              {review.notes && <p className="preserve-lines">{review.notes}</p>}
            </li>
          ))}
        </ul>
      )}
      <FormDisclosure
        label={t('plans.reviews.open')}
        qa="review-form"
        savedMessage={t('plans.reviews.saved')}
      >
        {({ close, saved, headingId }) => (
          <ReviewForm
            planId={plan.id}
            headingId={headingId}
            onCancel={close}
            onSaved={() => {
              saved()
              onChanged()
            }}
          />
        )}
      </FormDisclosure>
    </Section>
  )
}

interface ReviewValues {
  readonly reviewedOn: string
  readonly reason: ReviewReason
  readonly notes: string
}

function ReviewForm(props: {
  planId: string
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const form = useRecordForm<ReviewValues, unknown>({
    initial: () => ({ reviewedOn: today().toString(), reason: 'scheduled', notes: '' }),
    validate: (values) => {
      const issues: FieldIssue[] = []
      if (!values.reviewedOn) issues.push({ path: 'reviewedOn', message: 'required' })
      if (values.notes.length > 4000)
        issues.push({ path: 'notes', message: 'at most 4000 characters' })
      return issues
    },
    save: (values) =>
      addReview(props.planId, {
        reviewedOn: values.reviewedOn,
        reason: values.reason,
        ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
      }),
    onSaved: props.onSaved,
  })
  return (
    <RecordFormView
      form={form}
      qa="review-form"
      labelledBy={props.headingId}
      submitLabel={t('plans.reviews.submit')}
      onCancel={props.onCancel}
    >
      <DateInput
        name="reviewedOn"
        label={t('plans.reviews.reviewedOn')}
        value={form.values.reviewedOn}
        onChange={(v) => form.set('reviewedOn', v)}
        isRequired
        qa="review-reviewed-on"
      />
      <RadioInput
        name="reason"
        label={t('plans.reviews.reason')}
        options={reviewReasons.map((id) => ({ id, label: t(`plans.reviewReasons.${id}`) }))}
        value={form.values.reason}
        onChange={(v) => form.set('reason', v)}
        isRequired
        qa="review-reason"
      />
      <LongTextInput
        name="notes"
        label={t('plans.reviews.notes')}
        value={form.values.notes}
        onChange={(v) => form.set('notes', v)}
        maxLength={4000}
        qa="review-notes"
      />
    </RecordFormView>
  )
}
