import { z } from 'zod'
import { NodeId } from '../schema.ts'

/** Who may read, write and validate. */
export const ledgerTypes = ['public-permissionless', 'public-permissioned', 'private-permissioned'] as const
/** What personal data the application writes to the chain; `none` excludes the others. */
export const onChainKinds = ['none', 'addresses', 'hashes', 'encrypted', 'cleartext', 'pointers'] as const
/** Who runs the nodes that hold copies of the ledger. */
export const nodeOperators = ['anyone', 'known-organisations', 'single-organisation'] as const
/** Where those nodes are. */
export const nodeLocations = ['one-country', 'several-known-countries', 'worldwide', 'unknown'] as const
/** Who can change the protocol or the application's contracts. */
export const codeControls = ['single-organisation', 'consortium', 'open-community', 'nobody'] as const

/** The guided check's questionnaire, validated: a shared URL is untrusted input. */
export const CheckAnswers = z
  .strictObject({
    ledger: z.enum(ledgerTypes),
    onChain: z.array(z.enum(onChainKinds)).min(1),
    operators: z.enum(nodeOperators),
    locations: z.enum(nodeLocations),
    code: z.enum(codeControls),
    /** Whether contracts take decisions that significantly affect people (refunds, eligibility, penalties). */
    automatedDecisions: z.boolean(),
    /** Jurisdiction ids of the map where the application's users are. */
    jurisdictions: z.array(NodeId).min(1),
  })
  .refine((a) => !(a.onChain.includes('none') && a.onChain.length > 1), {
    message: '"none" cannot be combined with kinds of personal data',
    path: ['onChain'],
  })
export type CheckAnswers = z.infer<typeof CheckAnswers>
