// The organisations of the programme. The first four are the contract's
// (`org`, `responsible[]`) and are the organisations Porten's users belong to;
// Kela and Migri are named in part 6 (L415, L416) and are referral targets.
// Organisational contacts only: never a named person's details.

export const staffOrganisationIds = [
  'integration-unit',
  'employment-jakobstad',
  'employment-ostrobothnia',
  'wellbeing-ostrobothnia',
] as const
export type StaffOrganisationId = (typeof staffOrganisationIds)[number]

export const organisationIds = [...staffOrganisationIds, 'kela', 'migri'] as const
export type OrganisationId = (typeof organisationIds)[number]

export interface Organisation {
  readonly id: OrganisationId
  readonly name: { readonly sv: string; readonly fi: string; readonly en: string }
  readonly staff: boolean
}

export const organisations: readonly Organisation[] = [
  {
    id: 'integration-unit',
    staff: true,
    name: {
      sv: 'Integrationsenheten, Jakobstad',
      fi: 'Kotoutumisyksikkö, Pietarsaari',
      en: 'Integration Unit, City of Jakobstad',
    },
  },
  {
    id: 'employment-jakobstad',
    staff: true,
    name: {
      sv: 'Jakobstadsregionens sysselsättningsområde',
      fi: 'Pietarsaaren seudun työllisyysalue',
      en: 'Jakobstad Region Employment Area',
    },
  },
  {
    id: 'employment-ostrobothnia',
    staff: true,
    name: {
      sv: 'Österbottens sysselsättningsområde',
      fi: 'Pohjanmaan työllisyysalue',
      en: 'Ostrobothnia Employment Area',
    },
  },
  {
    id: 'wellbeing-ostrobothnia',
    staff: true,
    name: {
      sv: 'Österbottens välfärdsområde',
      fi: 'Pohjanmaan hyvinvointialue',
      en: 'Wellbeing Services County of Ostrobothnia',
    },
  },
  {
    id: 'kela',
    staff: false,
    name: { sv: 'FPA', fi: 'Kela', en: 'Kela (Social Insurance Institution)' },
  },
  {
    id: 'migri',
    staff: false,
    name: { sv: 'Migrationsverket', fi: 'Maahanmuuttovirasto', en: 'Finnish Immigration Service' },
  },
]

export function isStaffOrganisationId(value: string): value is StaffOrganisationId {
  return (staffOrganisationIds as readonly string[]).includes(value)
}

export function organisation(id: OrganisationId): Organisation {
  const found = organisations.find((o) => o.id === id)
  if (!found) throw new Error(`unknown organisation ${id}`)
  return found
}

export const roles = ['admin', 'counselor', 'front-desk', 'manager'] as const
export type Role = (typeof roles)[number]

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}
