import { Button } from 'react-aria-components'
import { familyRelations } from '../../../src/shared/api/cases.schemas.js'
import { SelectInput } from '../forms/choiceFields.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { useI18n } from '../i18n.js'
import { CustomerPicker } from './CustomerPicker.js'
import type { CustomerFormValues } from './customerFormValues.js'

type FamilyLinks = CustomerFormValues['familyLinks']

/** Links to family members who are customers too, found by a search. */
export function FamilyLinksField({
  value,
  onChange,
  selfId,
}: {
  value: FamilyLinks
  onChange: (value: FamilyLinks) => void
  /** The customer being edited, who cannot be their own relative. */
  selfId?: string
}) {
  const { t } = useI18n()
  const relationOptions = familyRelations.map((id) => ({
    id,
    label: t(`customers.relations.${id}`),
  }))
  const taken = new Set([...value.map((link) => link.customerId), ...(selfId ? [selfId] : [])])

  return (
    <FieldGroup
      name="familyLinks"
      legend={t('customers.form.familyLinks')}
      description={t('customers.form.familyLinksHelp')}
      qa="customer-family-links"
    >
      {value.length > 0 && (
        <ul className="repeat-list">
          {value.map((link, index) => (
            <li className="repeat-row" key={link.customerId} data-qa="family-link-row">
              <p className="repeat-row__title">{link.name}</p>
              <SelectInput
                name={`familyLinks.${index}.relation`}
                label={t('customers.form.relation', { name: link.name })}
                options={relationOptions}
                value={link.relation}
                isRequired
                onChange={(relation) =>
                  onChange(value.map((l, i) => (i === index ? { ...l, relation } : l)))
                }
              />
              <Button
                className="button button--link"
                onPress={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('customers.form.removeFamilyLink', { name: link.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <CustomerPicker
        exclude={taken}
        onPick={(picked) =>
          onChange([
            ...value,
            { customerId: picked.id, name: `${picked.firstName} ${picked.lastName}`, relation: '' },
          ])
        }
      />
    </FieldGroup>
  )
}
