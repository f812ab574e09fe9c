import { type Config, formatConfigProblems, loadConfig } from './config.ts'

/** Exit status for a configuration error (sysexits.h EX_CONFIG), so scripts can tell it from a crash. */
const EX_CONFIG = 78

/**
 * Loads the configuration or, when any variable is invalid, prints every problem to stderr and exits.
 * Only process entry points call this; everything else receives a `Config`.
 */
export function loadConfigOrExit(env: Readonly<Record<string, string | undefined>>): Config {
  const result = loadConfig(env)
  if (result.ok) return result.config
  process.stderr.write(`${formatConfigProblems(result.problems)}\n`)
  process.exit(EX_CONFIG)
}
