import type { Catalogue } from '../i18n.js'
import type { sv } from './sv.js'

export default {
  language: 'so',
  review: { status: 'draft' },
  messages: {
    meta: {
      endonym: 'Soomaali',
      titlePattern: '{page} – {site}',
      siteName: 'Qaybta Is-dhexgalka, Magaalada Jakobstad',
      description:
        'Macluumaad fudud oo ku qoran sideed luqadood oo ku saabsan lixda qaybood ee Barnaamijka Is-dhexgalka Gobolka Jakobstad 2025.',
    },
    skipLink: 'U gudub nuxurka',
    draftNotice:
      'Qabyo: qoraallada boggan weli lama hubin. Haddii ay wax kuu caddayn waayaan, la xiriir Integrationsporten.',
    languageSwitcher: {
      label: 'Dooro luqadda',
    },
    programme: {
      name: 'Barnaamijka Is-dhexgalka Gobolka Jakobstad 2025',
      introduction:
        'Miyaad dhawaan u soo guurtay gobolka Jakobstad? Barnaamijka is-dhexgalku wuxuu sharxayaa adeegyada kaa caawinaya inaad qayb ka noqoto bulshada, inaad barato luqadda iswiidhishka ama finishka, iyo inaad hesho shaqo ama meel waxbarasho.',
      audience:
        'Adeegyadu waxay u socdaan qaxootiga kootada, magangalyo-doonka helay sharciga deganaanshaha, iyo soo-galootiga kale ee degmadooda hoyga ay tahay Jakobstad, Kronoby, Larsmo, Nykarleby ama Pedersöre.',
      partsIntro: 'Barnaamijku wuxuu leeyahay lix qaybood:',
    },
    parts: {
      assessment: {
        title: 'Qiimaynta xirfadahaaga iyo baahidaada adeeg',
        description:
          'Wareysi hore waxaa lagu eegaa hadafyadaada, waxbarashadaada, luqadaha aad taqaanno, awooddaada shaqo iyo adeegyada aad u baahan tahay. Haddii aad sidoo kale u baahan tahay adeegyo bulsho iyo caafimaad ama baxnaanin, waxaa la sameeyaa qiimayn waaxo badan ah iyadoo lala kaashanayo gobolka adeegyada daryeelka ee Ostrobothnia.',
        audience:
          'Shaqo-doonka aan shaqo haysan waxaa qiimeeya aagga shaqaalaynta. Qaybta Is-dhexgalka waxay qiimaysaa, tusaale ahaan, dadka helay ilaalin caalami ah, dadka qaata kaalmada daryeelka carruurta ee guriga ama kaalmo nolol-maalmeed oo aan ku-meel-gaar ahayn, carruurta aan waalid la socon iyo dhibbanayaasha ka ganacsiga dadka.',
      },
      'integration-plan': {
        title: 'Qorshaha is-dhexgalka',
        description:
          'Iyadoo lagu salaynayo qiimaynta, waxaad Qaybta Is-dhexgalka ama aagga shaqaalaynta la samaynaysaa qorshe shakhsi ah. Qorshuhu wuxuu qeexayaa hadafyadaada iyo adeegyada aad ka qayb qaadanayso, sida shaqo, caafimaad, xirfadaha bulshada iyo waxbarasho; wuxuu shaqaynayaa ugu badnaan laba sano, waxaana dib loo eegaa ugu yaraan lixdii biloodba mar.',
        audience:
          'Dadka la qiimeeyay. Haddii aad tahay shaqo-doon aan shaqo haysan, waxaad beddelkeeda heleysaa qorshe shaqaalaysiin, haddii aad ka yar tahay 25 sano, hadafka ugu muhiimsan waa inaad dhammaystirto waxbarasho heerka dugsiga sare ama ka sarreeya.',
      },
      'civic-orientation': {
        title: 'Hagitaanka bulshada ee luqadaha badan',
        description:
          'Koorso bilaash ah oo ku saabsan ku noolaanshaha iyo ka shaqaynta Finland, sida bulshadu u shaqayso, iyo xuquuqdaada iyo waajibaadkaaga. Koorsada waxaa lagu bixiyaa luqaddaada hooyo ama luqad aad si fiican u taqaanno.',
        audience:
          'Dhammaan soo-galootiga qaangaarka ah ee dhawaan u soo guuray Finland ama helay sharciga deganaanshaha saddexdii sano ee la soo dhaafay.',
      },
      'integration-training': {
        title: 'Tababarka is-dhexgalka iyo imtixaanka luqadda ee ugu dambeeya',
        description:
          'Tababarka waxaad ku baranaysaa iswiidhish ama finish, waxaadna heleysaa xirfado loogu talagalay bulshada iyo nolosha shaqada. Hadafku waa heerka B1.1, si aad u maarayn karto nolol maalmeedka, shaqada iyo waxbarasho dheeraad ah, tababarkuna wuxuu ku dhammaadaa imtixaan xirfadda luqadda ah.',
        audience:
          'Shaqo-doonka aan shaqo haysan iyo soo-galootiga kale ee qiimayntu muujisay inay u baahan yihiin tababarka is-dhexgalka.',
      },
      'other-services': {
        title: 'Waxbarasho iyo adeegyo kale',
        description:
          'Machadyada waxbarashada, xarumaha waxbarashada dadka waaweyn, ururada iyo shabakadaha tabarucayaasha ayaa bixiya, tusaale ahaan, koorsooyin luqadeed, barashada akhriska iyo qorista, hawlo waqtiga firaaqada ah iyo taageero shaqo iyo bilaabidda ganacsi. Halkaas waxaad ku baran kartaa dad cusub, waxaad ku tababaran kartaa luqadda, waxaadna ku dhisan kartaa nolol maalmeed macno leh.',
        audience: 'Dhammaan dadka cusub ee yimid degmooyinka gobolka Jakobstad.',
      },
      guidance: {
        title: 'Hagitaan iyo talo-bixin',
        description:
          "Integrationsporten waxaad ka heleysaa macluumaad iyo talo ku saabsan adeegyada degmada, iyo caawimaad aad ku heleyso hay'adda saxda ah, waxbarasho ama hawl waqti firaaqo. Caawimaadda waxaa lagu bixiyaa iswiidhish, finish iyo ingiriis, haddii loo baahdana luqado kale iyadoo la adeegsanayo turjubaan.",
        audience:
          'Dhammaan soo-galootiga dhawaan u soo guuray Finland, iyadoon loo eegin sababta ay u soo guureen.',
      },
    },
    footer: {
      heading: 'Nala soo xiriir',
      organisation: 'Qaybta Is-dhexgalka, Magaalada Jakobstad',
      contactIntro:
        "Qaybta Is-dhexgalka ayaa ka jawaabta su'aalaha ku saabsan barnaamijka is-dhexgalka.",
      email: 'Iimayl',
      phone: 'Telefoon',
    },
  },
} satisfies Catalogue<typeof sv>
