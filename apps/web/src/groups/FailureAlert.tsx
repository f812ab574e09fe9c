import type { ApiFailure } from '../api/request.ts'

/** A form's alert region: empty until a call fails, then the server's message. */
export function FailureAlert({ failure }: { failure: ApiFailure | null }) {
  return <div role="alert">{failure === null ? null : <p className="groups-error">{failure.message}</p>}</div>
}
