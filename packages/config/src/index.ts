/**
 * @packageDocumentation
 * blockgov's one configuration module: every environment variable is declared, parsed and documented here,
 * once. Apps call `loadConfigOrExit(process.env)` at start and pass the parts each package needs.
 */
export {
  type ChainConfig,
  type Config,
  type ConfigProblem,
  type DatabaseConfig,
  type DnsConfig,
  formatConfigProblems,
  type GroupsConfig,
  type LoadConfigResult,
  loadConfig,
} from './config.ts'
export { renderConfigTable, renderEnvExample } from './docs.ts'
export { loadConfigOrExit } from './exit.ts'
export { type Variable, type VariableName, variables } from './variables.ts'
