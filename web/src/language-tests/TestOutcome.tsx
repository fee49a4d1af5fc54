import {
  type CefrLevel,
  compareCefr,
  integrationTrainingTargetLevel,
  lowestCefr,
} from '../../../src/shared/programme/definitions.js'
import { useI18n } from '../i18n.js'

/**
 * The lowest skill's level and whether it reaches B1.1, the aim of
 * integration training (L224) and the follow-up metric (L244).
 */
export function TestOutcome({
  levels,
  lowest = lowestCefr(levels),
  reached = lowest !== undefined && compareCefr(lowest, integrationTrainingTargetLevel) >= 0,
}: {
  levels: readonly CefrLevel[]
  lowest?: CefrLevel | undefined
  reached?: boolean
}) {
  const { t } = useI18n()
  if (!lowest) return null
  return (
    <p className={reached ? 'outcome outcome--reached' : 'outcome'}>
      <span data-qa="language-test-lowest">{t('languageTests.lowest', { level: lowest })}</span>{' '}
      <span data-qa="language-test-reached">
        {reached
          ? t('languageTests.reached', { target: integrationTrainingTargetLevel })
          : t('languageTests.notReached', { target: integrationTrainingTargetLevel })}
      </span>
    </p>
  )
}
