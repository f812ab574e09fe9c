import { useOutletContext } from 'react-router'
import type { ApiFailure } from '../api/request.ts'
import type { NamesOverview } from './api.ts'

/** Who signs the writes: a public anvil dev account (embedded dev chain only) or the browser wallet. */
export type Signer = { readonly kind: 'dev'; readonly account: number } | { readonly kind: 'wallet' }

/** What every Names page shares: the chain overview, loaded once, and the signer chosen. */
export interface NamesContext {
  readonly overview: NamesOverview | null
  readonly overviewError: ApiFailure | null
  readonly signer: Signer
  readonly setSigner: (signer: Signer) => void
}

export function useNames(): NamesContext {
  return useOutletContext<NamesContext>()
}
