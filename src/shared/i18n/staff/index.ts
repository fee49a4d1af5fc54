import en from './en.js'
import fi from './fi.js'
import sv from './sv.js'

/** The staff application's catalogues, one per staff language. */
export const staffCatalogues = { sv, fi, en }
