import type { ErrorBody, JoinResponse, OrganiserView, SessionSummary } from '@blockgov/protocol'
import type { ProfileInput } from '@blockgov/sprint'

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

async function request<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
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

export const api = {
  login: (email: string, password: string) => request<OrganiserView>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  me: () => request<OrganiserView>('GET', '/api/auth/me'),
  createSession: (title: string) => request<SessionSummary>('POST', '/api/sessions', { title }),
  listSessions: () => request<SessionSummary[]>('GET', '/api/sessions'),
  join: (code: string, displayName: string, presence: 'room' | 'online', profile: ProfileInput) =>
    request<JoinResponse>('POST', '/api/join', { code, displayName, presence, profile }),
}

/** A participant's identity for one session, kept in this browser so a reload or reconnect keeps it. */
export interface ParticipantPass {
  readonly participantId: string
  readonly token: string
}

const passKey = (sessionId: string) => `blockgov.pass.${sessionId}`

export function savePass(sessionId: string, pass: ParticipantPass): void {
  try {
    localStorage.setItem(passKey(sessionId), JSON.stringify(pass))
  } catch {
    // Storage disabled: the pass lives only as long as this page.
  }
}

export function readPass(sessionId: string): ParticipantPass | null {
  try {
    const raw = localStorage.getItem(passKey(sessionId))
    const pass = raw === null ? null : (JSON.parse(raw) as Partial<ParticipantPass>)
    return typeof pass?.participantId === 'string' && typeof pass.token === 'string'
      ? { participantId: pass.participantId, token: pass.token }
      : null
  } catch {
    return null
  }
}

/** Per-idea results computed on the server, where consented stakeholder answers are available. */
export interface ServerIdeaResult {
  readonly ideaId: string
  readonly byStakeholder: readonly { stakeholder: string; raters: number; weightedMean: number }[]
}

export function fetchEvaluation(
  sessionId: string,
): Promise<{ designs: { designId: string; results: ServerIdeaResult[] }[] }> {
  return request('GET', `/api/sessions/${encodeURIComponent(sessionId)}/evaluation`)
}

/** The participant's own data export (JSON), as the server holds it. */
export function exportMyData(sessionId: string, token: string): Promise<unknown> {
  return request('GET', `/api/sessions/${encodeURIComponent(sessionId)}/me`, undefined, token)
}

/** Erases the participant's personal data; returns the pseudonym that replaces their name. */
export function eraseMyData(sessionId: string, token: string): Promise<{ pseudonym: string }> {
  return request('POST', `/api/sessions/${encodeURIComponent(sessionId)}/me/erase`, undefined, token)
}

/** Forgets this browser's pass for a session (after erasure, the token no longer exists). */
export function forgetPass(sessionId: string): void {
  try {
    localStorage.removeItem(passKey(sessionId))
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The five report sections editors may write (see packages/sprint/src/report/edits.ts). */
export type ReportSection = 'keyPolicyQuestions' | 'issues' | 'recommendations' | 'otherInitiatives' | 'progress'

/** The draft report as JSON: sections 1 and 4 are text, 2, 3 and 5 carry their automatic draft and any edit. */
export interface ReportDraft {
  readonly keyPolicyQuestions: string
  readonly otherInitiatives: string
  readonly issues: { readonly drafted: string; readonly edited?: string }
  readonly recommendations: { readonly drafted: string; readonly edited?: string }
  readonly progress: { readonly drafted: string; readonly edited?: string }
}

const reportPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/report`

export const reports = {
  /** `token`: a rapporteur's participant pass; without it the organiser's sign-in cookie is used. */
  draft: (sessionId: string, token?: string) =>
    request<ReportDraft>('GET', `${reportPath(sessionId)}?format=json`, undefined, token),
  save: (sessionId: string, section: ReportSection, text: string, token?: string) =>
    request<void>('PUT', `${reportPath(sessionId)}/sections/${section}`, { text }, token),
  publish: (sessionId: string) => request<{ version: number }>('POST', `${reportPath(sessionId)}/versions`, {}),
  versions: (sessionId: string) =>
    request<{ version: number; publishedAt: string }[]>('GET', `${reportPath(sessionId)}/versions`),
}
