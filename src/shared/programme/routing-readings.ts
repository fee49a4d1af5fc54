import type { Bilingual } from './routing-basis.js'

// Porten's readings of the programme where it does not answer a routing
// question in so many words (rules.md §e.1 cells marked [I] or [?]). Each
// note names its lines and, for an ambiguity, its AMB id and the setting.

function reading(sv: string, en: string): Bilingual {
  return { sv, en }
}

export const readings = {
  overlapCaseConference: reading(
    'Programmet ger bedömningen både till sysselsättningsområdet (L151) och till integrationsenheten (L149) utan att säga vilket som går före (AMB-04). Sysselsättningsområdet ansvarar och ärendet tas upp på ett gemensamt möte.',
    'The programme gives the assessment both to the employment area (L151) and to the Integration Unit (L149) without saying which comes first (AMB-04). The employment area is responsible and the case goes to a case conference.',
  ),
  overlapEmploymentArea: reading(
    'Programmet ger bedömningen både till sysselsättningsområdet (L151) och till integrationsenheten (L149) (AMB-04). Enligt inställningen ansvarar sysselsättningsområdet.',
    'The programme gives the assessment both to the employment area (L151) and to the Integration Unit (L149) (AMB-04). By the setting, the employment area is responsible.',
  ),
  overlapJoint: reading(
    'Programmet ger bedömningen både till sysselsättningsområdet (L151) och till integrationsenheten (L149) (AMB-04). Enligt inställningen ansvarar båda.',
    'The programme gives the assessment both to the employment area (L151) and to the Integration Unit (L149) (AMB-04). By the setting, both are responsible.',
  ),
  jobSeekerNotUnemployedEmploymentArea: reading(
    'Arbetssökande hör till arbetskraftsmyndigheten (L94, L182), men bedömningen nämns bara för arbetslösa arbetssökande (L151). En arbetssökande som inte är arbetslös följer arbetskraftsmyndighetens ansvar (AMB-01).',
    'Job seekers belong to the employment authority (L94, L182), but the assessment is named only for unemployed job seekers (L151). A job seeker who is not unemployed follows the employment authority (AMB-01).',
  ),
  jobSeekerNotUnemployedCaseConference: reading(
    'Programmet säger inte vem som ansvarar för en arbetssökande som inte är arbetslös (AMB-01); ärendet tas upp på ett gemensamt möte.',
    'The programme does not say who is responsible for a job seeker who is not unemployed (AMB-01); the case goes to a case conference.',
  ),
  jobSeekerNotUnemployedIntegrationUnit: reading(
    'Bedömningen nämns bara för arbetslösa arbetssökande (L151); enligt inställningen behandlas en arbetssökande som inte är arbetslös som övriga invandrare, som kommunen ansvarar för (L94, AMB-01).',
    'The assessment is named only for unemployed job seekers (L151); by the setting, a job seeker who is not unemployed is treated like other immigrants, for whom the municipality is responsible (L94, AMB-01).',
  ),
  otherImmigrantsIntegrationUnit: reading(
    'Programmet nämner ingen som bedömer invandrare utanför de uppräknade grupperna (AMB-05). Kommunen ansvarar för övriga invandrare (L94), och integrationsenheten sköter kommunernas integrationsuppgifter (L46).',
    'The programme names no one to assess immigrants outside the listed groups (AMB-05). The municipality is responsible for other immigrants (L94), and the Integration Unit carries out the municipalities’ integration duties (L46).',
  ),
  otherImmigrantsNotOffered: reading(
    'Programmet nämner ingen bedömning för invandrare utanför de uppräknade grupperna (AMB-05); enligt inställningen erbjuds ingen.',
    'The programme names no assessment for immigrants outside the listed groups (AMB-05); by the setting none is offered.',
  ),
  unemployedPlanOwner: reading(
    'Jakobstadsregionens sysselsättningsområde nämns utan kommun (L186); liksom bedömningen (L151) gäller det arbetslösa arbetssökande i de fyra övriga kommunerna (AMB-15).',
    'The Jakobstad Region Employment Area is named without a municipality (L186); like the assessment (L151), it covers unemployed job seekers in the four other municipalities (AMB-15).',
  ),
  multisectoralPlan: reading(
    'En sektorövergripande integrationsplan görs av integrationsenheten med välfärdsområdet, som vid den sektorövergripande bedömningen (L149, L186).',
    'A multisectoral integration plan is made by the Integration Unit with the wellbeing services county, as in the multisectoral assessment (L149, L186).',
  ),
  integrationUnitPlan: reading(
    'Kommunens ansvar för övriga invandrare (L94) sköts av integrationsenheten, som också följer upp planen (L190).',
    'The municipality’s responsibility for other immigrants (L94) is carried out by the Integration Unit, which also follows up the plan (L190).',
  ),
  nonCustomersAsCustomers: reading(
    'Programmet anger vem som ordnar tjänsten bara för integrationskunder; personer utan giltig plan hänvisas på samma sätt (AMB-09).',
    'The programme says who arranges the service only for integration customers; people without a valid plan are sent the same way (AMB-09).',
  ),
  nonCustomerCaseConference: reading(
    'Personen är inte integrationskund (L100), och programmet anger vem som ordnar tjänsten bara för integrationskunder (AMB-09); ärendet tas upp på ett gemensamt möte.',
    'The person is not an integration customer (L100), and the programme says who arranges the service only for integration customers (AMB-09); the case goes to a case conference.',
  ),
  employmentPlanNotCounted: reading(
    'En sysselsättningsplan räknas enligt inställningen inte som integrationsplan (AMB-03), så personen är inte integrationskund (L100); ärendet tas upp på ett gemensamt möte.',
    'By the setting an employment plan does not count as an integration plan (AMB-03), so the person is not an integration customer (L100); the case goes to a case conference.',
  ),
  jointSplit: reading(
    'Programmet nämner sysselsättningsområdet och integrationsenheten tillsammans (AMB-10); enligt inställningen ordnar sysselsättningsområdet tjänsten för arbetslösa arbetssökande och integrationsenheten för övriga.',
    'The programme names the employment area and the Integration Unit together (AMB-10); by the setting the employment area arranges the service for unemployed job seekers and the Integration Unit for others.',
  ),
  nykarlebyTrainingWithIntegrationUnit: reading(
    'För övriga integrationskunder i Nykarleby nämns bara sysselsättningsområdet (L230), men integrationsenheten i de andra kommunerna (L228); enligt inställningen ordnar båda (AMB-11).',
    'For other integration customers in Nykarleby only the employment area is named (L230), but the Integration Unit is in the other municipalities (L228); by the setting both arrange it (AMB-11).',
  ),
  unemployedTrainingUnconditional: reading(
    'Kravet på ett bedömt behov gäller «andra invandrare»; arbetslösa arbetssökande erbjuds utbildningen utan det (L228, AMB-12).',
    'The assessed-need condition qualifies "other immigrants"; unemployed job seekers are offered the training without it (L228, AMB-12).',
  ),
  unemployedTrainingNeedsAssessment: reading(
    'Enligt inställningen gäller kravet på ett bedömt behov också arbetslösa arbetssökande (L228, AMB-12).',
    'By the setting, the assessed-need condition applies to unemployed job seekers too (L228, AMB-12).',
  ),
  minorNotAdult: reading('Personen är inte vuxen (L202).', 'The person is not an adult (L202).'),
  windowClosed: reading(
    'Varken ankomsten eller uppehållstillståndet ligger inom tidsfristen (L202, AMB-09).',
    'Neither the arrival nor the residence permit is within the time limit (L202, AMB-09).',
  ),
  datesMissing: reading(
    'Ankomstdag och datum för uppehållstillstånd saknas; utan dem kan rätten inte avgöras (L202).',
    'The arrival date and residence permit date are missing; without them eligibility cannot be settled (L202).',
  ),
  notNewcomer: reading(
    'Personen flyttade till Finland för längre sedan än vad som räknas som nyligen (AMB-28).',
    'The person moved to Finland longer ago than counts as recently (AMB-28).',
  ),
  arrivalUnknownNewcomer: reading(
    'Ankomstdagen är okänd; lågtröskeltjänsten erbjuds ändå (AMB-28).',
    'The arrival date is unknown; the low-threshold service is offered all the same (AMB-28).',
  ),
  arrivalUnknownNotNewcomer: reading(
    'Ankomstdagen är okänd; enligt inställningen räknas personen då inte som nyanländ (AMB-28).',
    'The arrival date is unknown; by the setting the person then does not count as a newcomer (AMB-28).',
  ),
  otherServicesCoordinator: reading(
    'Tjänsterna ges av kommunerna, institut och föreningar (L258); av kontraktets organisationer anges integrationsenheten, som följer upp samarbetet (L389).',
    'The services are given by the municipalities, institutes and associations (L258); of the contract’s organisations the Integration Unit is named, as it follows up the cooperation (L389).',
  ),
  guidanceAuthorities: reading(
    'Kommunen är integrationsenheten, Arbetsförmedlingen är kommunens sysselsättningsområde och Vårdsområdet är välfärdsområdet (L412–L414, AMB-17). FPA och Migrationsverket (L415, L416) är hänvisningsmål.',
    'The municipality is the Integration Unit, the employment office is the municipality’s employment area and the care area is the wellbeing services county (L412, L413, L414, AMB-17). Kela and Migri (L415, L416) are referral targets.',
  ),
} as const satisfies Record<string, Bilingual>
