import { useId, useState } from 'react'
import { Button, Input, Label, SearchField } from 'react-aria-components'
import type { CustomerSummary } from '../../../src/shared/api/cases.schemas.js'
import { formatDate } from '../format.js'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { searchCustomers } from './customersApi.js'

/**
 * Finds a customer by name, identity code or birth date and hands the chosen
 * one to `onPick`. Inside another form, so it searches on its own button
 * (and Enter in its field) without submitting that form.
 */
export function CustomerPicker({
  exclude,
  onPick,
}: {
  exclude: ReadonlySet<string>
  onPick: (customer: CustomerSummary) => void
}) {
  const { t, language } = useI18n()
  const [query, setQuery] = useState('')
  const [pending, setPending] = useState(false)
  const [found, setFound] = useState<CustomerSummary[] | null>(null)
  const [failed, setFailed] = useState(false)
  const resultsId = useId()

  async function search() {
    if (pending || query.trim() === '') return
    setPending(true)
    setFailed(false)
    try {
      const page = await searchCustomers({ q: query.trim(), limit: 10 })
      setFound(page.items.filter((c) => !exclude.has(c.id)))
    } catch {
      setFailed(true)
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="picker">
      <SearchField
        className="field"
        value={query}
        onChange={setQuery}
        onSubmit={() => void search()}
        aria-describedby={resultsId}
      >
        <Label className="field__label">{t('customers.picker.label')}</Label>
        <Input className="field__input" data-qa="family-link-search" />
      </SearchField>
      <PendingButton
        className="button button--secondary"
        pending={pending}
        onPress={search}
        data-qa="family-link-search-button"
      >
        {t('customers.picker.search')}
      </PendingButton>
      <div id={resultsId} aria-live="polite">
        {failed && <p className="field__error">{t('customers.picker.failed')}</p>}
        {found && found.length === 0 && <p>{t('customers.picker.none')}</p>}
      </div>
      {found && found.length > 0 && (
        <ul className="picker__results">
          {found.map((customer) => (
            <li key={customer.id}>
              <Button
                className="button button--link"
                onPress={() => {
                  onPick(customer)
                  setFound(null)
                  setQuery('')
                }}
              >
                {t('customers.picker.choose', {
                  name: `${customer.firstName} ${customer.lastName}`,
                  born: formatDate(customer.birthDate, language),
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
