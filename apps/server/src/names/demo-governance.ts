import { anvilAccount, type ChainClients, createNamesClient, type NamesDeployment, withAccount } from '@blockgov/names'

/**
 * Puts something on the public docket and before the council of a fresh dev chain, so their pages show a real
 * dispute and real per-group tallies: account 6 disputes `sprint`, and council member 1 proposes reserving
 * `registry`, with votes from three groups. Run once, right after {@link seedDemo}, on the embedded chain only.
 */
export async function seedGovernanceDemo(clients: ChainClients, deployment: NamesDeployment): Promise<void> {
  const as = (index: number) => createNamesClient(withAccount(clients, anvilAccount(index)), deployment)
  await as(6).disputes.file(`sprint.${deployment.rootName}`, {
    reason: 'Demo dispute: the name is said to impersonate the design sprint organisers.',
    evidenceUri: 'https://example.org/evidence/demo-1',
  })
  const member = as(1)
  const { id } = await member.council.propose(
    [member.council.actions.setReserved(['registry'], true)],
    'Reserve the label "registry" for the namespace operator (demo proposal)',
  )
  await member.council.vote(id, 'for')
  await as(2).council.vote(id, 'for')
  await as(3).council.vote(id, 'against')
}
