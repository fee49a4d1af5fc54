import { createContext, useContext, useLayoutEffect } from 'react'
import { useI18n } from '../i18n.js'
import { issueText } from './fieldMessages.js'
import type { RecordForm } from './useRecordForm.js'

// Fields find their form through context: they register their name and
// label (so the summary can name them and server paths can find them), read
// their own problems, and say when the user edits them.

export const FormContext = createContext<RecordForm<object> | null>(null)

export interface FieldState {
  /** The problems with this field in the user's language, or undefined. */
  readonly error: string | undefined
  /** Call on every change: the field's problems are then out of date. */
  readonly edited: () => void
}

export function useFormField(name: string, label: string): FieldState {
  const form = useContext(FormContext)
  const { t, language } = useI18n()
  if (!form) throw new Error(`field ${name} outside a record form`)
  const { labels } = form

  useLayoutEffect(() => {
    labels.set(name, label)
    return () => {
      labels.delete(name)
    }
  }, [labels, name, label])

  const issues = form.fieldIssues.get(name)
  return {
    error: issues?.map((issue) => issueText(issue, t, language)).join(' '),
    edited: () => form.edited(name),
  }
}

/** Moves focus to a field by name, for the summary's links. */
export function focusField(formElement: HTMLElement | null, name: string): void {
  const field = formElement?.querySelector(`[data-field="${CSS.escape(name)}"]`)
  if (!field) return
  const candidates = field.querySelectorAll<HTMLElement>('input, textarea, button, select')
  for (const candidate of candidates) {
    if (candidate.tabIndex < 0 || candidate.closest('[aria-hidden="true"]')) continue
    if (candidate instanceof HTMLInputElement && candidate.type === 'hidden') continue
    candidate.focus()
    field.scrollIntoView({ block: 'center' })
    return
  }
}
