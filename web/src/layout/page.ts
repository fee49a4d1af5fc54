import { useCallback, useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
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

/**
 * A ref for a routed page's h1. After a navigation inside the app (not on
 * the first load) the heading takes focus, so a screen reader announces the
 * new page the way it would after a full page load. A page whose h1 is
 * replaced once its record has loaded moves focus to the new one, unless the
 * user has already moved on.
 */
export function usePageHeading<T extends HTMLElement>(focusOnMount = false) {
  const { key } = useLocation()
  const focus = useRef(focusOnMount || key !== 'default')
  const attached = useRef(0)
  return useCallback((element: T | null) => {
    if (!element || !focus.current) return
    attached.current += 1
    const active = document.activeElement
    const free = active === null || active === document.body || active.tagName === 'H1'
    if (attached.current === 1 || free) element.focus()
  }, [])
}
