import { formatDate } from '../format.js'
import type { MessageKey, MessageValues } from '../i18n.js'
import type { FieldIssue } from './formFailure.js'

// The server (and the shared zod schemas) explain a field in English. The
// messages it is known to send are shown in the user's language; any other
// is shown as the server wrote it, so the user still learns what to fix.

type Translation = (match: RegExpMatchArray, language: string) => [MessageKey, MessageValues?]

const known: readonly (readonly [RegExp, Translation])[] = [
  // The shared schemas (src/shared/api/cases.schemas.ts)
  [/^required$/i, () => ['forms.messages.required']],
  [/^at most (\d+) characters$/, (m) => ['forms.messages.tooLong', { max: Number(m[1]) }]],
  [/YYYY-MM-DD/, () => ['forms.messages.date']],
  [/^must be between 1900 and 2200$/, () => ['forms.messages.dateRange']],
  [/^name at least one organisation$/, () => ['forms.messages.organisationRequired']],
  [/^lists .+ twice$|^names the same relative twice$/, () => ['forms.messages.duplicate']],
  [/^must be an ISO 639 language code/, () => ['forms.messages.languageCode']],
  [/^mark at most one native language$/, () => ['forms.messages.oneNative']],
  [/^must be a phone number/, () => ['forms.messages.phone']],
  [/^must be an e-mail address$/, () => ['forms.messages.email']],
  [/^must look like DDMMYYCZZZQ/, () => ['forms.messages.identityCodeShape']],
  [/^unknown century sign/, () => ['forms.messages.identityCodeCentury']],
  [/is not a day in the calendar$/, () => ['forms.messages.identityCodeDate']],
  [/^the individual number must be/, () => ['forms.messages.identityCodeIndividual']],
  [/^the control character does not match$/, () => ['forms.messages.identityCodeControl']],
  [/^give the level of at least one skill$/, () => ['forms.messages.oneSkill']],
  [/^must be one of |^must be true or false$|^Invalid option/i, () => ['forms.messages.choose']],
  [/^unknown field$/, () => ['forms.messages.unknownField']],
  // The programme clock (src/shared/programme/plan-clock.ts)
  [
    /at most two years: (\d{4}-\d{2}-\d{2}) at the latest$/,
    (m, lang) => ['forms.messages.planTooLong', { date: formatDate(m[1], lang) }],
  ],
  [
    /^must not be before the plan starts \((\d{4}-\d{2}-\d{2})\)$/,
    (m, lang) => ['forms.messages.beforePlanStart', { date: formatDate(m[1], lang) }],
  ],
  // The customer routes (src/customers/customers.ts, customers.routes.ts)
  [/^is in the future|^must not be in the future$/, () => ['forms.messages.future']],
  [
    /^is before the birth date|^must not be before the customer's birth date$/,
    () => ['forms.messages.beforeBirth'],
  ],
  [/^gives the birth date .+, but birthDate is/, () => ['forms.messages.codeNotBirthDate']],
  [/^is the customer themself$/, () => ['forms.messages.selfLink']],
  [/^no such customer, or your organisation/, () => ['forms.messages.unknownCustomer']],
  [/^required when the responsible organisations differ/, () => ['forms.messages.reasonRequired']],
  [/^Your organisation \(.+\) would not be among/, () => ['forms.messages.ownOrganisation']],
  [/^give an interpreter language only when/, () => ['forms.messages.interpreterOnly']],
  [
    /^is before the customer was registered \((\d{4}-\d{2}-\d{2})\)$/,
    (m, lang) => ['forms.messages.beforeRegistered', { date: formatDate(m[1], lang) }],
  ],
  // The case-work routes (src/casework/casework.ts)
  [
    /^the customer's case was closed on (\S+)$/,
    (m, lang) => ['forms.messages.caseClosed', { date: formatDate(m[1], lang) }],
  ],
  [/^a multisectoral assessment is made together with/, () => ['forms.messages.multisectoral']],
  [/^a plan is drawn up after a completed assessment/, () => ['forms.messages.assessmentFirst']],
  [/^is not one of this customer's assessments$/, () => ['forms.messages.assessmentFirst']],
  [
    /^must not be before the assessment it follows was completed \((\S+)\)$/,
    (m, lang) => ['forms.messages.beforeAssessment', { date: formatDate(m[1], lang) }],
  ],
  [
    /^a plan starting on (\S+) is in force then/,
    (m, lang) => ['forms.messages.planOverlap', { date: formatDate(m[1], lang) }],
  ],
  [
    /^must fall while the plan is in force, (\S+) to (\S+)$/,
    (m, lang) => [
      'forms.messages.reviewOutsidePlan',
      { from: formatDate(m[1], lang), until: formatDate(m[2], lang) },
    ],
  ],
  [/^must be at most a year ahead$/, () => ['forms.messages.yearAhead']],
  [/^must not be before startedOn$/, () => ['forms.messages.endBeforeStart']],
  [/^an interrupted participation ends on the day/, () => ['forms.messages.interruptedEnd']],
  [/^say why the participation was interrupted$/, () => ['forms.messages.interruptionReason']],
  [/^only for an interrupted participation$/, () => ['forms.messages.onlyInterrupted']],
]

/** The issue in the user's language where it is a known message, else the server's words. */
export function issueText(
  issue: FieldIssue,
  t: (key: MessageKey, values?: MessageValues) => string,
  language: string,
): string {
  if ('key' in issue) return t(issue.key, issue.values)
  for (const [pattern, translate] of known) {
    const match = issue.message.match(pattern)
    if (match) return t(...translate(match, language))
  }
  return issue.message
}
