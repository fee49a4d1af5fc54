// Runs before the app's modules (a classic script, so it blocks): zod reads
// this when it loads, and the built app loads zod in a chunk that runs before
// main.tsx, so this cannot be a module import. The CSP has no 'unsafe-eval', and zod would otherwise
// probe `new Function` while building each object schema, which the browser
// reports as a CSP violation even though zod catches the error.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
})
