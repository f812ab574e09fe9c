import type { KnownSourceId } from '../sources/registry.ts'
import type { Jurisdiction, PrivacyEdge, PrivacyNode, Provision } from './schema.ts'

/** A citation as written in the data modules: the source id must exist in the registry (checked by `tsc`). */
interface CitationInput {
  readonly source: KnownSourceId
  readonly pinpoint?: string
  readonly note?: string
}

type WithKnownSources<T> = T extends { citations: unknown }
  ? Omit<T, 'citations'> & { readonly citations: readonly CitationInput[] }
  : never

/** Shapes the data modules are written in; the zod schemas in schema.ts check the same data at test time. */
export type NodeInput = WithKnownSources<PrivacyNode>
export type EdgeInput = WithKnownSources<PrivacyEdge>
export type ProvisionInput = WithKnownSources<Provision>
export type JurisdictionInput = Omit<WithKnownSources<Jurisdiction>, 'provisions' | 'laws'> & {
  readonly laws: readonly KnownSourceId[]
  readonly provisions: readonly ProvisionInput[]
}
