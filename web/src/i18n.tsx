import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import { I18nProvider as AriaI18nProvider } from 'react-aria-components'
import {
  formatMessage,
  isStaffLanguage,
  lookup,
  type StaffLanguage,
  sourceLanguage,
  staffLanguages,
} from '../../src/shared/i18n/i18n.js'
import { staffCatalogues } from '../../src/shared/i18n/staff/index.js'
import type { sv } from '../../src/shared/i18n/staff/sv.js'

// Every text the staff app shows goes through `t` (STYLE.md rule 8: no
// hard-coded words in components). Keys are checked against the Swedish
// source catalogue, so a typo fails `tsc`.

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<typeof sv>
export type MessageValues = Record<string, string | number>

interface I18n {
  readonly language: StaffLanguage
  readonly setLanguage: (language: StaffLanguage) => void
  readonly t: (key: MessageKey, values?: MessageValues) => string
}

const I18nContext = createContext<I18n | null>(null)

const storageKey = 'porten.staff.language'

/** The remembered choice, else the browser's first staff language, else Swedish. */
export function initialLanguage(): StaffLanguage {
  const stored = readStoredLanguage()
  if (stored) return stored
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? ''
    if (isStaffLanguage(primary)) return primary
  }
  return sourceLanguage
}

function readStoredLanguage(): StaffLanguage | undefined {
  try {
    const value = localStorage.getItem(storageKey)
    return value !== null && isStaffLanguage(value) ? value : undefined
  } catch {
    return undefined // storage disabled: fall back to the browser's language
  }
}

function storeLanguage(language: StaffLanguage): void {
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

export function StaffI18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<StaffLanguage>(initialLanguage)

  const setLanguage = useCallback((next: StaffLanguage) => {
    storeLanguage(next)
    setLanguageState(next)
  }, [])

  const t = useMemo(() => translatorFor(language), [language])

  // Before paint, so screen readers never read Finnish text as Swedish.
  useLayoutEffect(() => {
    document.documentElement.lang = language
  }, [language])

  const value = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t])
  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={language}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  )
}

/**
 * `t` for one staff language, whatever the user's: the printed plan is in
 * Swedish or Finnish as chosen for the customer, not in the UI's language.
 */
export function translatorFor(language: StaffLanguage) {
  return (key: MessageKey, values?: MessageValues): string => {
    const message =
      lookup(staffCatalogues[language].messages, key) ??
      lookup(staffCatalogues[sourceLanguage].messages, key) ??
      key
    return formatMessage(message, language, values)
  }
}

export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n outside StaffI18nProvider')
  return context
}

/** The staff languages with their catalogues, in switcher order. */
export const staffLanguageCatalogues = staffLanguages.map((language) => ({
  language,
  catalogue: staffCatalogues[language],
}))
