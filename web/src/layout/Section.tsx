import { type ReactNode, useId, useRef, useState } from 'react'
import { Button } from 'react-aria-components'

/** A part of a record page under its own h2, a landmark named by that heading. */
export function Section({
  title,
  qa,
  children,
}: {
  title: string
  qa: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section className="card section" aria-labelledby={headingId} data-qa={qa}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}

/**
 * A button that opens a form below it (aria-expanded), and the polite status
 * line that says when the form's record was saved. The form gets `close`
 * (cancel) and `saved` (close, announce, return focus to the button).
 */
export function FormDisclosure({
  label,
  qa,
  savedMessage,
  children,
}: {
  label: string
  qa: string
  savedMessage: string
  children: (actions: { close: () => void; saved: () => void; headingId: string }) => ReactNode
}) {
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState('')
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const headingId = useId()
  const close = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  return (
    <div className="disclosure">
      <p className="disclosure__status" role="status">
        {status}
      </p>
      <Button
        ref={buttonRef}
        className="button button--secondary"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-qa={`${qa}-open`}
        onPress={() => {
          setStatus('')
          setOpen(!open)
        }}
      >
        {label}
      </Button>
      {open && (
        <div id={panelId} className="disclosure__panel">
          <h3 id={headingId}>{label}</h3>
          {children({
            close,
            saved: () => {
              setStatus(savedMessage)
              close()
            },
            headingId,
          })}
        </div>
      )}
    </div>
  )
}
