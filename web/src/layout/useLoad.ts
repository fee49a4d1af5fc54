import { type DependencyList, useCallback, useEffect, useState } from 'react'
import { type FormFailure, formFailure } from '../forms/formFailure.js'

// Loading a resource for a page or section. A reload keeps the data already
// shown until the new answer arrives, so the page does not flash or lose the
// reader's place; an answer for an older request is ignored.

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly data: T }
  | { readonly state: 'failed'; readonly failure: FormFailure }

export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): [Loaded<T>, reload: () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' })
  const [revision, setRevision] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what `load` reads
  useEffect(() => {
    let current = true
    load().then(
      (data) => {
        if (current) setLoaded({ state: 'loaded', data })
      },
      (error: unknown) => {
        if (current) setLoaded({ state: 'failed', failure: formFailure(error) })
      },
    )
    return () => {
      current = false
    }
  }, [...deps, revision])

  const reload = useCallback(() => setRevision((n) => n + 1), [])
  return [loaded, reload]
}
