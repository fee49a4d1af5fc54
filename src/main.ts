import { main } from './cli.js'

// The `porten` command (bin/porten.js) and `npm start` both enter here. The
// process exits as soon as the command is done: PGlite leaves a timer behind
// after closing that would otherwise hold the process for ten seconds.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`porten: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  },
)
