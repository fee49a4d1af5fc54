// Verbatim sentences of the programme (original-sv.txt) that routing answers
// rest on, each with an English rendering and its line. `programme-text.test.ts`
// checks that every Swedish text occurs on its line of the source.

export interface ProgrammeQuote {
  readonly sv: string
  readonly en: string
  readonly line: string
}

function quote(line: string, sv: string, en: string): ProgrammeQuote {
  return { sv, en, line }
}

export const programmeText = {
  employmentAuthorityForJobSeekers: quote(
    'L94',
    'Arbetskraftsmyndigheten ansvarar för ordnandet av tjänster för arbetssökande invandrare enligt integrationsprogrammet.',
    'The employment authority is responsible for arranging services under the integration programme for job-seeking immigrants.',
  ),
  municipalityForOthers: quote(
    'L94',
    'Kommunen ansvarar för ordnandet av tjänster för andra invandrare och integrationskunder.',
    'The municipality is responsible for arranging services for other immigrants and integration customers.',
  ),
  integrationCustomer: quote(
    'L100',
    'Med en integrationskund avses en invandrare som har en giltig integrationsplan eller sektorövergripande integrationsplan.',
    'An integration customer is an immigrant who has a valid integration plan or multisectoral integration plan.',
  ),
  integrationUnitAssesses: quote(
    'L149',
    'Integrationsenheten ansvarar för bedömning för de som fått internationellt skydd, utkomststöd annat än tillfälligt, hemvårdsstöd, minderåriga utan vårdnadshavare och människohandelsoffer.',
    'The Integration Unit is responsible for the assessment of those who have received international protection, social assistance other than temporary or home care allowance, and of unaccompanied minors and victims of human trafficking.',
  ),
  integrationUnitWithWellbeing: quote(
    'L149',
    'Integrationsenheten samarbetar med Österbottens välfärdsområde för att bedöma behovet av tjänster för kvotflyktingar, minderåriga utan vårdnadshavare, människohandelsoffer, de som får utkomststöd och andra vars tjänster kräver samordning.',
    'The Integration Unit cooperates with the Ostrobothnia wellbeing services county to assess the service needs of quota refugees, unaccompanied minors, victims of human trafficking, those receiving social assistance and others whose services require coordination.',
  ),
  jakobstadAreaAssesses: quote(
    'L151',
    'Jakobstadsregionens sysselsättningsområde utför servicebedömningar för arbetslösa arbetssökanden i Jakobstad, Kronoby, Larsmo och Pedersöre',
    'The Jakobstad Region Employment Area carries out service assessments for unemployed job seekers in Jakobstad, Kronoby, Larsmo and Pedersöre.',
  ),
  ostrobothniaAreaAssesses: quote(
    'L151',
    'för arbetslösa arbetssökanden i Nykarleby utförs servicebedömningarna av Österbottens sysselsättningsområde.',
    'For unemployed job seekers in Nykarleby, the service assessments are carried out by the Ostrobothnia Employment Area.',
  ),
  multisectoralWithWellbeing: quote(
    'L155',
    'Behovet av social- och hälsovård samt rehabilitering utreds vid en sektorövergripande bedömning tillsammans med Österbottens välfärdsområde.',
    'The need for social and health care and rehabilitation is examined in a multisectoral assessment together with the Ostrobothnia wellbeing services county.',
  ),
  educationUnder25: quote(
    'L173',
    'Fokus ligger på sysselsättning, förutom för personer under 25 år, för vilka det främsta målet ska vara att avlägga utbildning på andra stadiet eller högre.',
    'The focus is on employment, except for persons under 25, whose main goal shall be an upper-secondary or higher qualification.',
  ),
  planAfterAssessment: quote(
    'L177',
    'De personer som redan fått en servicebedömning av kompetens och behov av integrationstjänster.',
    'Persons who have already received a service assessment of competence and need for integration services.',
  ),
  employmentPlanReplaces: quote(
    'L182',
    'För arbetssökande ersätts integrationsplanen med en sysselsättningsplan.',
    'For job seekers, the integration plan is replaced by an employment plan.',
  ),
  planAuthorities: quote(
    'L186',
    'Jakobstadsregionens sysselsättningsområde, Integrationsenheten i Jakobstadsregionen, Österbottens välfärdsområde samt Österbottens sysselsättningsområde för arbetslösa arbetssökanden bosatta i Nykarleby.',
    'The Jakobstad Region Employment Area, the Integration Unit, the Ostrobothnia wellbeing services county, and the Ostrobothnia Employment Area for unemployed job seekers living in Nykarleby.',
  ),
  planFollowUpByIntegrationUnit: quote(
    'L190',
    'Integrationsenheten följer upp integrationsplanen om det sker förändringar i integrationskundens servicebehov eller livssituation, eller om integrationskunden begär det.',
    "The Integration Unit follows up the integration plan if the customer's service needs or life situation change, or if the customer asks for it.",
  ),
  planValidity: quote(
    'L190',
    'Integrationsplanen är i kraft högst två år.',
    'The integration plan is in force for at most two years.',
  ),
  planReview: quote(
    'L190',
    'Integrationsplanen ska dock ses över minst var sjätte månad.',
    'The integration plan must, however, be reviewed at least every six months.',
  ),
  planFollowUpByEmploymentAreas: quote(
    'L190',
    'Jakobstadsregionens sysselsättningsområde och Österbottens sysselsättningsområde följer upp arbetslösa arbetssökandes integrationsplaner.',
    'The two employment areas follow up the integration plans of unemployed job seekers.',
  ),
  civicOrientationForWhom: quote(
    'L202',
    'Alla vuxna invandrare som nyligen flyttat till Finland eller som fått sitt uppehållstillstånd inom 3 år.',
    'All adult immigrants who have recently moved to Finland or who have received their residence permit within 3 years.',
  ),
  civicOrientationFourMunicipalities: quote(
    'L202',
    'Integrationskunder bosatta i Jakobstad, Kronoby, Larsmo eller Pedersöre får sin samhällsorientering via Jakobstadsregionens sysselsättningsområde och integrationsenheten.',
    'Integration customers living in Jakobstad, Kronoby, Larsmo or Pedersöre receive their civic orientation through the Jakobstad Region Employment Area and the Integration Unit.',
  ),
  civicOrientationNykarlebyUnemployed: quote(
    'L204',
    'Integrationskunder som är arbetslösa arbetssökanden och bosatta i Nykarleby får sin flerspråkiga samhällsorientering av Österbottens sysselsättningsområde (bilaga 1).',
    'Integration customers who are unemployed job seekers living in Nykarleby receive their civic orientation from the Ostrobothnia Employment Area (Appendix 1).',
  ),
  civicOrientationNykarlebyOthers: quote(
    'L204',
    'Övriga integrationskunder bosatta i Nykarleby får sin flerspråkiga samhällsorientering via Jakobstadsregionens sysselsättningsområde och integrationsenheten.',
    'Other integration customers living in Nykarleby receive their civic orientation through the Jakobstad Region Employment Area and the Integration Unit.',
  ),
  trainingForWhom: quote(
    'L228',
    'Integrationsutbildningen erbjuds för arbetslösa arbetssökande och för andra invandrare som i servicebedömningen eller den sektorövergripande servicebedömningen anses ha behov av integrationsutbildning.',
    'Integration training is offered to unemployed job seekers and to other immigrants whom the service assessment or multisectoral service assessment finds to need it.',
  ),
  trainingFourMunicipalities: quote(
    'L228',
    'Utbildningen ordnas för integrationskunder bosatta i Jakobstad, Kronoby, Larsmo och Pedersöre av Jakobstadsregionens sysselsättningsområde och integrationsenheten.',
    'For integration customers living in Jakobstad, Kronoby, Larsmo and Pedersöre, the training is arranged by the Jakobstad Region Employment Area and the Integration Unit.',
  ),
  trainingNykarlebyUnemployed: quote(
    'L230',
    'Integrationskunder som är arbetslösa arbetssökanden och bosatta i Nykarleby får sin integrationsutbildning via Österbottens sysselsättningsområde (bilaga 1).',
    'Integration customers who are unemployed job seekers living in Nykarleby receive their integration training through the Ostrobothnia Employment Area (Appendix 1).',
  ),
  trainingNykarlebyOthers: quote(
    'L230',
    'Övriga integrationskunder bosatta i Nykarleby får sin integrationsutbildning via Jakobstadsregionens sysselsättningsområde.',
    'Other integration customers living in Nykarleby receive their integration training through the Jakobstad Region Employment Area.',
  ),
  otherServicesForWhom: quote(
    'L256',
    'Alla nyanlända i Jakobstadsregionens kommuner.',
    'All newcomers in the municipalities of the Jakobstad region.',
  ),
  otherServicesActors: quote(
    'L258',
    'Ansvariga myndigheter eller aktörer: Jakobstadsregionens kommuner, arbetar- och medborgarinstitut, föreningar och frivilliga nätverk.',
    "Responsible authorities or actors: the region's municipalities, adult education institutes, associations and volunteer networks.",
  ),
  otherServicesFollowUp: quote(
    'L389',
    'Uppföljning: Integrationsenheten följer upp och utvärderar samarbetet via enhetens samarbetsnätverk.',
    "Follow-up: the Integration Unit follows up and evaluates the cooperation through the unit's network.",
  ),
  guidanceDuty: quote(
    'L395',
    'Enligt förvaltningslagen har myndigheterna en lagstadgad skyldighet att ge vägledning och rådgivning inom sitt ansvarsområde.',
    'Under the Administrative Procedure Act, authorities must give guidance and advice within their area of responsibility.',
  ),
  guidanceForWhom: quote(
    'L399',
    'Alla invandrare som nyligen flyttat till Finland, oberoende orsak till flytten.',
    'All immigrants who have recently moved to Finland, whatever the reason for the move.',
  ),
  integrationsporten: quote(
    'L403',
    'Jakobstadsregionens infopunkt, Integrationsporten, erbjuder allmän information och rådgivning om olika kommunala tjänster.',
    "The region's info point, Integrationsporten, offers general information and advice about municipal services.",
  ),
  guidanceMunicipality: quote(
    'L412',
    'Kommunen: erbjuder grundläggande service och kommunala integrationsfrämjande tjänster',
    'The municipality: offers basic services and municipal integration services.',
  ),
  guidanceEmployment: quote(
    'L413',
    'Arbetsförmedlingen: ansvarig för arbetskraftsservice',
    'The employment office: responsible for employment services.',
  ),
  guidanceWellbeing: quote(
    'L414',
    'Vårdsområdet: tillhandahåller social- och hälsovårdstjänster samt förebyggande och kompletterande ekonomiskt stöd',
    'The wellbeing services county: provides social and health services and preventive and supplementary financial support.',
  ),
} as const satisfies Record<string, ProgrammeQuote>

export type ProgrammeQuoteId = keyof typeof programmeText
