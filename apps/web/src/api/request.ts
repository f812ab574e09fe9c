import type { ErrorBody } from '@blockgov/protocol'

/** A failed API call, carrying the server's stable code (clients branch on it) and its human message. */
export class ApiFailure extends Error {
  /** A code from docs/errors.md, or NETWORK when the server could not be reached. */
  readonly code: string
  readonly details: unknown
  constructor(body: { readonly code: string; readonly message: string; readonly details?: unknown }) {
    super(body.message)
    this.code = body.code
    this.details = body.details
  }
}

/**
 * One JSON call to the blockgov API: the body sent as JSON, `token` as a bearer token (a participant's or an
 * evaluator's pass; without it the organiser's sign-in cookie goes along), and any failure as an {@link ApiFailure}
 * with the server's code. Every area's API client is built on it.
 *
 * @example
 * const group = await apiRequest<Group>('GET', `/api/groups/${slug}`)
 */
export async function apiRequest<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  } catch {
    throw new ApiFailure({ code: 'NETWORK', message: 'The server cannot be reached. Check your connection.' })
  }
  if (response.status === 204) return undefined as T
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = json as Partial<ErrorBody> | null
    throw new ApiFailure({
      code: error?.code ?? 'INTERNAL',
      message: error?.message ?? response.statusText,
      details: error?.details,
    })
  }
  return json as T
}
