import type { z } from 'zod'
import { languageTest, type newLanguageTest } from '../../../src/shared/api/cases.schemas.js'
import { getJson, listOf, sendJson } from '../api.js'
import { customerUrl } from '../customers/customersApi.js'

// The final language test of integration training (programme part 4).

export type LanguageTest = z.infer<typeof languageTest>
export type NewLanguageTest = z.input<typeof newLanguageTest>

const languageTestList = listOf(languageTest)

export function listLanguageTests(customerId: string) {
  return getJson(`${customerUrl(customerId)}/language-tests`, languageTestList)
}

export function addLanguageTest(customerId: string, body: NewLanguageTest) {
  return sendJson('POST', `${customerUrl(customerId)}/language-tests`, body, languageTest)
}
