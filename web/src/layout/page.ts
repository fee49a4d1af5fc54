import { useEffect, useRef } from 'react'
import { useI18n } from '../i18n.js'

/** Sets `document.title` to "<page> – Porten" in the current language. */
export function useDocumentTitle(page: string): void {
  const { t } = useI18n()
  const title = t('app.documentTitle', { page })
  useEffect(() => {
    document.title = title
  }, [title])
}

/**
 * A ref for the page's main heading. When `focusOnMount` is set (after
 * signing in or out) the heading takes focus, so a screen reader announces
 * the new page and the next Tab starts from it.
 */
export function useHeadingFocus<T extends HTMLElement>(focusOnMount: boolean) {
  const ref = useRef<T>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (focusOnMount) ref.current?.focus()
  }, [])
  return ref
}
