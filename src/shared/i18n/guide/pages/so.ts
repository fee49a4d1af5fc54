import type { Catalogue } from '../../i18n.js'
import type { svPages } from './sv.js'

// Organisation names keep their official Swedish form in parentheses, as they
// appear on signs and addresses.
export default {
  language: 'so',
  review: { status: 'draft' },
  messages: {
    nav: {
      label: 'Bogagga hagaha',
      home: 'Barnaamijka',
      'what-applies-to-me': 'Maxaa i khuseeya?',
      directory: 'Adeegyada gobolka',
      'info-points': 'Xarumaha macluumaadka',
      obligations: 'Waajibaadka',
      accessibility: 'Helitaanka',
      contact: 'Xiriir',
    },
    home: {
      whatAppliesLink: 'Ka jawaab dhowr su’aalood oo arag waxa ku khuseeya',
      whoArranges: 'Yaa qabanqaabiya?',
      allMunicipalities: 'Dhammaan degmooyinka',
      notOffered: 'Lama bixiyo',
      situations: {
        unemployed: 'Shaqo-doonka aan shaqo haysan',
        integrationUnitGroup:
          'Dadka helay ilaalin caalami ah, dadka qaata kaalmada daryeelka carruurta ee guriga ama kaalmo nolol-maalmeed oo aan ku-meel-gaar ahayn, carruurta aan waalid la socon iyo dhibbanayaasha ka ganacsiga dadka',
        coordination:
          'Qaxootiga kootada iyo dadka kale ee u baahan adeegyo la isku dubbariday, tusaale ahaan adeegyo bulsho iyo caafimaad (qiimayn waaxo badan ah)',
        otherImmigrants: 'Soo-galootiga kale',
        planUnemployed: 'Shaqo-doonka aan shaqo haysan (beddelkeeda qorshe shaqaalaysiin)',
        planCoordination: 'Qaxootiga kootada iyo dadka kale ee u baahan adeegyo la isku dubbariday',
        planOthers: 'Dadka kale ee la qiimeeyay',
        unemployedCustomers: 'Macaamiisha is-dhexgalka ee ah shaqo-doon aan shaqo haysan',
        otherCustomers: 'Macaamiisha kale ee is-dhexgalka',
        otherCustomersWithNeed:
          'Macaamiisha kale ee is-dhexgalka ee qiimayntu muujisay inay u baahan yihiin tababarka',
      },
      otherServicesArranged:
        'Adeegyada dhaqanka iyo waqtiga firaaqada ee degmooyinka, machadyada waxbarashada dadka waaweyn, xarumaha waxbarashada, ururada iyo shabakadaha tabarucayaasha. Qaybta Is-dhexgalka ayaa isku dubbarida iskaashiga.',
      directoryLink: 'Arag dhammaan adeegyada iyo hay’adaha gobolka',
      guidanceArranged:
        'Integrationsporten, xarunta macluumaadka gobolka ee dadka cusub. Intaa waxaa dheer, hay’ad dawladeed kastaa waxay talo ku bixisaa qaybteeda.',
      infoPointsLink: 'Cinwaannada iyo saacadaha furitaanka xarumaha macluumaadka',
    },
    whatApplies: {
      title: 'Maxaa i khuseeya?',
      intro:
        'Ka jawaab dhowr su’aalood, hagaha ayaa ku tusaya qaybaha barnaamijka is-dhexgalka ee ku khuseeya iyo cidda qabanqaabisa.',
      privacy: 'Jawaabahaagu waxay ku jiraan browser-kaaga. Waxba lama diro, waxna lama kaydiyo.',
      noscript:
        'Su’aalaha waxaa ka jawaabaya barnaamij yar oo ku jira browser-kaaga, wuxuuna u baahan yahay JavaScript. La’aanteed, bogga hore waxaad ka akhrisan kartaa cidda qabanqaabisa qayb kasta, ama weydii xarun macluumaad.',
      required: 'waa qasab',
      municipality: 'Degmadee ayaad ku nooshahay?',
      age: 'Immisa jir baad tahay?',
      ageHint: 'Ku qor da’daada sanado, tiro ahaan.',
      jobSeeker: {
        legend: 'Ma waxaad isu diiwaangelisay shaqo-doon?',
        unemployed: 'Haa, shaqo ma haysto',
        'other-job-seeker':
          'Haa, laakiin shaqo la’aan ma ahi (tusaale ahaan waan shaqeeyaa ama wax baan bartaa)',
        not: 'Maya',
      },
      categories: {
        legend: 'Ma wax ka mid ah kuwan ayaa ku khuseeya?',
        hint: 'Dooro dhammaan kuwa ku habboon. Sidoo kale waad wada dhaafi kartaa.',
        'quota-refugee': 'Waxaan Finland u imid qaxooti kootada ah',
        'international-protection':
          'Waxaan helay ilaalin caalami ah (magangalyo ama ilaalin dheeraad ah)',
        'unaccompanied-minor':
          'Waxaan ka yarahay 18 sano, Finlandna waxaan u imid anigoo aan waalid ama mas’uul kale la socon',
        'trafficking-victim': 'Waxaan ahaa dhibbane ka ganacsiga dadka',
        'social-assistance':
          'Waxaan qaataa kaalmo nolol-maalmeed, oo aan ahayn ku-meel-gaar oo keliya',
        'home-care-allowance':
          'Waxaan qaataa kaalmada daryeelka guriga si aan cunugayga guriga ugu xannaaneeyo',
        'family-member': 'Sharciga deganaanshaha waxaan ku helay xiriir qoys',
        other: 'Halkan waxaan u soo guuray sabab kale, tusaale ahaan shaqo ama waxbarasho',
      },
      dates: {
        legend: 'Goorma ayaad timid?',
        hint: 'Qor sanadka iyo bisha, tusaale ahaan 2025-03. Dhaaf haddii aadan garanayn.',
        residencePermit: 'Goorma ayaad heshay sharciga deganaanshaha?',
        arrived: 'Goorma ayaad u soo guurtay Finland?',
      },
      submit: 'I tus waxa i khuseeya',
      errors: {
        heading: 'Hubi jawaabahaaga',
        municipality: 'Dooro degmada aad ku nooshahay.',
        age: 'Ku qor da’daada sanado tiro ahaan, tusaale ahaan 34.',
        jobSeeker: 'Dooro inaad isu diiwaangelisay shaqo-doon iyo in kale.',
        month: 'Qor sanadka iyo bisha sidan: 2025-03.',
        future: 'Waqtigaas weli ma iman. Hubi sanadka iyo bisha.',
      },
      answer: {
        heading: 'Kani waa waxa ku khuseeya',
        disclaimer:
          'Jawaabtu waxay raacaysaa xeerarka barnaamijka is-dhexgalka iyo jawaabahaaga. Waa hagitaan ee ma aha go’aan: hay’adaha dawladdu waxay eegi doonaan xaaladdaada marka aad la kulanto.',
        eligible: {
          yes: 'Wuu ku khuseeyaa',
          no: 'Hadda kuma khuseeyo',
          'if-assessed': 'Waxaa lagu go’aamiyaa qiimaynta',
        },
        responsible: 'Waxaa qabanqaabiya:',
        notes: {
          multisectoral:
            'Qiimayntu waa waaxo badan: waxaa la sameeyaa iyadoo lala kaashanayo gobolka adeegyada daryeelka, si baahidaada adeegyada bulshada iyo caafimaadka loo eego.',
          notOffered: 'Barnaamijku qiimayn uma sheegin xaaladdaada. Weydii xarunta macluumaadka.',
          employmentPlan:
            'Shaqo-doon ahaan, waxaad helaysaa qorshe shaqaalaysiin halkii aad ka heli lahayd qorshe is-dhexgal.',
          multisectoralPlan:
            'Qorshuhu waa waaxo badan: waxaa la sameeyaa iyadoo lala kaashanayo gobolka adeegyada daryeelka.',
          educationFirst:
            'Waxaad ka yar tahay 25 sano, sidaas darteed hadafka ugu muhiimsan ee qorshahaagu waa inaad dhammaystirto waxbarasho heerka dugsiga sare ama ka sarreeya.',
          planAfterAssessment: 'Qorshaha waxaa la sameeyaa kadib marka lagu qiimeeyo.',
          trainingIfAssessed:
            'Qiimayntu waxay muujinaysaa inaad u baahan tahay tababarka is-dhexgalka iyo in kale.',
          closesOn: 'Waad ka qayb qaadan kartaa ilaa qiyaastii {date}.',
          notAdult: 'Hanuuninta bulshadu waxay u socotaa dadka waaweyn.',
          windowClosed:
            'Waqti aad u dheer ayaa ka soo wareegay markii aad u soo guurtay Finland ama aad heshay sharciga deganaanshaha.',
          datesMissing:
            'Sheeg goorta aad u soo guurtay Finland ama aad heshay sharciga deganaanshaha, si hagahu uga jawaabo.',
          caseConference:
            'Barnaamijku si sax ah uma sheego cidda mas’uulka ka ah xaaladdaada. Hay’adaha dawladdu way ku heshiiyaan. Weydii xarunta macluumaadka.',
          notNewcomer:
            'Adeegyadani waxay u socdaan dadka dhawaan halkan u soo guuray. Weli waxaad talo ka weydiin kartaa xarunta macluumaadka.',
          seeDirectory: 'Arag dhammaan adeegyada gobolka',
        },
        reachHeading: 'Sida aad ula xiriirto',
        reachInfoPoint:
          'Tag xarunta macluumaadka ee degmadaada. Shaqaaluhu waxay kaa caawinayaan inaad hesho hay’adda saxda ah.',
        reachContact: 'Sidoo kale waad u qori kartaa ama wici kartaa Qaybta Is-dhexgalka:',
        infoPointDetails: 'Cinwaannada iyo saacadaha furitaanka',
      },
    },
    directory: {
      title: 'Adeegyada iyo hay’adaha gobolka',
      intro:
        'Halkan waxaa ku jira dhammaan hay’adaha uu barnaamijka is-dhexgalku magacaabo: xarumaha waxbarashada, machadyada, ururada, shabakadaha, hay’adaha dawladda iyo xarumaha macluumaadka. Dooro nooc ama degmo si aad u aragto wax ka yar.',
      filterLegend: 'Muuji hay’adaha',
      kind: 'Nooca',
      municipality: 'Degmada',
      any: 'Dhammaan',
      show: 'Muuji',
      showAll: 'Muuji dhammaan',
      count: '{count, plural, =0 {Hay’ad ma jirto} one {# hay’ad} other {# hay’adood}}',
      empty: 'Wax hay’ad ah lama helin. Dooro nooc kale ama degmo kale.',
      regionWide: 'Gobolka oo dhan',
      onlyInSwedish: 'Waxaa kaliya lagu heli karaa luqadda iswiidhishka.',
      address: 'Cinwaanka',
      entrance: 'Albaabka laga galo',
      website: 'Bogga internetka',
      email: 'Iimayl',
      phone: 'Telefoon',
      languages: 'Luqadaha',
      openingHours: 'Saacadaha furitaanka',
      exceptions: 'Isbeddellada saacadaha furitaanka',
      closed: 'Xiran',
      validUntil: 'Wuu socdaa ilaa {date}.',
    },
    infoPoints: {
      title: 'Xarumaha macluumaadka',
      intro:
        'Integrationsporten waa xarunta macluumaadka gobolka ee dadka cusub. Halkaas waxaad ka helaysaa macluumaad iyo talo ku saabsan adeegyada degmada, shaqaaluhuna waxay kaa caawinayaan inaad hesho hay’adda, waxbarashada ama hawlaha firaaqada ee kugu habboon.',
      whichPoint: 'Xaruntee macluumaad ayaa taada ah?',
      noOwnPoint:
        'Larsmo iyo Pedersöre ma laha xarun macluumaad oo u gaar ah. Haddii aad halkaas ku nooshahay, waxaad ku soo dhowdahay Integrationsporten ee Jakobstad.',
      venue: 'Goobta',
      address: 'Cinwaanka',
      entrance: 'Albaabka laga galo',
      openingHours: 'Saacadaha furitaanka',
      languages: 'Luqadaha',
      contact: 'Xiriir',
      interpreter: 'Luqado kale waxaa lagu helaa turjumaan marka loo baahdo.',
      languagesDefault:
        'Iswiidhish, finish iyo ingiriisi. Luqado kale waxaa lagu helaa turjumaan marka loo baahdo.',
      hoursNotPublished:
        'Saacadaha furitaanka weli lama daabicin. Ka hor intaadan iman, ku weydii iimayl ama telefoon.',
      officeHours: 'Waxay furan tahay saacadaha xafiiska, 8:00 ilaa 16:00.',
      entranceAlholmsgatan: 'Albaabka waxaa laga galaa waddada Alholmsgatan',
      library: 'Biblioteket (maktabadda)',
      names: {
        jakobstad: 'Integrationsporten Jakobstad',
        nykarleby: 'Integrationsporten Nykarleby',
        kronoby: 'Integrationsporten Kronoby',
        romporten: 'Romporten',
      },
    },
    obligations: {
      title: 'Waajibaadka iyo waxa dhacaya haddii aan qorshaha la raacin',
      intro:
        'Waxaad tahay macmiil is-dhexgal marka aad haysato qorshe is-dhexgal oo ansax ah. Markaas waajibaadka hoose ayaa ku khuseeya. Waxay ku qoran yihiin barnaamijka is-dhexgalka ee gobolka Jakobstad.',
      help: 'Haddii ay wax iska beddelaan noloshaada, ama aadan ka qayb qaadan karin, sheeg sida ugu dhakhsaha badan. Weydii xarunta macluumaadka haddii aadan hubin.',
    },
    accessibility: {
      title: 'Bayaanka helitaanka',
      intro:
        'Qaybta Is-dhexgalka ee Magaalada Jakobstad waxay rabtaa in qof kastaa isticmaali karo hagahan. Bayaankani wuxuu khuseeyaa hagaha barnaamijka is-dhexgalka gobolka Jakobstad ee ku qoran sideed luqadood, wuxuuna raacayaa sharciga bixinta adeegyada dijitaalka ah (306/2019).',
      statusHeading: 'Hagahu intee in le’eg ayuu u fudud yahay in la helo?',
      status:
        'Hagahu qayb ahaan wuxuu buuxiyaa shuruudaha WCAG 2.1 heerka AA. Hadafku waa inuu si buuxda u buuxiyo.',
      gapsHeading: 'Cilladaha la og yahay',
      gapTranslations:
        'Dhammaan turjumaaduhu waa qabyo aan weli hubin dad luqadda ku hadla. Qoraalladu waxay yeelan karaan khaladaad ama way adkaan karaan in la fahmo.',
      gapDirectory:
        'Qaar ka mid ah macluumaadka liiska adeegyada waxaa kaliya lagu helaa iswiidhish. Waxaa lagu calaamadeeyay iswiidhish.',
      gapHours: 'Saacadaha furitaanka xarumaha macluumaadka intooda badan weli lama daabicin.',
      gapScript:
        'Bogga “Maxaa i khuseeya?” wuxuu jawaab bixin karaa oo keliya marka JavaScript shidan yahay. Macluumaadka isku midka ah waxay ku jiraan bogga hore.',
      testedHeading: 'Sida helitaanka loo qiimeeyay',
      tested:
        'Hagaha waxaa lagu tijaabiyay qalabka tooska ah ee axe iyo kiiboodhka browser-ka Chromium, dhammaan sideedda luqadood. Khabiir dibadeed ma hubin.',
      feedbackHeading: 'Na sii ra’yigaaga',
      feedback:
        'Haddii aad aragto cillad ama aadan isticmaali karin qayb ka mid ah, noo soo qor. Waxaan ku jawaabnaa 14 maalmood gudahood.',
      supervisionHeading: 'Hay’adda kormeerka',
      supervision:
        'Haddii aadan jawaab helin 14 maalmood gudahood, ama aadan ku qanacsanayn jawaabta, waxaad u gudbin kartaa Hay’adda Maamulka Gobolka ee Koonfurta Finland. Bogga internetka ayaa sharxaya sida loo sameeyo.',
      updated: 'Bayaankan waxaa la diyaariyay {date}.',
    },
    contact: {
      title: 'Xiriir',
      intro:
        'Qaybta Is-dhexgalka ee Magaalada Jakobstad ayaa isku dubbarida barnaamijka is-dhexgalka ee gobolka oo dhan: Jakobstad, Kronoby, Larsmo, Nykarleby iyo Pedersöre.',
      visitHeading: 'Booqo xarun macluumaad',
      visit:
        'Xarumaha macluumaadka waxaa lagaaga caawiyaa iswiidhish, finish iyo ingiriisi, luqado kalena turjumaan ayaa lagu helaa marka loo baahdo.',
      emailWarning:
        'Iimaylku ma aha mid sir ah. Ha ku qorin iimaylka lambarkaaga aqoonsiga shakhsiga ah ama macluumaad ku saabsan caafimaadkaaga.',
      otherHeading: 'Hay’ado kale oo dawladeed',
      kela: 'Gunooyin loogu talagalay xaaladaha kala duwan ee nolosha.',
      migri: 'Sharciyada deganaanshaha, oo ay ku jiraan kuwa ku salaysan xiriirka qoyska.',
    },
    names: {
      municipalities: {
        jakobstad: 'Jakobstad',
        kronoby: 'Kronoby',
        larsmo: 'Larsmo',
        nykarleby: 'Nykarleby',
        pedersore: 'Pedersöre',
      },
      organisations: {
        'integration-unit': 'Qaybta Is-dhexgalka, Magaalada Jakobstad (Integrationsenheten)',
        'employment-jakobstad':
          'Aagga Shaqaalaynta Gobolka Jakobstad (Jakobstadsregionens sysselsättningsområde)',
        'employment-ostrobothnia':
          'Aagga Shaqaalaynta Ostrobothnia (Österbottens sysselsättningsområde)',
        'wellbeing-ostrobothnia':
          'Gobolka Adeegyada Daryeelka ee Ostrobothnia (Österbottens välfärdsområde)',
        kela: 'Hay’adda Caymiska Bulshada ee Finland (Kela / FPA)',
        migri: 'Hay’adda Socdaalka ee Finland (Migri)',
      },
      kinds: {
        'culture-leisure': 'Dhaqanka iyo waqtiga firaaqada',
        'adult-education': 'Machadyada waxbarashada dadka waaweyn',
        educator: 'Xarumaha waxbarashada',
        'business-advice': 'La-talinta ganacsiga',
        project: 'Mashaariicda',
        'third-sector': 'Ururada, hay’adaha iyo bulshooyinka diinta',
        'social-network': 'Shabakadaha bulshada',
        authority: 'Hay’adaha dawladda',
        'info-point': 'Xarumaha macluumaadka',
      },
    },
  },
} satisfies Catalogue<typeof svPages>
