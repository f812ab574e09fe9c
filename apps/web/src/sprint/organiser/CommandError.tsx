/**
 * Where a control group's last command failure appears. The alert region is always in the page so that a
 * new message is announced when it is filled.
 */
export function CommandError({ message }: { message: string | null }) {
  return (
    <div role="alert" className="org-command-error">
      {message}
    </div>
  )
}
