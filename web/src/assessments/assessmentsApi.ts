import { assessment, type NewAssessment } from '../../../src/shared/api/cases.schemas.js'
import { getJson, listOf, sendJson } from '../api.js'
import { customerUrl } from '../customers/customersApi.js'

// A customer's assessments (programme part 1).

const assessmentList = listOf(assessment)

export function listAssessments(customerId: string) {
  return getJson(`${customerUrl(customerId)}/assessments`, assessmentList)
}

export function addAssessment(customerId: string, body: NewAssessment) {
  return sendJson('POST', `${customerUrl(customerId)}/assessments`, body, assessment)
}
