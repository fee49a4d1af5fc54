import { direction, type GuideLanguage } from '../../../src/shared/i18n/i18n.js'
import { obligationCatalogues } from '../../../src/shared/i18n/obligations/index.js'

const obligationKeys = [
  'takePart',
  'carryOut',
  'attendServices',
  'reportProgress',
  'reportChanges',
] as const

/**
 * The customer's five obligations (L114–L118) and what happens if the plan
 * is not followed (L122–L124), in one language, marked with its `lang` and
 * direction so screen readers, fonts and the printout get it right.
 */
export function Obligations({ language, qa }: { language: GuideLanguage; qa: string }) {
  const { messages } = obligationCatalogues[language]
  return (
    <section className="obligations" lang={language} dir={direction(language)} data-qa={qa}>
      <h2>{messages.title}</h2>
      <p>{messages.intro}</p>
      <ol className="obligations__list">
        {obligationKeys.map((key) => (
          <li key={key}>{messages.obligations[key]}</li>
        ))}
      </ol>
      <h3>{messages.consequences.title}</h3>
      <p>{messages.consequences.activeParticipation}</p>
      <p>{messages.consequences.benefits}</p>
      <p>{messages.consequences.law}</p>
      <p>{messages.consequences.acts}</p>
    </section>
  )
}
