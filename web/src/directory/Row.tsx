import type { ReactNode } from 'react'
import './directory.css'

/** One row of a repeated group (a language's texts, a line of opening hours) under its own legend. */
export function Row({ legend, qa, children }: { legend: string; qa: string; children: ReactNode }) {
  return (
    <fieldset className="repeat-row directory-row" data-qa={qa}>
      <legend className="repeat-row__title directory-row__legend">{legend}</legend>
      {children}
    </fieldset>
  )
}
