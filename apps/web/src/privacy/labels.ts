import type { CheckMethod, EdgeType, NodeKind, ProvisionTopic, SourceType } from '@blockgov/content'
import type { MessageKey } from '../i18n/translate.ts'

/** Plural headings for groups of entries. */
export const kindHeading: Readonly<Record<NodeKind, MessageKey>> = {
  tension: 'privacy.kinds.tension',
  data: 'privacy.kinds.data',
  actor: 'privacy.kinds.actor',
  role: 'privacy.kinds.role',
  concept: 'privacy.kinds.concept',
  principle: 'privacy.kinds.principle',
  right: 'privacy.kinds.right',
  obligation: 'privacy.kinds.obligation',
  mitigation: 'privacy.kinds.mitigation',
  threat: 'privacy.kinds.threat',
}

/** Singular labels, for the badge on one entry. */
export const kindLabel: Readonly<Record<NodeKind, MessageKey>> = {
  tension: 'privacy.kind.tension',
  data: 'privacy.kind.data',
  actor: 'privacy.kind.actor',
  role: 'privacy.kind.role',
  concept: 'privacy.kind.concept',
  principle: 'privacy.kind.principle',
  right: 'privacy.kind.right',
  obligation: 'privacy.kind.obligation',
  mitigation: 'privacy.kind.mitigation',
  threat: 'privacy.kind.threat',
}

export const edgeLabel: Readonly<Record<EdgeType, MessageKey>> = {
  tension: 'privacy.edge.tension',
  mitigation: 'privacy.edge.mitigation',
  obligation: 'privacy.edge.obligation',
  relates: 'privacy.edge.relates',
}

export const topicLabel: Readonly<Record<ProvisionTopic, MessageKey>> = {
  'personal-data': 'privacy.topic.personal-data',
  anonymisation: 'privacy.topic.anonymisation',
  roles: 'privacy.topic.roles',
  principles: 'privacy.topic.principles',
  erasure: 'privacy.topic.erasure',
  rectification: 'privacy.topic.rectification',
  objection: 'privacy.topic.objection',
  'automated-decisions': 'privacy.topic.automated-decisions',
  transfers: 'privacy.topic.transfers',
  'by-design': 'privacy.topic.by-design',
  'impact-assessment': 'privacy.topic.impact-assessment',
}

export const sourceTypeLabel: Readonly<Record<SourceType, MessageKey>> = {
  law: 'privacy.sourceType.law',
  'regulator-guidance': 'privacy.sourceType.regulator-guidance',
  'court-case': 'privacy.sourceType.court-case',
  'official-notice': 'privacy.sourceType.official-notice',
  study: 'privacy.sourceType.study',
  standard: 'privacy.sourceType.standard',
  technical: 'privacy.sourceType.technical',
}

export const checkMethodLabel: Readonly<Record<CheckMethod, MessageKey>> = {
  'primary-text': 'privacy.source.primary-text',
  'secondary-sources': 'privacy.source.secondary-sources',
}
