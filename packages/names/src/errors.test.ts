import { namesRegistrarArtifact, namesRegistryArtifact } from '@blockgov/names-contracts'
import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { decodeRevert, NamesError, toNamesError } from './errors.ts'

const registryRevert = encodeErrorResult({
  abi: namesRegistryArtifact.abi,
  errorName: 'NamesRegistryNameFrozen',
  args: [`0x${'ab'.repeat(32)}`, 1234n],
})

describe('toNamesError', () => {
  it('decodes a revert that bubbled up from another contract into its stable code and details', () => {
    // The registrar's ABI does not know the registry's errors; the client decodes with all of them.
    const reverted = new ContractFunctionRevertedError({
      abi: namesRegistrarArtifact.abi,
      data: registryRevert,
      functionName: 'register',
    })
    const error = toNamesError(
      new ContractFunctionExecutionError(reverted, {
        abi: namesRegistrarArtifact.abi,
        functionName: 'register',
        args: [],
      }),
    )
    expect(error).toBeInstanceOf(NamesError)
    expect(error.code).toBe('NAME_FROZEN')
    expect(error.details).toMatchObject({ errorName: 'NamesRegistryNameFrozen', until: 1234n })
  })

  it('reports an unreachable RPC as CHAIN_UNAVAILABLE and anything else as TRANSACTION_FAILED', () => {
    expect(toNamesError(new HttpRequestError({ url: 'http://127.0.0.1:1' })).code).toBe('CHAIN_UNAVAILABLE')
    expect(toNamesError(new Error('boom'))).toMatchObject({ code: 'TRANSACTION_FAILED', message: 'boom' })
    const same = new NamesError('NOT_OWNER', 'x')
    expect(toNamesError(same)).toBe(same)
  })
})

describe('decodeRevert', () => {
  it('names our custom errors and ignores unknown data', () => {
    expect(decodeRevert(registryRevert)?.errorName).toBe('NamesRegistryNameFrozen')
    expect(decodeRevert('0xdeadbeef')).toBeUndefined()
  })
})
