import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'so',
  review: { status: 'draft' },
  messages: {
    title: 'Waajibaadkaaga adiga oo ah macmiilka is-dhexgalka',
    intro: 'Adiga oo ah macmiilka is-dhexgalka, waxaa waajib kugu ah inaad:',
    obligations: {
      takePart:
        'ka qayb qaadato marka la diyaarinayo qorshahaaga is-dhexgalka iyo marka la la socdo',
      carryOut: 'fuliso qorshaha laguula diyaariyay',
      attendServices:
        'u tagto adeegyada lagu heshiiyay qorshaha oo aad si joogto ah uga qayb qaadato',
      reportProgress: 'u sheegto degmada sida aad u fulisay qorshaha',
      reportChanges:
        'u sheegto degmada isbeddellada waaweyn ee ku yimaada baahidaada adeegyada, xaaladdaada nololeed ama wax kale oo saameyn kara inaad gaarto yoolalka lagu heshiiyay qorshaha ama inaad ka qayb qaadan karto adeegyada',
    },
    consequences: {
      title: 'Maxaa dhacaya haddii aadan raacin qorshaha?',
      activeParticipation:
        'Waa muhiim inaad si firfircoon uga qayb qaadato, si aad faa’iido buuxda uga hesho adeegyada iyo taageerada gobolka Jakobstad.',
      benefits:
        'Haddii aadan ka qayb qaadan waxa lagu heshiiyay, waxay saameyn kartaa xaqaaga gunnada shaqo la’aanta ama kaalmada nolol-maalmeedka.',
      law: 'Sida sharcigu dhigayo, xaqaaga gunnada shaqo la’aanta waa la xaddidi karaa ama kaalmadaada nolol-maalmeedka aasaasiga ah waa la dhimi karaa, tusaale ahaan haddii aadan ka qayb qaadan diyaarinta qorshaha is-dhexgalka ama aadan raacin waxa lagu heshiiyay qorshaha.',
      acts: 'Sida ay tani u saameyso gunnada shaqo la’aanta waxaa go’aamiya sharciga sugnaanta shaqo la’aanta. Sida ay u saameyso kaalmada nolol-maalmeedka waxaa go’aamiya sharciga kaalmada nolol-maalmeedka.',
    },
  },
} satisfies Catalogue<typeof sv>
