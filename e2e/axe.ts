import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

// WCAG 2.1 A and AA, as the accessibility statement promises (STYLE.md rule 8).
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const failingImpacts: ReadonlySet<string> = new Set(['serious', 'critical'])

/** Runs axe on the page as it is now and fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact != null && failingImpacts.has(violation.impact),
  )
  const report = serious.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' >> ')}`)
    return [`${violation.id} (${violation.impact}): ${violation.help}`, ...targets].join('\n')
  })
  expect(serious, `axe found serious violations on ${page.url()}:\n${report.join('\n')}`).toEqual(
    [],
  )
}
