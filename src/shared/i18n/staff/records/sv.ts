// A customer's records under parts 1, 3 and 4 of the programme: assessments,
// participations in civic orientation and integration training, and the
// final language test. Swedish is the source.
export const records = {
  assessments: {
    heading: 'Bedömningar',
    empty: 'Ingen bedömning ännu.',
    item: '{kind}, {date}',
    showContent: 'Visa innehållet',
    kinds: {
      standard: 'Bedömning av kompetens och servicebehov',
      multisectoral: 'Sektorövergripande bedömning',
    },
    fields: {
      kind: 'Typ av bedömning',
      completedOn: 'Bedömningen gjordes',
      organisations: 'Organisationer som deltog',
      languageSkills: 'Språkkunskaper',
      literacy: 'Läs- och skrivkunnighet',
      needsPlan: 'Behöver en integrationsplan',
      needsIntegrationTraining: 'Behöver integrationsutbildning',
    },
    content: {
      goals: 'Kundens mål',
      education: 'Tidigare utbildning',
      workExperience: 'Arbetserfarenhet',
      workAbility: 'Arbetsförmåga',
      studyNeeds: 'Utbildningsbehov',
      employmentNeeds: 'Behov som gäller sysselsättning',
      otherNeeds: 'Andra integrationsbehov',
    },
    literacy: {
      literate: 'Kan läsa och skriva',
      'literate-other-script': 'Kan läsa och skriva i ett annat skriftsystem',
      partly: 'Kan läsa och skriva delvis',
      'not-literate': 'Kan inte läsa och skriva',
    },
    form: {
      open: 'Registrera en bedömning',
      submit: 'Spara bedömningen',
      saved: 'Bedömningen är sparad.',
      interview: 'Det inledande samtalet',
      organisationsHelp:
        'Förvalt enligt integrationsprogrammets regler. En sektorövergripande bedömning görs tillsammans med välfärdsområdet.',
      skillLanguage: 'Språk {number}',
      skillLevel: 'Nivå i språk {number}',
      addSkill: 'Lägg till språk',
      removeSkill: 'Ta bort språk {number}',
      skillIncomplete: 'Välj vilket språk nivån gäller, eller ta bort raden.',
    },
  },
  participations: {
    heading: 'Samhällsorientering och integrationsutbildning',
    empty: 'Inget deltagande ännu.',
    period: '{from}–{until}',
    ongoing: 'från {from}, pågår',
    interruptedBecause: 'avbröts: {reason}',
    services: {
      'civic-orientation': 'Samhällsorientering',
      'integration-training': 'Integrationsutbildning',
    },
    fields: {
      service: 'Tjänst',
      startedOn: 'Började',
      endedOn: 'Slutade',
      language: 'Undervisningsspråk',
      provider: 'Anordnare',
      interrupted: 'Deltagandet avbröts',
      interruptionReason: 'Orsak till avbrottet',
    },
    form: {
      open: 'Registrera deltagande',
      submit: 'Spara deltagandet',
      saved: 'Deltagandet är sparat.',
    },
    update: {
      open: 'Ange slut eller avbrott',
      submit: 'Spara',
      saved: 'Deltagandet är uppdaterat.',
    },
  },
  languageTests: {
    heading: 'Sluttest i språkkunskaper',
    empty: 'Inget språktest ännu.',
    item: '{date}, {language}',
    notTested: 'inte testat',
    lowest: 'Lägsta nivå: {level}.',
    reached: 'Målnivån {target} är nådd.',
    notReached: 'Målnivån {target} är inte nådd.',
    fields: {
      takenOn: 'Testdatum',
      language: 'Språk',
      results: 'Resultat per färdighet',
    },
    form: {
      open: 'Registrera ett språktest',
      submit: 'Spara testet',
      saved: 'Språktestet är sparat.',
      resultsHelp:
        'Ange nivån för de färdigheter som testades. Den lägsta nivån avgör om målnivån B1.1 är nådd.',
    },
  },
} as const
