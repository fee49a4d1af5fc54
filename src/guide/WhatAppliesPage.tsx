import { organisationIds, staffOrganisationIds } from '../shared/organisations.js'
import {
  customerCategoryIds,
  type InfoPointId,
  jobSeekerStatuses,
  municipalityIds,
  programmePartIds,
} from '../shared/programme/definitions.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import type { PageText } from './GuidePage.js'
import { guidePath, integrationUnitContact } from './guide.js'
import { infoPointPlace } from './InfoPointsPage.js'
import { answerNotes, type WhatAppliesField, type WhatAppliesPageData } from './what-applies.js'

// /{lang}/what-applies-to-me: the questions, answered in the reader's browser
// by the programme's routing rules (web/guide/what-applies.ts). Nothing is
// sent: the form has no action the script lets it use, and its controls stay
// disabled until the script runs, so a browser without JavaScript cannot
// submit the answers to the server either.

export const whatAppliesScriptPath = '/guide/assets/what-applies.js'

export function WhatAppliesPage({
  text,
  settings,
}: {
  readonly text: PageText
  readonly settings: ProgrammeSettings
}) {
  const { language, m, t } = text
  const w = m.whatApplies
  const required = <span className="required"> ({t(w.required)})</span>
  return (
    <>
      <p>{t(w.intro)}</p>
      <p className="privacy">{t(w.privacy)}</p>
      <noscript>
        <p className="notice" data-qa="noscript">
          {t(w.noscript)} <a href={guidePath(language)}>{t(m.nav.home)}</a> ·{' '}
          <a href={guidePath(language, 'info-points')}>{t(m.nav['info-points'])}</a>
        </p>
      </noscript>
      <div
        id="what-applies-errors"
        className="error-summary"
        tabIndex={-1}
        hidden
        data-qa="error-summary"
      >
        <h2 id="what-applies-errors-heading">{t(w.errors.heading)}</h2>
        <ul />
      </div>
      <form
        id="what-applies"
        className="what-applies"
        noValidate
        data-guide={JSON.stringify(pageData(text, settings))}
        data-qa="what-applies-form"
      >
        <fieldset aria-describedby="municipality-error">
          <legend>
            {t(w.municipality)}
            {required}
          </legend>
          <FieldError field="municipality" />
          <div className="choices">
            {municipalityIds.map((municipality) => (
              <div key={municipality} className="choice">
                <input
                  type="radio"
                  id={`municipality-${municipality}`}
                  name="municipality"
                  value={municipality}
                  required
                  disabled
                />
                <label htmlFor={`municipality-${municipality}`}>
                  {t(m.names.municipalities[municipality])}
                </label>
              </div>
            ))}
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor="age">
            {t(w.age)}
            {required}
          </label>
          <p id="age-hint" className="hint">
            {t(w.ageHint)}
          </p>
          <FieldError field="age" />
          <input
            type="text"
            id="age"
            name="age"
            inputMode="numeric"
            autoComplete="off"
            size={4}
            maxLength={3}
            aria-describedby="age-hint age-error"
            required
            disabled
          />
        </div>

        <fieldset aria-describedby="jobSeeker-error">
          <legend>
            {t(w.jobSeeker.legend)}
            {required}
          </legend>
          <FieldError field="jobSeeker" />
          <div className="choices">
            {jobSeekerStatuses.map((status) => (
              <div key={status} className="choice">
                <input
                  type="radio"
                  id={`jobSeeker-${status}`}
                  name="jobSeeker"
                  value={status}
                  required
                  disabled
                />
                <label htmlFor={`jobSeeker-${status}`}>{t(w.jobSeeker[status])}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset aria-describedby="categories-hint">
          <legend>{t(w.categories.legend)}</legend>
          <p id="categories-hint" className="hint">
            {t(w.categories.hint)}
          </p>
          <div className="choices">
            {customerCategoryIds.map((category) => (
              <div key={category} className="choice">
                <input
                  type="checkbox"
                  id={`category-${category}`}
                  name="categories"
                  value={category}
                  disabled
                />
                <label htmlFor={`category-${category}`}>{t(w.categories[category])}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <fieldset aria-describedby="dates-hint">
          <legend>{t(w.dates.legend)}</legend>
          <p id="dates-hint" className="hint">
            {t(w.dates.hint)}
          </p>
          {(['residencePermit', 'arrived'] as const).map((field) => (
            <div key={field} className="field">
              <label htmlFor={field}>{t(w.dates[field])}</label>
              <FieldError field={field} />
              <input
                type="month"
                id={field}
                name={field}
                autoComplete="off"
                dir="ltr"
                aria-describedby={`dates-hint ${field}-error`}
                disabled
              />
            </div>
          ))}
        </fieldset>

        <button type="submit" className="button" disabled data-qa="what-applies-submit">
          {t(w.submit)}
        </button>
      </form>
      <section
        id="what-applies-answer"
        className="answer"
        aria-labelledby="what-applies-answer-heading"
        hidden
        data-qa="answer"
      >
        <h2 id="what-applies-answer-heading" tabIndex={-1}>
          {t(w.answer.heading)}
        </h2>
        <p>{t(w.answer.disclaimer)}</p>
        <div className="answer-body" />
      </section>
    </>
  )
}

/** An error message slot, filled by the script; its id is in the field's aria-describedby. */
function FieldError({ field }: { readonly field: WhatAppliesField }) {
  return <p id={`${field}-error`} className="field-error" hidden />
}

function infoPointText(text: PageText, id: InfoPointId) {
  return { name: text.t(text.m.infoPoints.names[id]), place: infoPointPlace(text, id) }
}

/** Every text the script needs to show the answer, in the page's language. */
export function pageData(text: PageText, settings: ProgrammeSettings): WhatAppliesPageData {
  const { language, m, t } = text
  const a = m.whatApplies.answer
  const all = <K extends string>(keys: readonly K[], message: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, t(message(key))])) as Record<K, string>
  const names = all(organisationIds, (id) => m.names.organisations[id])
  return {
    language,
    settings,
    text: {
      heading: t(a.heading),
      disclaimer: t(a.disclaimer),
      eligible: all(['yes', 'no', 'if-assessed'], (key) => a.eligible[key]),
      responsible: t(a.responsible),
      notes: Object.fromEntries(
        answerNotes.map((note) => [
          note,
          // closesOn keeps its {date} for the script to fill (fillMessage).
          note === 'closesOn' ? a.notes.closesOn : t(a.notes[note]),
        ]),
      ) as WhatAppliesPageData['text']['notes'],
      parts: all(programmePartIds, (part) => m.parts[part].title),
      organisations: Object.fromEntries(
        staffOrganisationIds.map((id) => [id, names[id]]),
      ) as Record<(typeof staffOrganisationIds)[number], string>,
      reachHeading: t(a.reachHeading),
      reachInfoPoint: t(a.reachInfoPoint),
      reachContact: t(a.reachContact),
      infoPointDetails: t(a.infoPointDetails),
      errorsHeading: t(m.whatApplies.errors.heading),
      errors: all(
        ['municipality', 'age', 'jobSeeker', 'month', 'future'],
        (key) => m.whatApplies.errors[key],
      ),
      infoPoints: {
        jakobstad: infoPointText(text, 'jakobstad'),
        nykarleby: infoPointText(text, 'nykarleby'),
        kronoby: infoPointText(text, 'kronoby'),
        romporten: infoPointText(text, 'romporten'),
      },
      links: {
        directory: guidePath(language, 'directory'),
        infoPoints: guidePath(language, 'info-points'),
      },
      contact: {
        email: integrationUnitContact.email,
        emailLabel: t(m.footer.email),
        phone: integrationUnitContact.phone,
        phoneHref: integrationUnitContact.phoneHref,
        phoneLabel: t(m.footer.phone),
      },
    },
  }
}
