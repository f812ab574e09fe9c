import type { JoinResponse, OrganiserView, SessionSummary } from '@blockgov/protocol'
import type { ProfileInput } from '@blockgov/sprint'
import { apiRequest } from '../api/request.ts'

export { ApiFailure } from '../api/request.ts'

export const api = {
  login: (email: string, password: string) => apiRequest<OrganiserView>('POST', '/api/auth/login', { email, password }),
  logout: () => apiRequest<void>('POST', '/api/auth/logout'),
  me: () => apiRequest<OrganiserView>('GET', '/api/auth/me'),
  createSession: (title: string) => apiRequest<SessionSummary>('POST', '/api/sessions', { title }),
  listSessions: () => apiRequest<SessionSummary[]>('GET', '/api/sessions'),
  join: (code: string, displayName: string, presence: 'room' | 'online', profile: ProfileInput) =>
    apiRequest<JoinResponse>('POST', '/api/join', { code, displayName, presence, profile }),
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
  return apiRequest('GET', `/api/sessions/${encodeURIComponent(sessionId)}/evaluation`)
}

/** The participant's own data export (JSON), as the server holds it. */
export function exportMyData(sessionId: string, token: string): Promise<unknown> {
  return apiRequest('GET', `/api/sessions/${encodeURIComponent(sessionId)}/me`, undefined, token)
}

/** Erases the participant's personal data; returns the pseudonym that replaces their name. */
export function eraseMyData(sessionId: string, token: string): Promise<{ pseudonym: string }> {
  return apiRequest('POST', `/api/sessions/${encodeURIComponent(sessionId)}/me/erase`, undefined, token)
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
    apiRequest<ReportDraft>('GET', `${reportPath(sessionId)}?format=json`, undefined, token),
  save: (sessionId: string, section: ReportSection, text: string, token?: string) =>
    apiRequest<void>('PUT', `${reportPath(sessionId)}/sections/${section}`, { text }, token),
  publish: (sessionId: string) => apiRequest<{ version: number }>('POST', `${reportPath(sessionId)}/versions`, {}),
  versions: (sessionId: string) =>
    apiRequest<{ version: number; publishedAt: string }[]>('GET', `${reportPath(sessionId)}/versions`),
}
