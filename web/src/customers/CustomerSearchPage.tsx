import { type FormEvent, useEffect, useId, useState } from 'react'
import { Button, Form, Input, Label, SearchField, Text } from 'react-aria-components'
import { Link, useSearchParams } from 'react-router'
import type { CustomerSummary } from '../../../src/shared/api/cases.schemas.js'
import { municipalities } from '../../../src/shared/programme/definitions.js'
import { formatDate } from '../format.js'
import { type FormFailure, formFailure } from '../forms/formFailure.js'
import { useI18n } from '../i18n.js'
import { LoadFailure } from '../layout/LoadFailure.js'
import { PendingButton } from '../layout/PendingButton.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { searchCustomers } from './customersApi.js'

const pageSize = 25

type Results =
  | { readonly state: 'idle' | 'searching' }
  | { readonly state: 'found'; readonly items: CustomerSummary[]; readonly next: string | null }
  | { readonly state: 'failed'; readonly failure: FormFailure }

/**
 * /customers: search by name, identity code or birth date. The query lives
 * in the address (?q=), so Back returns to the same results. The count is
 * announced politely; "more results" continues from the API's cursor.
 */
export function CustomerSearchPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('customers.search.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const headingId = useId()
  const [params, setParams] = useSearchParams()
  const query = params.get('q') ?? ''
  const [typed, setTyped] = useState(query)
  const [results, setResults] = useState<Results>({ state: 'idle' })
  const [loadingMore, setLoadingMore] = useState(false)

  // Back and Forward change the query: the field follows.
  useEffect(() => setTyped(query), [query])

  useEffect(() => {
    let current = true
    setResults({ state: 'searching' })
    searchCustomers({ q: query, limit: pageSize }).then(
      (page) => current && setResults({ state: 'found', items: page.items, next: page.next }),
      (error: unknown) => current && setResults({ state: 'failed', failure: formFailure(error) }),
    )
    return () => {
      current = false
    }
  }, [query])

  function search(event: FormEvent) {
    event.preventDefault()
    setParams(typed.trim() ? { q: typed.trim() } : {})
  }

  async function more() {
    if (results.state !== 'found' || !results.next || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await searchCustomers({ q: query, cursor: results.next, limit: pageSize })
      setResults({ state: 'found', items: [...results.items, ...page.items], next: page.next })
    } catch (error) {
      setResults({ state: 'failed', failure: formFailure(error) })
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <div className="page" data-qa="customer-search">
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('customers.search.heading')}
      </h1>
      <Form className="search-form" role="search" aria-labelledby={headingId} onSubmit={search}>
        <SearchField className="field search-form__field" value={typed} onChange={setTyped}>
          <Label className="field__label">{t('customers.search.label')}</Label>
          <Text slot="description" className="field__description">
            {t('customers.search.help')}
          </Text>
          <Input className="field__input" data-qa="customer-search-input" />
        </SearchField>
        <Button type="submit" className="button button--primary" data-qa="customer-search-submit">
          {t('customers.search.submit')}
        </Button>
      </Form>

      <p className="search-status" role="status" data-qa="customer-search-count">
        {results.state === 'searching' && t('customers.search.searching')}
        {results.state === 'found' &&
          (results.next
            ? t('customers.search.countMore', { count: results.items.length })
            : t('customers.search.count', { count: results.items.length }))}
      </p>
      {results.state === 'failed' &&
        (results.failure.kind === 'invalid' ? (
          <p className="notice notice--error" role="alert" data-qa="customer-search-invalid">
            {t('customers.search.invalid')}
          </p>
        ) : (
          <LoadFailure failure={results.failure} />
        ))}

      {results.state === 'found' && results.items.length > 0 && (
        <>
          <table className="table" data-qa="customer-search-results">
            <caption className="visually-hidden">{t('customers.search.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('customers.fields.name')}</th>
                <th scope="col">{t('customers.fields.birthDate')}</th>
                <th scope="col">{t('customers.fields.municipality')}</th>
                <th scope="col">{t('customers.fields.status')}</th>
              </tr>
            </thead>
            <tbody>
              {results.items.map((customer) => (
                <tr key={customer.id} data-qa="customer-row">
                  <th scope="row">
                    <Link to={`/customers/${customer.id}`}>
                      {customer.lastName}, {customer.firstName}
                    </Link>
                  </th>
                  <td>{formatDate(customer.birthDate, language)}</td>
                  <td>{municipalities[customer.municipality].name[language]}</td>
                  <td>
                    {customer.closedOn
                      ? t('customers.status.closed', {
                          date: formatDate(customer.closedOn, language),
                        })
                      : t('customers.status.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {results.next && (
            <PendingButton
              className="button button--secondary"
              data-qa="customer-search-more"
              pending={loadingMore}
              onPress={more}
            >
              {loadingMore ? t('customers.search.loadingMore') : t('customers.search.more')}
            </PendingButton>
          )}
        </>
      )}
    </div>
  )
}
