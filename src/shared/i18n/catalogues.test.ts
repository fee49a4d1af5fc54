/// <reference types="vite/client" />
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { guideLanguages, sourceLanguage, staffLanguages } from './i18n.js'

// Every feature keeps its catalogues in src/shared/i18n/<feature>/, and its
// index.ts exports one record of catalogues by language. tsc already rejects a
// catalogue that misses a key; this check also covers what types cannot:
// empty messages, broken ICU syntax and mismatched ICU arguments.
const featureModules = import.meta.glob<Record<string, unknown>>('./*/index.ts', { eager: true })

/** The languages a feature must cover exactly, where the product fixes them. */
const featureLanguages: Readonly<Record<string, readonly string[]>> = {
  guide: guideLanguages,
  staff: staffLanguages,
}

/** Every problem with one feature's catalogues, each naming feature, language and key. */
function checkCatalogues(feature: string, catalogues: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = []
  const languages = Object.keys(catalogues)

  const expected = featureLanguages[feature]
  if (expected) {
    for (const language of expected) {
      if (!languages.includes(language)) problems.push(`${feature}/${language}: no catalogue`)
    }
    for (const language of languages) {
      if (!expected.includes(language)) {
        problems.push(`${feature}/${language}: not one of the feature's languages`)
      }
    }
  }

  const source = catalogues[sourceLanguage]
  if (!isRecord(source) || !isRecord(source.messages)) {
    problems.push(`${feature}/${sourceLanguage}: no source catalogue with messages`)
    return problems
  }
  const sourceMessages = leaves(source.messages)

  for (const language of languages) {
    const at = (key: string) => `${feature}/${language} ${key}`
    const catalogue = catalogues[language]
    if (!isRecord(catalogue)) {
      problems.push(`${feature}/${language}: not a catalogue object`)
      continue
    }
    if (catalogue.language !== language) {
      problems.push(`${feature}/${language}: its language field says ${String(catalogue.language)}`)
    }
    const review = reviewProblem(catalogue.review)
    if (review) problems.push(`${feature}/${language}: ${review}`)
    if (!isRecord(catalogue.messages)) {
      problems.push(`${feature}/${language}: no messages`)
      continue
    }

    const messages = leaves(catalogue.messages)
    for (const key of sourceMessages.keys()) {
      if (!messages.has(key)) problems.push(`${at(key)}: missing`)
    }
    for (const [key, message] of messages) {
      if (!sourceMessages.has(key)) {
        problems.push(`${at(key)}: extra key, not in ${sourceLanguage}`)
        continue
      }
      if (typeof message !== 'string') {
        problems.push(`${at(key)}: not a string`)
        continue
      }
      if (message.trim() === '') {
        problems.push(`${at(key)}: empty`)
        continue
      }
      const names = icuArguments(message, language)
      if (names instanceof Error) {
        problems.push(`${at(key)}: not valid ICU (${names.message})`)
        continue
      }
      const sourceMessage = sourceMessages.get(key)
      if (language === sourceLanguage || typeof sourceMessage !== 'string') continue
      const sourceNames = icuArguments(sourceMessage, sourceLanguage)
      if (sourceNames instanceof Error) continue // reported under the source language
      if (describeNames(names) !== describeNames(sourceNames)) {
        problems.push(
          `${at(key)}: ICU arguments ${describeNames(names)} differ from ${sourceLanguage}'s ${describeNames(sourceNames)}`,
        )
      }
    }
  }
  return problems
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Leaf values by dotted key; a leaf that is not a string is kept so it can be reported. */
function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    if (isRecord(value)) {
      for (const [leafKey, leaf] of leaves(value, `${prefix}${key}.`)) found.set(leafKey, leaf)
    } else {
      found.set(prefix + key, value)
    }
  }
  return found
}

function reviewProblem(review: unknown): string | undefined {
  if (!isRecord(review)) return 'no review status'
  if (review.status === 'draft') return undefined
  if (review.status !== 'reviewed') return `unknown review status ${String(review.status)}`
  if (typeof review.reviewedBy !== 'string' || review.reviewedBy.trim() === '') {
    return 'reviewed, but reviewedBy is missing'
  }
  if (typeof review.on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(review.on)) {
    return 'reviewed, but the review date (on) is not YYYY-MM-DD'
  }
  return undefined
}

// Element kinds in intl-messageformat's AST (TYPE in @formatjs/icu-messageformat-parser).
const literalElement = 0
const poundElement = 7
const tagElement = 8

interface AstNode {
  readonly type: number
  readonly value?: unknown
  readonly options?: Readonly<Record<string, { readonly value: readonly AstNode[] }>>
  readonly children?: readonly AstNode[]
}

/** The argument (and rich-text tag) names a message uses, or the parse error. */
function icuArguments(message: string, language: string): Set<string> | Error {
  try {
    return argumentNames(new IntlMessageFormat(message, language).getAst())
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

function argumentNames(nodes: readonly AstNode[], names = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type === literalElement || node.type === poundElement) continue
    if (typeof node.value === 'string') {
      names.add(node.type === tagElement ? `<${node.value}>` : node.value)
    }
    for (const option of Object.values(node.options ?? {})) argumentNames(option.value, names)
    if (node.children) argumentNames(node.children, names)
  }
  return names
}

function describeNames(names: ReadonlySet<string>): string {
  return `{${[...names].sort().join(', ')}}`
}

/** The one exported record of catalogues in a feature's index.ts. */
function exportedCatalogues(module: Record<string, unknown>): unknown[] {
  return Object.values(module).filter(
    (value) =>
      isRecord(value) &&
      Object.values(value).length > 0 &&
      Object.values(value).every((entry) => isRecord(entry) && 'messages' in entry),
  )
}

const features = Object.entries(featureModules).map(([file, module]) => ({
  feature: file.split('/')[1] ?? file,
  module,
}))

describe('message catalogues', () => {
  it('finds the feature catalogue folders', () => {
    expect(features.map(({ feature }) => feature)).toContain('guide')
  })

  describe.each(features)('$feature', ({ feature, module }) => {
    it('exports exactly one record of catalogues', () => {
      expect(exportedCatalogues(module), `${feature}/index.ts`).toHaveLength(1)
    })

    it('has every source key in every language, valid ICU and a review status', () => {
      const [catalogues] = exportedCatalogues(module)
      expect(isRecord(catalogues), `${feature}/index.ts exports catalogues`).toBe(true)
      if (!isRecord(catalogues)) return
      expect(checkCatalogues(feature, catalogues)).toEqual([])
    })
  })

  it('covers all eight guide languages in the guide', () => {
    const guide = features.find(({ feature }) => feature === 'guide')
    const [catalogues] = exportedCatalogues(guide?.module ?? {})
    expect(Object.keys(isRecord(catalogues) ? catalogues : {}).sort()).toEqual(
      [...guideLanguages].sort(),
    )
  })
})

describe('the catalogue check', () => {
  const draft = { status: 'draft' } as const
  const sv = {
    language: 'sv',
    review: draft,
    messages: {
      greeting: 'Hej {name}',
      customers: { count: '{count, plural, one {# kund} other {# kunder}}' },
    },
  }

  it('passes a complete catalogue', () => {
    const fi = {
      language: 'fi',
      review: { status: 'reviewed', reviewedBy: 'native speaker', on: '2025-01-31' },
      messages: {
        greeting: 'Hei {name}',
        customers: { count: '{count, plural, one {# asiakas} other {# asiakasta}}' },
      },
    }
    expect(checkCatalogues('fixture', { sv, fi })).toEqual([])
  })

  it('catches a missing key', () => {
    const fi = { language: 'fi', review: draft, messages: { greeting: 'Hei {name}' } }
    expect(checkCatalogues('fixture', { sv, fi })).toEqual(['fixture/fi customers.count: missing'])
  })

  it('catches extra keys, empty and broken messages, other arguments and no review', () => {
    const fi = {
      language: 'fi',
      messages: {
        greeting: 'Hei {nimi}',
        customers: { count: ' ' },
        farewell: 'Näkemiin',
      },
    }
    const en = {
      language: 'en',
      review: { status: 'reviewed' },
      messages: { greeting: 'Hello {name', customers: { count: 3 } },
    }
    expect(checkCatalogues('fixture', { sv, fi, en })).toEqual([
      'fixture/fi: no review status',
      "fixture/fi greeting: ICU arguments {nimi} differ from sv's {name}",
      'fixture/fi customers.count: empty',
      'fixture/fi farewell: extra key, not in sv',
      'fixture/en: reviewed, but reviewedBy is missing',
      'fixture/en greeting: not valid ICU (EXPECT_ARGUMENT_CLOSING_BRACE)',
      'fixture/en customers.count: not a string',
    ])
  })

  it('requires the languages a feature promises', () => {
    expect(checkCatalogues('staff', { sv })).toEqual([
      'staff/fi: no catalogue',
      'staff/en: no catalogue',
    ])
  })
})
