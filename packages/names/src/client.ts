import type { ChainClients } from './chain.ts'
import { type CouncilApi, councilApi } from './council.ts'
import type { NamesDeployment } from './deploy.ts'
import { type DisputesApi, disputesApi } from './disputes.ts'
import { type RecordsApi, recordsApi } from './records.ts'
import { type RegistrationApi, registrationApi } from './registration.ts'

/** The name system client: registration and records at the top level, disputes and council grouped. */
export type NamesClient = RegistrationApi &
  RecordsApi & {
    readonly deployment: NamesDeployment
    readonly rootName: string
    readonly disputes: DisputesApi
    readonly council: CouncilApi
  }

/**
 * A client for one deployment. Every write signs with `clients.walletClient` and resolves once mined; failures
 * are {@link NamesError}s with stable codes.
 *
 * @example
 * const names = createNamesClient(await connectChain({ rpcUrl, account }), deployment)
 * await names.registerName('example.blockgov.alt', { duration: 365 * 86_400 })
 * await names.setDnsRecords('example.blockgov.alt', [{ name: 'example.blockgov.alt', type: 'A', ttl: 300, data: '192.0.2.1' }])
 */
export function createNamesClient(clients: ChainClients, deployment: NamesDeployment): NamesClient {
  const context = { clients, deployment }
  return {
    ...registrationApi(context),
    ...recordsApi(context),
    deployment,
    rootName: deployment.rootName,
    disputes: disputesApi(context),
    council: councilApi(context),
  }
}
