import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ARTIFACTS_PATH, compileContracts, EVM_VERSION, renderArtifacts, SOLC_VERSION } from '../scripts/compile.ts'
import { compilerSettings, namesRegistryArtifact } from './index.ts'

describe('artifacts.generated.ts', () => {
  it('matches a fresh compilation of contracts/ (run `npm run contracts:build` after editing a contract)', () => {
    const fresh = renderArtifacts(compileContracts())
    expect(readFileSync(ARTIFACTS_PATH, 'utf8') === fresh, 'src/artifacts.generated.ts is stale').toBe(true)
  }, 120_000)

  it('records the pinned compiler and EVM version and says it is generated', () => {
    expect(compilerSettings).toEqual({ solc: SOLC_VERSION, evmVersion: EVM_VERSION, optimizerRuns: 10_000 })
    expect(readFileSync(ARTIFACTS_PATH, 'utf8').split('\n')[0]).toMatch(/GENERATED FILE, DO NOT EDIT/)
    expect(namesRegistryArtifact.bytecode).toMatch(/^0x[0-9a-f]+$/)
  })
})
