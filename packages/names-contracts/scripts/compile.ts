/**
 * `npm run contracts:build`: compiles `contracts/*.sol` with solc-js (standard JSON, pinned compiler and EVM
 * version, optimizer on) and writes `src/artifacts.generated.ts`. `src/artifacts.test.ts` recompiles and fails
 * when the committed file differs, so the ABI the client uses always matches the sources.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The exact solc-js build the artifacts come from; anything else is refused. */
export const SOLC_VERSION = '0.8.37+commit.f401782d.Emscripten.clang'
/** Target EVM. Cancun has transient storage and MCOPY; every current chain and anvil's default accept it. */
export const EVM_VERSION = 'cancun'
/** Optimizer runs: tuned for cheap calls (registration, records) over deployment size. */
export const OPTIMIZER_RUNS = 10_000

/** The deployable contracts, in the order they appear in the generated module. */
export const CONTRACT_NAMES = [
  'NamesRegistry',
  'NamesRegistrar',
  'NamesResolver',
  'NamesDisputes',
  'NamesCouncil',
  'NamesTimelock',
] as const
export type ContractName = (typeof CONTRACT_NAMES)[number]

/** One compiled contract. */
export interface CompiledContract {
  abi: unknown[]
  bytecode: string
}

interface SolcOutput {
  errors?: { severity: 'error' | 'warning' | 'info'; formattedMessage: string }[]
  contracts?: Record<string, Record<string, { abi: unknown[]; evm: { bytecode: { object: string } } }>>
}

interface Solc {
  version(): string
  compile(input: string, callbacks: { import: (path: string) => { contents: string } | { error: string } }): string
}

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)))
const contractsDir = join(packageDir, 'contracts')
const require = createRequire(import.meta.url)

/** Path of the generated module. */
export const ARTIFACTS_PATH = join(packageDir, 'src', 'artifacts.generated.ts')

function loadSolc(): Solc {
  const solc = require('solc') as Solc
  const version = solc.version()
  if (version !== SOLC_VERSION) throw new Error(`solc ${version} found, ${SOLC_VERSION} required`)
  return solc
}

/** Resolves `@openzeppelin/...` (and any other package import) from node_modules. */
function importCallback(path: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') }
  } catch {
    return { error: `not found: ${path}` }
  }
}

/** Compiles every contract in `contracts/` and returns the deployable ones by name. Throws on any error. */
export function compileContracts(): Record<ContractName, CompiledContract> {
  const solc = loadSolc()
  const sources: Record<string, { content: string }> = {}
  for (const file of readdirSync(contractsDir).sort()) {
    if (file.endsWith('.sol')) sources[file] = { content: readFileSync(join(contractsDir, file), 'utf8') }
  }
  const input = {
    language: 'Solidity',
    sources,
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
    },
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: importCallback })) as SolcOutput
  const problems = (output.errors ?? []).filter((e) => e.severity !== 'info')
  if (problems.length > 0) throw new Error(problems.map((e) => e.formattedMessage).join('\n'))

  const result: Partial<Record<ContractName, CompiledContract>> = {}
  for (const name of CONTRACT_NAMES) {
    const compiled = output.contracts?.[`${name}.sol`]?.[name]
    if (!compiled) throw new Error(`${name} missing from solc output`)
    result[name] = { abi: compiled.abi, bytecode: `0x${compiled.evm.bytecode.object}` }
  }
  return result as Record<ContractName, CompiledContract>
}

function exportName(name: ContractName): string {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}Artifact`
}

/** The text of `src/artifacts.generated.ts` for `contracts`. */
export function renderArtifacts(contracts: Record<ContractName, CompiledContract>): string {
  const lines = [
    '// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run contracts:build`',
    '// (packages/names-contracts/scripts/compile.ts); src/artifacts.test.ts fails when it drifts from contracts/.',
    `// solc ${SOLC_VERSION}, evmVersion ${EVM_VERSION}, optimizer on (${OPTIMIZER_RUNS} runs).`,
    '',
    `/** The settings the artifacts below were compiled with. */`,
    `export const compilerSettings = ${JSON.stringify({ solc: SOLC_VERSION, evmVersion: EVM_VERSION, optimizerRuns: OPTIMIZER_RUNS })} as const`,
  ]
  for (const name of CONTRACT_NAMES) {
    const { abi, bytecode } = contracts[name]
    lines.push(
      '',
      `/** ABI and creation bytecode of contracts/${name}.sol. */`,
      `export const ${exportName(name)} = {`,
      `  contractName: '${name}',`,
      `  abi: ${JSON.stringify(abi)},`,
      `  bytecode: '${bytecode}',`,
      '} as const',
    )
  }
  return `${lines.join('\n')}\n`
}

function main(): void {
  const contracts = compileContracts()
  writeFileSync(ARTIFACTS_PATH, renderArtifacts(contracts))
  for (const name of CONTRACT_NAMES) {
    const size = (contracts[name].bytecode.length - 2) / 2
    process.stdout.write(`${name.padEnd(16)} ${size.toLocaleString('en')} bytes of creation code\n`)
  }
  process.stdout.write(`wrote ${ARTIFACTS_PATH}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
