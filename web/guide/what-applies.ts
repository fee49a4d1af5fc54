import { formatDate } from '../../src/guide/format.js'
import {
  answerWhatApplies,
  errorMessage,
  type FieldError,
  fillMessage,
  type PartAnswer,
  type WhatAppliesAnswer,
  type WhatAppliesPageData,
  type WhatAppliesTexts,
  whatAppliesFields,
} from '../../src/guide/what-applies.js'
import { LocalDate } from '../../src/shared/time/local-date.js'

// "What applies to me?" in the reader's browser. The page arrives with the
// form disabled and the texts in the form's data-guide attribute; this script
// enables the form and answers it with the programme's routing rules. It
// sends nothing: no fetch, no form submission, no storage. Everything it
// shows is built with textContent, never as HTML.

const form = document.querySelector<HTMLFormElement>('form#what-applies')
if (form?.dataset.guide) start(form, JSON.parse(form.dataset.guide) as WhatAppliesPageData)

function start(form: HTMLFormElement, data: WhatAppliesPageData) {
  const summary = document.getElementById('what-applies-errors')
  const answerSection = document.getElementById('what-applies-answer')
  const answerBody = answerSection?.querySelector<HTMLElement>('.answer-body')
  if (!summary || !answerSection || !answerBody) return
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
    'input, button',
  )) {
    control.disabled = false
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const values = new FormData(form)
    const text = (name: string) => {
      const value = values.get(name)
      return typeof value === 'string' ? value : ''
    }
    const result = answerWhatApplies(
      {
        municipality: text('municipality'),
        age: text('age'),
        jobSeeker: text('jobSeeker'),
        categories: values.getAll('categories').filter((v): v is string => typeof v === 'string'),
        residencePermit: text('residencePermit'),
        arrived: text('arrived'),
      },
      // Today in Helsinki, where the programme's dates are kept.
      LocalDate.fromInstant(new Date()),
      data.settings,
    )
    showErrors(form, summary, data.text, result.ok ? [] : result.errors)
    if (!result.ok) {
      answerSection.hidden = true
      summary.focus()
      return
    }
    answerBody.replaceChildren(...answerNodes(result.answer, data))
    answerSection.hidden = false
    answerSection.querySelector<HTMLElement>('h2')?.focus()
  })
}

/** The first control of a field, where the error summary's link takes the reader. */
const firstControl: Readonly<Record<FieldError['field'], string>> = {
  municipality: 'municipality-jakobstad',
  age: 'age',
  jobSeeker: 'jobSeeker-unemployed',
  residencePermit: 'residencePermit',
  arrived: 'arrived',
}

function showErrors(
  form: HTMLFormElement,
  summary: HTMLElement,
  text: WhatAppliesTexts,
  errors: readonly FieldError[],
) {
  const list = summary.querySelector('ul')
  list?.replaceChildren(
    ...errors.map((error) => {
      const link = element('a', text.errors[errorMessage(error)])
      link.href = `#${firstControl[error.field]}`
      return element('li', link)
    }),
  )
  summary.hidden = errors.length === 0
  for (const field of whatAppliesFields) {
    const error = errors.find((e) => e.field === field)
    const slot = document.getElementById(`${field}-error`)
    if (slot) {
      slot.textContent = error ? text.errors[errorMessage(error)] : ''
      slot.hidden = !error
    }
    for (const control of form.querySelectorAll<HTMLInputElement>(`[name="${field}"]`)) {
      if (error) control.setAttribute('aria-invalid', 'true')
      else control.removeAttribute('aria-invalid')
    }
  }
}

function answerNodes(answer: WhatAppliesAnswer, data: WhatAppliesPageData): Node[] {
  const { text } = data
  const parts = element('ol', ...answer.parts.map((part) => partNode(part, data)))
  parts.className = 'answer-parts'

  const points = element(
    'ul',
    ...answer.infoPoints.map((id) => {
      const point = text.infoPoints[id]
      // One line each, direction by content: venue names mix Latin and Arabic script.
      const lines = point.place.map((line) => {
        const span = element('span', line)
        span.dir = 'auto'
        span.className = 'line'
        return span
      })
      return element('li', element('strong', point.name), ...lines)
    }),
  )
  const details = element('a', text.infoPointDetails)
  details.href = text.links.infoPoints
  const email = element('a', text.contact.email)
  email.href = `mailto:${text.contact.email}`
  email.dir = 'ltr'
  const phone = element('a', text.contact.phone)
  phone.href = text.contact.phoneHref
  phone.dir = 'ltr'
  const reach = element(
    'section',
    element('h3', text.reachHeading),
    element('p', text.reachInfoPoint),
    points,
    element('p', details),
    element('p', text.reachContact),
    element('p', `${text.contact.emailLabel}: `, email),
    element('p', `${text.contact.phoneLabel}: `, phone),
  )
  reach.className = 'reach'
  reach.dataset.qa = 'answer-reach'
  return [parts, reach]
}

function partNode(part: PartAnswer, data: WhatAppliesPageData): HTMLElement {
  const { language, text } = data
  const item = element('li', element('h3', text.parts[part.part]))
  item.className = `answer-part eligible-${part.eligible}`
  item.dataset.qa = `answer-${part.part}`
  const eligibility = element('p', element('strong', text.eligible[part.eligible]))
  eligibility.dataset.qa = 'eligibility'
  item.append(eligibility)
  if (part.responsible.length > 0) {
    // One organisation a line: their names are long, and in Arabic and
    // Persian they carry their Swedish names in parentheses.
    const organisations = element(
      'ul',
      ...part.responsible.map((id) => element('li', text.organisations[id])),
    )
    organisations.className = 'organisations'
    const responsible = element('div', element('p', text.responsible), organisations)
    responsible.dataset.qa = 'responsible'
    item.append(responsible)
  }
  if (part.notes.length > 0) {
    const notes = element(
      'ul',
      ...part.notes.map((note) => {
        if (note === 'seeDirectory') {
          const link = element('a', text.notes.seeDirectory)
          link.href = text.links.directory
          const li = element('li', link)
          li.dataset.note = note
          return li
        }
        const message =
          note === 'closesOn'
            ? fillMessage(text.notes.closesOn, {
                date: formatDate(part.closesOn ?? '', language),
              })
            : text.notes[note]
        const li = element('li', message)
        li.dataset.note = note
        return li
      }),
    )
    notes.className = 'notes'
    item.append(notes)
  }
  return item
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  node.append(...children)
  return node
}
