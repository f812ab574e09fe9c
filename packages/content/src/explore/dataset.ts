import { exploreIssues } from './issues.ts'
import type { ExploreDataset } from './schema.ts'
import { identityUseCases } from './use-cases/identity.ts'
import { namingUseCases } from './use-cases/naming.ts'
import { societyUseCases } from './use-cases/society.ts'
import { trustUseCases } from './use-cases/trust.ts'

/**
 * The Explore dataset: Internet-governance issues and the use cases mapped to them, every claim cited. Published
 * under CC BY 4.0 and versioned: bump `version` (semver) whenever an entry changes — minor for additions, patch
 * for corrections, major for a removed or renamed id. Validated by `dataset.test.ts`.
 */
export const exploreDataset: ExploreDataset = {
  version: '1.0.0',
  licence: 'CC-BY-4.0',
  lastChecked: '2026-11-27',
  issues: exploreIssues,
  useCases: [...namingUseCases, ...trustUseCases, ...identityUseCases, ...societyUseCases],
}

/** The attribution line the licence asks users to keep. */
export const exploreAttribution =
  'blockgov Explore dataset, licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'
