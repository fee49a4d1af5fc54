import { badRequest, type FieldError, programmeRule } from './problem.js'

// A rule check answers with breaches, all at once: invalid input (400) or a
// broken programme rule (422). Routes collect them and call `failOn`.

export interface Breach {
  readonly rule: 'invalid' | 'programme'
  readonly path: string
  readonly message: string
}

/** Invalid input: answered 400. */
export const invalid = (path: string, message: string): Breach => ({
  rule: 'invalid',
  path,
  message,
})
/** Breaks a programme rule: answered 422. */
export const programme = (path: string, message: string): Breach => ({
  rule: 'programme',
  path,
  message,
})

/** Throws 400 for invalid input, else 422 for a programme rule; nothing when all is well. */
export function failOn(breaches: readonly Breach[]): void {
  const errors = (rule: Breach['rule']): FieldError[] =>
    breaches.filter((b) => b.rule === rule).map(({ path, message }) => ({ path, message }))
  const summarise = (list: FieldError[]) => list.map((e) => `${e.path}: ${e.message}`).join('; ')
  const bad = errors('invalid')
  if (bad.length > 0) throw badRequest(`The request body is not valid: ${summarise(bad)}`, bad)
  const broken = errors('programme')
  if (broken.length > 0) throw programmeRule(summarise(broken), broken)
}

/** A rule's result: the value, or why it cannot be had. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly breaches: Breach[] }

/** The checked value; otherwise throws for its breaches together with `alsoBroken`. */
export function valueOrFail<T>(checked: Checked<T>, alsoBroken: readonly Breach[] = []): T {
  failOn([...alsoBroken, ...(checked.ok ? [] : checked.breaches)])
  if (!checked.ok) throw new Error('failOn throws for any breach')
  return checked.value
}
