import { z } from 'zod'

// Zod probes whether it may compile validators with `new Function`; the
// Content-Security-Policy (script-src 'self') forbids eval, and the probe
// would report a violation on every page load. Imported first by main.tsx.
z.config({ jitless: true })
