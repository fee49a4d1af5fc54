import { Button, type ButtonProps } from 'react-aria-components'

/**
 * A button that ignores presses while its action runs, and says so with
 * aria-disabled (staying focusable, unlike `disabled`). Not React Aria's
 * `isPending`: its announcement points at the button by id for seven
 * seconds, and these buttons unmount as soon as the action succeeds (sign in,
 * sign out), which leaves a dangling label that screen readers read as
 * nothing and axe reports.
 */
export function PendingButton({
  pending,
  onPress,
  ...props
}: Omit<ButtonProps, 'isPending'> & { pending: boolean }) {
  return (
    <Button
      {...props}
      aria-disabled={pending || undefined}
      data-pending={pending || undefined}
      onPress={pending ? undefined : onPress}
    />
  )
}
