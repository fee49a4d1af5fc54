import {
  type FormEvent,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import {
  type FieldIssue,
  type FormFailure,
  failureIssues,
  formFailure,
  normalisePath,
} from './formFailure.js'

// The state every record form shares: the values typed (controlled, so a
// failed save never loses them), the problems placed beside their fields,
// the summary at the top, and for edit forms the answer to an edit conflict.

export interface RecordFormOptions<V, R> {
  readonly initial: () => V
  /** Checks in the browser before sending; the same schema the server uses where possible. */
  readonly validate?: (values: V) => FieldIssue[]
  /** Sends the values; `base` is the saved record the user started from (edit forms). */
  readonly save: (values: V, base: V) => Promise<R>
  readonly onSaved?: (result: R) => void
  /** Edit forms: the record as saved now, as form values, offered after a 409. */
  readonly loadLatest?: () => Promise<V>
}

export type Notice = FormFailure | { readonly kind: 'reloaded'; readonly conflicts: string[] }

export interface RecordForm<V> {
  readonly formId: string
  readonly values: V
  readonly setValues: (update: (values: V) => V) => void
  /** Sets one top-level value and clears that field's problems. */
  readonly set: <K extends keyof V & string>(key: K, value: V[K]) => void
  readonly pending: boolean
  readonly notice: Notice | null
  /** Field problems by field name, and those that match no field on the form. */
  readonly fieldIssues: ReadonlyMap<string, FieldIssue[]>
  readonly unplacedIssues: readonly FieldIssue[]
  readonly labels: Map<string, string>
  readonly edited: (name: string) => void
  readonly submit: (event?: FormEvent) => Promise<void>
  readonly summaryRef: RefObject<HTMLDivElement | null>
  readonly reloadLatest: (() => Promise<void>) | undefined
  /** After reloading: the saved record, to discard the user's changes for. */
  readonly latest: V | undefined
  readonly discardMine: () => void
}

export function useRecordForm<V extends object, R>(
  options: RecordFormOptions<V, R>,
): RecordForm<V> {
  const formId = useId()
  const [values, setValuesState] = useState<V>(options.initial)
  const [base, setBase] = useState<V>(options.initial)
  const [latest, setLatest] = useState<V | undefined>(undefined)
  const [pending, setPending] = useState(false)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [issues, setIssues] = useState<readonly FieldIssue[]>([])
  const [attempt, setAttempt] = useState(0)
  // Field names and labels, registered by the field components as they render.
  const labels = useRef(new Map<string, string>()).current
  const summaryRef = useRef<HTMLDivElement>(null)

  // Each failed attempt moves focus to the summary, so it is read out.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus()
  }, [attempt])

  const { fieldIssues, unplacedIssues } = useMemo(
    () => placeIssues(issues, labels),
    [issues, labels],
  )

  const edited = useCallback(
    (name: string) => {
      setIssues((current) => {
        const next = current.filter((issue) => !isWithin(fieldFor(issue.path, labels), name))
        return next.length === current.length ? current : next
      })
    },
    [labels],
  )

  const setValues = useCallback((update: (values: V) => V) => setValuesState(update), [])
  const set = useCallback(
    <K extends keyof V & string>(key: K, value: V[K]) => {
      setValuesState((current) => ({ ...current, [key]: value }))
      edited(key)
    },
    [edited],
  )

  function fail(next: Notice, nextIssues: readonly FieldIssue[]) {
    setNotice(next)
    setIssues(nextIssues.map((issue) => ({ ...issue, path: normalisePath(issue.path) })))
    setAttempt((n) => n + 1)
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault()
    if (pending) return
    const problems = options.validate?.(values) ?? []
    if (problems.length > 0) return fail({ kind: 'invalid' }, problems)
    setPending(true)
    setNotice(null)
    let result: R
    try {
      result = await options.save(values, base)
    } catch (error) {
      setPending(false)
      return fail(formFailure(error), failureIssues(error))
    }
    setPending(false)
    setIssues([])
    setLatest(undefined)
    options.onSaved?.(result)
  }

  const loadLatest = options.loadLatest
  const reloadLatest = loadLatest
    ? async () => {
        let saved: V
        try {
          saved = await loadLatest()
        } catch (error) {
          return fail(formFailure(error), [])
        }
        // Three-way merge: keep what the user changed, take the rest as saved now.
        const conflicts: string[] = []
        const merged = { ...saved }
        for (const key of Object.keys(saved) as (keyof V & string)[]) {
          const mine = values[key]
          if (same(mine, base[key])) continue
          merged[key] = mine
          if (!same(saved[key], base[key]) && !same(saved[key], mine)) conflicts.push(key)
        }
        setValuesState(merged)
        setBase(saved)
        setLatest(saved)
        fail({ kind: 'reloaded', conflicts }, [])
      }
    : undefined

  function discardMine() {
    if (!latest) return
    setValuesState(latest)
    setNotice(null)
    setIssues([])
    setLatest(undefined)
  }

  return {
    formId,
    values,
    setValues,
    set,
    pending,
    notice,
    fieldIssues,
    unplacedIssues,
    labels,
    edited,
    submit,
    summaryRef,
    reloadLatest,
    latest,
    discardMine,
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The deepest field on the form whose name is the path or an ancestor of it. */
function fieldFor(path: string, labels: ReadonlyMap<string, string>): string | undefined {
  const parts = path.split('.')
  for (let end = parts.length; end > 0; end--) {
    const name = parts.slice(0, end).join('.')
    if (labels.has(name)) return name
  }
  return undefined
}

function isWithin(field: string | undefined, name: string): boolean {
  return field !== undefined && (field === name || field.startsWith(`${name}.`))
}

function placeIssues(issues: readonly FieldIssue[], labels: ReadonlyMap<string, string>) {
  const fieldIssues = new Map<string, FieldIssue[]>()
  const unplacedIssues: FieldIssue[] = []
  for (const issue of issues) {
    const field = fieldFor(issue.path, labels)
    if (field === undefined) unplacedIssues.push(issue)
    else fieldIssues.set(field, [...(fieldIssues.get(field) ?? []), issue])
  }
  return { fieldIssues, unplacedIssues }
}
