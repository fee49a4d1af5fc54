import type { Catalogue } from '../i18n.js'

// The integration customer's five obligations and what happens if the plan
// is not followed, for the printed plan in the customer's language. Source:
// Jakobstadsregionens integrationsprogram 2025, L112–L118 (obligations) and
// L122–L124 (consequences), retold in plain language without adding to or
// taking from them. «Integrationsplan» here includes the multisectoral
// plan (L114 names both). Every other language must have exactly these keys.
export const sv = {
  title: 'Dina skyldigheter som integrationskund',
  intro: 'Som integrationskund är du skyldig att:',
  obligations: {
    // L114
    takePart: 'delta när din integrationsplan görs upp och när den följs upp',
    // L115
    carryOut: 'genomföra den plan som har gjorts upp tillsammans med dig',
    // L116
    attendServices:
      'söka dig till de tjänster som ni har kommit överens om i planen och delta i dem regelbundet',
    // L117
    reportProgress: 'berätta för kommunen hur du har genomfört planen',
    // L118
    reportChanges:
      'berätta för kommunen om stora förändringar i ditt behov av tjänster, i din livssituation eller i något annat som kan påverka om du når målen i planen eller kan delta i tjänsterna',
  },
  consequences: {
    title: 'Vad händer om du inte följer planen?',
    // L122
    activeParticipation:
      'Det är viktigt att du deltar aktivt, så att du får full nytta av tjänsterna och stödet i Jakobstadsregionen.',
    // L124, first sentence
    benefits:
      'Om du inte deltar i det som ni har kommit överens om kan det påverka din rätt till arbetslöshetsförmån eller utkomststöd.',
    // L124, second sentence
    law: 'Enligt lag kan rätten till arbetslöshetsförmån begränsas eller ditt grundläggande utkomststöd minskas, till exempel om du inte deltar när integrationsplanen görs upp eller inte följer det som har överenskommits i planen.',
    // L124, third sentence
    acts: 'Hur detta påverkar arbetslöshetsförmånen bestäms i lagen om utkomstskydd för arbetslösa. Hur det påverkar utkomststödet bestäms i lagen om utkomststöd.',
  },
} as const

export default {
  language: 'sv',
  review: { status: 'draft' },
  messages: sv,
} satisfies Catalogue<typeof sv>
