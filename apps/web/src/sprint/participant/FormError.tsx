/** A form's error, announced at once (role="alert") and shown next to the form that caused it. */
export function FormError({ message }: { message: string | null }) {
  if (message === null) return null
  return (
    <p role="alert" className="form-error">
      {message}
    </p>
  )
}
