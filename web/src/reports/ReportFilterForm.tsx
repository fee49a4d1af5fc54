import { type FormEvent, type Ref, useId, useState } from 'react'
import { Button, Checkbox } from 'react-aria-components'
import { staffOrganisationIds } from '../../../src/shared/organisations.js'
import { municipalityIds } from '../../../src/shared/programme/definitions.js'
import type { LocalDate } from '../../../src/shared/time/local-date.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { useI18n } from '../i18n.js'
import {
  type PeriodPreset,
  periodPresets,
  presetPeriod,
  type ReportFilters,
} from './reportFilters.js'
import { keyName } from './reportFormat.js'
import { reportIssueText } from './reportIssues.js'

const fieldNames = ['from', 'to', 'municipality', 'organisation', 'publication'] as const
type FieldName = (typeof fieldNames)[number]

const presetLabels = {
  'this-year': 'reports.page.presetThisYear',
  'last-year': 'reports.page.presetLastYear',
  'last-quarter': 'reports.page.presetLastQuarter',
  'last-month': 'reports.page.presetLastMonth',
} as const satisfies Record<PeriodPreset, string>

/**
 * The period and the selection. Nothing is fetched while the user types:
 * "Show the figures" (or a preset) puts the choices in the address, and the
 * page loads what the address says. The API's objections (400, by field)
 * appear beside the field and in a summary above the form.
 */
export function ReportFilterForm({
  filters,
  issues,
  today,
  onApply,
  summaryRef,
}: {
  filters: ReportFilters
  issues: readonly FieldIssue[]
  today: LocalDate
  onApply: (filters: ReportFilters) => void
  summaryRef: Ref<HTMLElement>
}) {
  const { t, language } = useI18n()
  const ids = { form: useId(), legend: useId(), presetsHelp: useId() }
  const fieldIds: Record<FieldName, string> = {
    from: useId(),
    to: useId(),
    municipality: useId(),
    organisation: useId(),
    publication: useId(),
  }
  const publicationHelpId = useId()
  const [fields, setFields] = useState(filters)
  // The address changed (Back, a bookmark, a preset): the form shows it.
  const [shownFilters, setShownFilters] = useState(filters)
  if (shownFilters !== filters && !sameFilters(shownFilters, filters)) {
    setShownFilters(filters)
    setFields(filters)
  }
  // A field's problem is out of date once the user changes the field.
  const [edited, setEdited] = useState<ReadonlySet<FieldName>>(new Set())
  const [shownIssues, setShownIssues] = useState(issues)
  if (shownIssues !== issues) {
    setShownIssues(issues)
    setEdited(new Set())
  }

  const placed = new Map<FieldName, string[]>()
  const unplaced: string[] = []
  for (const issue of issues) {
    const text = reportIssueText(issue, t, language)
    const name = fieldNames.find((n) => n === issue.path)
    if (name) placed.set(name, [...(placed.get(name) ?? []), text])
    else unplaced.push(issue.path ? `${issue.path}: ${text}` : text)
  }
  const errorOf = (name: FieldName) => (edited.has(name) ? undefined : placed.get(name)?.join(' '))
  const change = <K extends FieldName>(name: K, value: ReportFilters[K]) => {
    setFields((current) => ({ ...current, [name]: value }))
    setEdited((current) => new Set(current).add(name))
  }
  const labels: Record<FieldName, string> = {
    from: t('reports.page.from'),
    to: t('reports.page.to'),
    municipality: t('reports.page.municipality'),
    organisation: t('reports.page.organisation'),
    publication: t('reports.page.publication'),
  }
  const count = [...placed.values()].flat().length + unplaced.length

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(fields)
  }

  return (
    <>
      {count > 0 && (
        <section
          ref={summaryRef}
          className="notice notice--error"
          tabIndex={-1}
          aria-labelledby={`${ids.form}-summary`}
          data-qa="report-error-summary"
        >
          <h2 className="notice__title" id={`${ids.form}-summary`}>
            {t('reports.page.errorTitle')}
          </h2>
          <p>{t('reports.page.errorCount', { count })}</p>
          <ul className="summary-list">
            {fieldNames.flatMap((name) =>
              (placed.get(name) ?? []).map((text) => (
                <li key={`${name}:${text}`}>
                  <a
                    href={`#${fieldIds[name]}`}
                    onClick={(event) => {
                      event.preventDefault()
                      document.getElementById(fieldIds[name])?.focus()
                    }}
                  >
                    {labels[name]}: {text}
                  </a>
                </li>
              )),
            )}
            {unplaced.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <form
        id={ids.form}
        className="form report-filters"
        onSubmit={submit}
        noValidate
        data-qa="report-filters"
      >
        <fieldset className="report-filters__fieldset" aria-labelledby={ids.legend}>
          <legend className="fieldset__legend" id={ids.legend}>
            {t('reports.page.filters')}
          </legend>
          <div className="report-filters__period">
            {(['from', 'to'] as const).map((name) => (
              <DateField
                key={name}
                id={fieldIds[name]}
                label={labels[name]}
                value={fields[name]}
                error={errorOf(name)}
                onChange={(value) => change(name, value)}
                qa={`report-${name}`}
              />
            ))}
          </div>
          <fieldset className="report-filters__presets" aria-describedby={ids.presetsHelp}>
            <legend className="field__label">{t('reports.page.presets')}</legend>
            <p className="field__description" id={ids.presetsHelp}>
              {t('reports.page.presetsHelp')}
            </p>
            <div className="report-filters__preset-buttons">
              {periodPresets.map((preset) => (
                <Button
                  key={preset}
                  className="button button--secondary"
                  onPress={() => onApply({ ...fields, ...presetPeriod(preset, today) })}
                  data-qa={`report-preset-${preset}`}
                >
                  {t(presetLabels[preset])}
                </Button>
              ))}
            </div>
          </fieldset>
          <div className="report-filters__selection">
            <SelectField
              id={fieldIds.municipality}
              label={labels.municipality}
              value={fields.municipality ?? ''}
              allLabel={t('reports.page.wholeRegion')}
              options={municipalityIds.map((id) => [id, keyName('municipality', id, language, t)])}
              error={errorOf('municipality')}
              onChange={(value) =>
                change(
                  'municipality',
                  municipalityIds.find((id) => id === value),
                )
              }
              qa="report-municipality"
            />
            <SelectField
              id={fieldIds.organisation}
              label={labels.organisation}
              value={fields.organisation ?? ''}
              allLabel={t('reports.page.allOrganisations')}
              options={staffOrganisationIds.map((id) => [
                id,
                keyName('organisation', id, language, t),
              ])}
              error={errorOf('organisation')}
              onChange={(value) =>
                change(
                  'organisation',
                  staffOrganisationIds.find((id) => id === value),
                )
              }
              qa="report-organisation"
            />
          </div>
          <div className="field">
            <Checkbox
              id={fieldIds.publication}
              className="choice"
              isSelected={fields.publication}
              onChange={(on) => change('publication', on)}
              aria-describedby={publicationHelpId}
              data-qa="report-publication"
            >
              <span className="choice__mark" aria-hidden="true" />
              {labels.publication}
            </Checkbox>
            <p className="field__description" id={publicationHelpId}>
              {t('reports.page.publicationHelp')}
            </p>
          </div>
        </fieldset>
        <Button type="submit" className="button button--primary" data-qa="report-show">
          {t('reports.page.show')}
        </Button>
      </form>
    </>
  )
}

function sameFilters(a: ReportFilters, b: ReportFilters): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.municipality === b.municipality &&
    a.organisation === b.organisation &&
    a.publication === b.publication
  )
}

/** The browser's own date input: typed or picked, always YYYY-MM-DD. */
function DateField({
  id,
  label,
  value,
  error,
  onChange,
  qa,
}: {
  id: string
  label: string
  value: string
  error: string | undefined
  onChange: (value: string) => void
  qa: string
}) {
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="field__input field__input--date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={error ? errorId : undefined}
        data-invalid={error !== undefined || undefined}
        data-qa={qa}
      />
      {error && (
        <p className="field__error" id={errorId} data-qa={`${qa}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** A plain, labelled select with "all" first. */
function SelectField({
  id,
  label,
  value,
  allLabel,
  options,
  error,
  onChange,
  qa,
}: {
  id: string
  label: string
  value: string
  allLabel: string
  options: readonly (readonly [string, string])[]
  error: string | undefined
  onChange: (value: string) => void
  qa: string
}) {
  const errorId = `${id}-error`
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={error ? errorId : undefined}
        data-invalid={error !== undefined || undefined}
        data-qa={qa}
      >
        <option value="">{allLabel}</option>
        {options.map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
      {error && (
        <p className="field__error" id={errorId} data-qa={`${qa}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}
