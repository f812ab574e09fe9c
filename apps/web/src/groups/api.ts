import { apiRequest } from '../api/request.ts'

export interface Milestone {
  readonly title: string
  readonly owner: string
  readonly due: string
}

/** A working group (GET /api/groups/:slug). */
export interface Group {
  readonly id: string
  readonly slug: string
  readonly address: string
  readonly name: string
  readonly purpose: string
  readonly leader: string
  readonly nextStep: string
  readonly outputArea: string | null
  readonly milestones: readonly Milestone[]
  readonly members: number
  readonly source: { readonly sessionId: string; readonly sprintGroupId: string } | null
  readonly createdAt: string
}

export interface Post {
  readonly id: string
  readonly messageId: string
  readonly subject: string
  readonly senderName: string
  readonly text: string
  /** Sanitised on the server (allow-list); safe to render. */
  readonly html: string | null
  readonly receivedAt: string
}

export interface Thread {
  readonly root: Post
  readonly messages: readonly Post[]
}

export interface Outcome {
  readonly sessionId: string
  readonly sessionTitle: string
  readonly groupId: string
  readonly groupName: string
  readonly project: string
  readonly leader: string
  readonly nextStep: string
  readonly workingGroup: string | null
}

export interface OutboxMessage {
  readonly id: string
  readonly kind: string
  readonly subject: string
  readonly recipient: string
  readonly state: 'queued' | 'sending' | 'sent' | 'failed' | 'stored'
  readonly attempts: number
  readonly lastError: string | null
  readonly createdAt: string
  readonly raw: string
}

export interface HeldMessage extends Post {
  readonly list: string
  readonly sender: string
}

export interface Announcement {
  readonly subject: string
  readonly body: string
  readonly sentAt: string | null
}

export interface NewGroupInput {
  readonly name: string
  readonly purpose: string
  readonly leader: string
  readonly nextStep: string
  readonly milestones: readonly Milestone[]
  readonly outputArea: string | null
}

/** A partner review of an output (GET /api/reviews). */
export interface Review {
  readonly id: string
  readonly output: { readonly area: string; readonly ref: string; readonly title: string; readonly path: string }
  readonly partner: string
  readonly kind: string
  readonly checklist: readonly { readonly id: string; readonly label: string; readonly checked: boolean }[]
  readonly comment: string
  readonly status: 'requested' | 'in-review' | 'completed'
  readonly updatedAt: string
  readonly source: {
    readonly title: string
    readonly issuer: string
    readonly year: number
    readonly url: string
  } | null
}

/** The output a review is about, as the API takes it. */
export interface ReviewOutput {
  readonly area: 'groups' | 'names' | 'privacy' | 'learn' | 'assess' | 'explore'
  readonly ref: string
  readonly title: string
  readonly path: string
}

const slugPath = (slug: string) => `/api/groups/${encodeURIComponent(slug)}`

/** The Groups API (apps/server/src/routes/groups.ts). */
export const groupsApi = {
  groups: () => apiRequest<{ groups: Group[]; listDomain: string }>('GET', '/api/groups'),
  group: (slug: string) => apiRequest<Group>('GET', slugPath(slug)),
  create: (input: NewGroupInput) => apiRequest<Group>('POST', '/api/groups', input),
  outcomes: () => apiRequest<{ outcomes: Outcome[] }>('GET', '/api/groups/outcomes'),
  fromOutcome: (sessionId: string, groupId: string) =>
    apiRequest<Group>('POST', '/api/groups/from-outcome', { sessionId, groupId }),
  announcement: (slug: string) => apiRequest<Announcement>('GET', `${slugPath(slug)}/announcement`),
  editAnnouncement: (slug: string, subject: string, body: string) =>
    apiRequest<{ ok: true }>('PUT', `${slugPath(slug)}/announcement`, { subject, body }),
  sendAnnouncement: (slug: string) => apiRequest<{ deliveries: number }>('POST', `${slugPath(slug)}/announcement/send`),
  archive: (slug: string, q: string) =>
    apiRequest<{ threads: Thread[] }>(
      'GET',
      `/api/groups/lists/${encodeURIComponent(slug)}${q === '' ? '' : `?q=${encodeURIComponent(q)}`}`,
    ),
  subscribe: (slug: string, email: string, digest: boolean) =>
    apiRequest<{ ok: true }>('POST', `/api/groups/lists/${encodeURIComponent(slug)}/subscribe`, { email, digest }),
  confirm: (token: string) => apiRequest<{ list: string; name: string }>('POST', '/api/groups/confirm', { token }),
  membership: (token: string) =>
    apiRequest<{ list: string; name: string; status: string; digest: boolean }>(
      'GET',
      `/api/groups/membership/${encodeURIComponent(token)}`,
    ),
  setDigest: (token: string, digest: boolean) =>
    apiRequest<{ ok: true }>('PUT', `/api/groups/membership/${encodeURIComponent(token)}`, { digest }),
  unsubscribe: (token: string) =>
    apiRequest<{ list: string; name: string }>('POST', `/api/groups/unsubscribe/${encodeURIComponent(token)}`, {}),
  outbox: () => apiRequest<{ messages: OutboxMessage[] }>('GET', '/api/groups-admin/outbox'),
  held: () => apiRequest<{ messages: HeldMessage[] }>('GET', '/api/groups-admin/held'),
  moderate: (id: string, decision: 'approve' | 'reject') =>
    apiRequest<{ ok: true }>('POST', `/api/groups-admin/held/${encodeURIComponent(id)}`, { decision }),
  exportSubscriber: (email: string) => apiRequest<unknown>('POST', '/api/groups-admin/subscribers/export', { email }),
  requestReview: (output: ReviewOutput, partner: 'accessibility' | 'libraries', partnerName: string) =>
    apiRequest<{ review: Review; link: string }>('POST', '/api/reviews', { output, partner, partnerName }),
  reviews: (area: string, ref: string) =>
    apiRequest<{ reviews: Review[] }>(
      'GET',
      `/api/reviews?area=${encodeURIComponent(area)}&ref=${encodeURIComponent(ref)}`,
    ),
  review: (token: string) => apiRequest<Review>('GET', `/api/reviews/${encodeURIComponent(token)}`),
  answerReview: (token: string, checked: readonly string[], comment: string, complete: boolean) =>
    apiRequest<Review>('PUT', `/api/reviews/${encodeURIComponent(token)}`, { checked, comment, complete }),
  eraseSubscriber: (email: string) =>
    apiRequest<{ ok: true }>('POST', '/api/groups-admin/subscribers/erase', { email }),
}
