import type { Messages } from '../../i18n.js'
import type { workQueue as sv } from './sv.js'

export const workQueue = {
  workQueue: {
    title: 'Työjono',
    heading: 'Työjono',
    today: 'Tilanne {date}.',
    count: '({count, plural, one {# asia} other {# asiaa}})',
    empty: 'Täällä ei ole nyt mitään tehtävää.',
    born: 'syntynyt {date}',
    groundsLabel: 'Peruste: {grounds}',
    grounds: {
      'recently-arrived': 'muuttanut äskettäin Suomeen',
      'recent-residence-permit': 'saanut oleskeluluvan viimeisen kolmen vuoden aikana',
    },
    openCustomer: 'Asiakkaan sivu: {name}',
    kinds: {
      'review-overdue': 'Myöhässä olevat suunnitelmien tarkistukset',
      'review-due': 'Suunnitelmat, jotka tarkistetaan 30 päivän kuluessa',
      'plan-expiring': 'Pian päättyvät suunnitelmat',
      'assessment-without-plan': 'Arvioitu yli 30 päivää sitten, ei suunnitelmaa',
      'civic-orientation-closing': 'Yhteiskuntaorientaation aika päättyy pian',
      'case-conference': 'Yhteistyöpalaveriin vietävät asiat',
    },
    explanations: {
      'review-overdue':
        'Tarkistus olisi pitänyt tehdä jo. Suunnitelma tarkistetaan vähintään kuuden kuukauden välein.',
      'review-due': 'Suunnitelma tarkistetaan vähintään kuuden kuukauden välein.',
      'plan-expiring':
        'Suunnitelma on voimassa enintään kaksi vuotta. Laadi uusi suunnitelma ajoissa, jos asiakas tarvitsee sitä.',
      'assessment-without-plan': 'Suunnitelma laaditaan arvioinnin pohjalta.',
      'civic-orientation-closing':
        'Yhteiskuntaorientaatiota tarjotaan äskettäin Suomeen muuttaneille ja niille, jotka ovat saaneet oleskeluluvan viimeisen kolmen vuoden aikana.',
      'case-conference':
        'Säännöt eivät kerro yksiselitteisesti, kuka vastaa. Organisaatiot sopivat asiasta yhteistyöpalaverissa.',
    },
    due: {
      'review-overdue': 'tarkistus olisi pitänyt tehdä viimeistään {date}',
      'review-due': 'tarkistus viimeistään {date}',
      'plan-expiring': 'suunnitelma päättyy {date}',
      'assessment-without-plan': 'suunnitelma olisi pitänyt laatia viimeistään {date}',
      'civic-orientation-closing': 'viimeinen aloituspäivä {date}',
      'case-conference': 'päivämäärä {date}',
    },
  },
} as const satisfies Messages<typeof sv>
