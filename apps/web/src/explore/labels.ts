import {
  type Approach,
  type DwBasket,
  type EvidenceStrength,
  exploreDataset,
  type Region,
  type RelatedArea,
  type UseCaseStatus,
  type WgigCluster,
} from '@blockgov/content'
import type { MessageKey } from '../i18n/translate.ts'

/** The dataset's issue ids, in its order. */
export const issueIds: readonly string[] = exploreDataset.issues.map((issue) => issue.id)
const issueLabels = new Map(exploreDataset.issues.map((issue) => [issue.id, issue.label]))

/** An issue's label (English, as the dataset is), or the id itself for an id the dataset does not know. */
export function issueLabel(id: string): string {
  return issueLabels.get(id) ?? id
}

export const statusLabel: Readonly<Record<UseCaseStatus, MessageKey>> = {
  proposal: 'explore.status.proposal',
  specified: 'explore.status.specified',
  pilot: 'explore.status.pilot',
  production: 'explore.status.production',
  abandoned: 'explore.status.abandoned',
}

export const strengthLabel: Readonly<Record<EvidenceStrength, MessageKey>> = {
  none: 'explore.strength.none',
  claimed: 'explore.strength.claimed',
  reported: 'explore.strength.reported',
  assessed: 'explore.strength.assessed',
}

/** What each step of the evidence scale means, shown in the legend. */
export const strengthMeaning: Readonly<Record<EvidenceStrength, MessageKey>> = {
  none: 'explore.strength.none.meaning',
  claimed: 'explore.strength.claimed.meaning',
  reported: 'explore.strength.reported.meaning',
  assessed: 'explore.strength.assessed.meaning',
}

export const regionLabel: Readonly<Record<Region, MessageKey>> = {
  global: 'explore.region.global',
  'east-asia-pacific': 'explore.region.east-asia-pacific',
  'europe-central-asia': 'explore.region.europe-central-asia',
  'latin-america-caribbean': 'explore.region.latin-america-caribbean',
  'middle-east-north-africa': 'explore.region.middle-east-north-africa',
  'north-america': 'explore.region.north-america',
  'south-asia': 'explore.region.south-asia',
  'sub-saharan-africa': 'explore.region.sub-saharan-africa',
}

export const approachLabel: Readonly<Record<Approach, MessageKey>> = {
  blockchain: 'explore.approach.blockchain',
  'ledger-optional': 'explore.approach.ledger-optional',
  'non-blockchain': 'explore.approach.non-blockchain',
}

export const wgigLabel: Readonly<Record<WgigCluster, MessageKey>> = {
  infrastructure: 'explore.wgig.infrastructure',
  use: 'explore.wgig.use',
  'wider-impact': 'explore.wgig.wider-impact',
  development: 'explore.wgig.development',
}

export const basketLabel: Readonly<Record<DwBasket, MessageKey>> = {
  infrastructure: 'explore.dw.infrastructure',
  cybersecurity: 'explore.dw.cybersecurity',
  'human-rights': 'explore.dw.human-rights',
  'legal-regulatory': 'explore.dw.legal-regulatory',
  economic: 'explore.dw.economic',
  development: 'explore.dw.development',
  sociocultural: 'explore.dw.sociocultural',
}

/** Where a related area lives, and how the link reads. */
export const relatedLink: Readonly<Record<RelatedArea, { readonly to: string; readonly label: MessageKey }>> = {
  names: { to: '/names', label: 'explore.related.names' },
  learn: { to: '/learn', label: 'explore.related.learn' },
  assess: { to: '/assess', label: 'explore.related.assess' },
  'privacy-map': { to: '/privacy-map', label: 'explore.related.privacy-map' },
}
