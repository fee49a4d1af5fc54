import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'fi',
  review: { status: 'draft' },
  messages: {
    title: 'Velvollisuutesi kotoutumisasiakkaana',
    intro: 'Kotoutumisasiakkaana olet velvollinen:',
    obligations: {
      takePart: 'osallistumaan kotoutumissuunnitelmasi laatimiseen ja seurantaan',
      carryOut: 'toteuttamaan suunnitelman, joka on laadittu yhdessä kanssasi',
      attendServices:
        'hakeutumaan suunnitelmassa sovittuihin palveluihin ja osallistumaan niihin säännöllisesti',
      reportProgress: 'kertomaan kunnalle, miten olet toteuttanut suunnitelmaa',
      reportChanges:
        'kertomaan kunnalle merkittävistä muutoksista palvelutarpeessasi, elämäntilanteessasi tai muussa asiassa, joka voi vaikuttaa suunnitelmassa sovittujen tavoitteiden saavuttamiseen tai palveluihin osallistumiseen',
    },
    consequences: {
      title: 'Mitä tapahtuu, jos et noudata suunnitelmaa?',
      activeParticipation:
        'On tärkeää, että osallistut aktiivisesti. Silloin saat täyden hyödyn Pietarsaaren seudun palveluista ja tuesta.',
      benefits:
        'Jos et osallistu siihen, mistä on sovittu, se voi vaikuttaa oikeuteesi saada työttömyysetuutta tai toimeentulotukea.',
      law: 'Lain mukaan oikeutta työttömyysetuuteen voidaan rajoittaa tai perustoimeentulotukeasi alentaa esimerkiksi, jos et osallistu kotoutumissuunnitelman laatimiseen tai et noudata sitä, mitä suunnitelmassa on sovittu.',
      acts: 'Vaikutuksesta työttömyysetuuteen säädetään työttömyysturvalaissa. Vaikutuksesta toimeentulotukeen säädetään laissa toimeentulotuesta.',
    },
  },
} satisfies Catalogue<typeof sv>
