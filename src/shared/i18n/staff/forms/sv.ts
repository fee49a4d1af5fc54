// Texts shared by the staff app's pages and forms: navigation, loading,
// the summary of a failed save, edit conflicts, and the server's field
// messages in the user's language. Swedish is the source (fi.ts, en.ts).
export const forms = {
  nav: {
    label: 'Huvudmeny',
    home: 'Startsida',
    workQueue: 'Arbetskö',
    customers: 'Kunder',
    registerCustomer: 'Registrera kund',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Det finns ingen sida på den här adressen. Använd menyn för att gå vidare.',
  },
  details: {
    yes: 'Ja',
    no: 'Nej',
    none: 'Inte angivet',
  },
  load: {
    notFound: 'Uppgifterna finns inte, eller så har din organisation inte tillgång till dem.',
    forbidden: 'Din roll ger inte tillgång till kunduppgifter.',
    signedOut: 'Din session har gått ut. Ladda om sidan och logga in på nytt.',
    network: 'Porten kunde inte nås. Kontrollera nätverksanslutningen och försök igen.',
    unexpected: 'Porten svarade på ett oväntat sätt. Försök igen om en stund.',
    server: 'Något gick fel i Porten. Försök igen om en stund.',
    retry: 'Försök igen',
  },
  forms: {
    requiredMark: '(obligatorisk)',
    choose: 'Välj',
    notGiven: 'Inte angivet',
    saving: 'Sparar …',
    cancel: 'Avbryt',
    failure: {
      title: 'Uppgifterna sparades inte',
      invalid: 'Kontrollera uppgifterna i de markerade fälten. Det du har skrivit finns kvar.',
      invalidCount:
        'Kontrollera {count, plural, one {# uppgift} other {# uppgifter}}. Det du har skrivit finns kvar.',
      rule: 'Uppgifterna strider mot en regel i integrationsprogrammet. Det du har skrivit finns kvar.',
      conflict:
        'Någon annan sparade ändringar i samma uppgifter medan du skrev. Det du har skrivit finns kvar i formuläret. Ladda den senaste versionen och spara sedan igen.',
      notFound:
        'Uppgifterna finns inte längre, eller så har din organisation inte längre tillgång till dem.',
      forbidden: 'Din roll eller organisation får inte göra den här ändringen.',
      signedOut:
        'Din session har gått ut. Logga in på nytt i en annan flik och spara sedan här igen. Det du har skrivit finns kvar.',
      tooLarge:
        'Uppgifterna är för omfattande för att sparas på en gång. Korta de längsta texterna.',
      network:
        'Porten kunde inte nås. Kontrollera nätverksanslutningen och försök igen. Det du har skrivit finns kvar.',
      unexpected:
        'Porten svarade på ett oväntat sätt. Kontrollera om uppgifterna sparades innan du försöker igen.',
      server: 'Något gick fel i Porten. Försök igen om en stund. Det du har skrivit finns kvar.',
    },
    conflict: {
      loadLatest: 'Ladda den senaste versionen',
      reloadedTitle: 'Den senaste versionen är laddad',
      reloaded:
        'Dina ändringar finns kvar i formuläret. Fält som du inte har ändrat visar nu den senast sparade versionen. Granska uppgifterna och spara igen.',
      bothChanged:
        'Både du och någon annan har ändrat de här fälten. Formuläret visar dina värden:',
      discardMine: 'Släng mina ändringar och visa den sparade versionen',
    },
    messages: {
      required: 'Fyll i det här fältet.',
      tooLong: 'Texten får vara högst {max, number} tecken.',
      date: 'Ange ett datum.',
      dateRange: 'Året ska vara mellan 1900 och 2200.',
      organisationRequired: 'Välj minst en organisation.',
      duplicate: 'Samma alternativ finns med två gånger.',
      languageCode: 'Välj ett språk i listan.',
      oneNative: 'Markera högst ett modersmål.',
      phone: 'Skriv telefonnumret med siffror, till exempel +358 40 123 4567.',
      email: 'Skriv e-postadressen i formen namn@exempel.fi.',
      identityCodeShape:
        'Personbeteckningen består av födelsedatumet (DDMMÅÅ), ett skiljetecken och fyra tecken, till exempel 131052-308T.',
      identityCodeCentury:
        'Skiljetecknet i personbeteckningen (till exempel - eller A) är inte giltigt.',
      identityCodeDate: 'Början av personbeteckningen är inte ett giltigt datum.',
      identityCodeIndividual: 'Individnumret i personbeteckningen ska vara mellan 002 och 999.',
      identityCodeControl: 'Kontrolltecknet stämmer inte. Kontrollera personbeteckningen.',
      oneSkill: 'Ange nivån för minst en färdighet.',
      planTooLong: 'En plan gäller i högst två år, det vill säga senast {date}.',
      beforePlanStart: 'Datumet får inte vara före planens första dag ({date}).',
      choose: 'Välj ett av alternativen.',
      unknownField: 'Porten känner inte igen det här fältet.',
      future: 'Datumet får inte vara i framtiden.',
      beforeBirth: 'Datumet får inte vara före födelsedatumet.',
      codeNotBirthDate: 'Personbeteckningen stämmer inte med födelsedatumet.',
      selfLink: 'Kunden kan inte vara sin egen familjemedlem.',
      unknownCustomer: 'Kunden finns inte, eller så betjänar din organisation inte kunden.',
      reasonRequired: 'Skriv varför de ansvariga organisationerna ändras.',
      ownOrganisation:
        'Din egen organisation måste vara bland de ansvariga, annars kan du inte se kunden efter att du har sparat.',
      interpreterOnly: 'Ange tolkningsspråk bara när kunden behöver tolk.',
      beforeRegistered: 'Datumet får inte vara före den dag då kunden registrerades ({date}).',
      caseClosed: 'Kundens ärende avslutades {date}. Inget nytt kan sparas.',
      multisectoral:
        'En sektorövergripande bedömning görs tillsammans med Österbottens välfärdsområde. Välj välfärdsområdet.',
      assessmentFirst: 'En plan görs upp efter en bedömning. Registrera bedömningen först.',
      beforeAssessment: 'Planen kan inte börja före bedömningen ({date}).',
      planOverlap: 'En plan som börjar {date} gäller då. Den nya planen måste börja senare.',
      reviewOutsidePlan: 'Översynen ska ske medan planen gäller, {from}–{until}.',
      yearAhead: 'Datumet får vara högst ett år framåt.',
      endBeforeStart: 'Slutdatumet kan inte vara före startdatumet.',
      interruptedEnd: 'Ange den dag då deltagandet avbröts.',
      interruptionReason: 'Skriv varför deltagandet avbröts.',
      onlyInterrupted: 'Ange orsak bara för ett avbrutet deltagande.',
      identityCodeTaken:
        'En kund med den här personbeteckningen är redan registrerad. Sök fram kunden i stället.',
    },
  },
} as const
