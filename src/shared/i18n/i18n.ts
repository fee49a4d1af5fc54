import { IntlMessageFormat } from 'intl-messageformat'

// Message catalogues. Swedish is the source language: every catalogue of a
// feature has the Swedish catalogue's shape (`Messages<typeof sv>`), so a
// missing key fails `tsc`, and `catalogues.test.ts` checks the same at run
// time for every feature under src/shared/i18n/. Messages are ICU strings
// ("{count, plural, one {# kund} other {# kunder}}").

/** Languages of the public guide, in the order the language switcher shows them. */
export const guideLanguages = ['sv', 'fi', 'en', 'ar', 'fa', 'uk', 'ru', 'so'] as const
export type GuideLanguage = (typeof guideLanguages)[number]

/** Languages of the staff application. */
export const staffLanguages = ['sv', 'fi', 'en'] as const
export type StaffLanguage = (typeof staffLanguages)[number]

export const sourceLanguage = 'sv'

const rtlLanguages: ReadonlySet<string> = new Set(['ar', 'fa'])

export function direction(language: string): 'rtl' | 'ltr' {
  return rtlLanguages.has(language) ? 'rtl' : 'ltr'
}

export function isGuideLanguage(value: string): value is GuideLanguage {
  return (guideLanguages as readonly string[]).includes(value)
}

export function isStaffLanguage(value: string): value is StaffLanguage {
  return (staffLanguages as readonly string[]).includes(value)
}

/**
 * Whether a native speaker has reviewed the catalogue. Drafted catalogues are
 * shown with a notice saying so; `reviewedBy` names the reviewer's role, never
 * a person.
 */
export type Review = { status: 'reviewed'; reviewedBy: string; on: string } | { status: 'draft' }

/** A message tree with the same keys as the source, every leaf a string. */
export type Messages<Source> = {
  readonly [K in keyof Source]: Source[K] extends string ? string : Messages<Source[K]>
}

export interface Catalogue<Source> {
  readonly language: string
  readonly review: Review
  readonly messages: Messages<Source>
}

export type MessageTree = { readonly [key: string]: string | MessageTree }

/** All leaf keys of a message tree, dotted ("parts.assessment.title"). */
export function keysOf(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  )
}

export function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

const compiled = new Map<string, IntlMessageFormat>()

/** Formats one ICU message for a locale. */
export function formatMessage(
  message: string,
  language: string,
  values?: Record<string, string | number>,
): string {
  if (!values && !message.includes('{')) return message
  const cacheKey = `${language}\u0000${message}`
  let format = compiled.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(message, language)
    compiled.set(cacheKey, format)
  }
  return String(format.format(values))
}
