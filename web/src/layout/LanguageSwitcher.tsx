import { ToggleButton, ToggleButtonGroup } from 'react-aria-components'
import { isStaffLanguage } from '../../../src/shared/i18n/i18n.js'
import { staffLanguageCatalogues, useI18n } from '../i18n.js'

/** One button per staff language, each named in its own language. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n()
  return (
    <ToggleButtonGroup
      className="language-switcher"
      data-qa="language-switcher"
      aria-label={t('language.switcherLabel')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[language]}
      onSelectionChange={(keys) => {
        const [next] = keys
        if (typeof next === 'string' && isStaffLanguage(next)) setLanguage(next)
      }}
    >
      {staffLanguageCatalogues.map(({ language: option, catalogue }) => (
        <ToggleButton
          key={option}
          id={option}
          lang={option}
          className="language-switcher__option"
          data-qa={`language-${option}`}
        >
          {catalogue.messages.language.name}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  )
}
