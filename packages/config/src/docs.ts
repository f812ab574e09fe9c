import { variables } from './variables.ts'

/** The text of `.env.example`: every variable with its meaning, allowed values and default. */
export function renderEnvExample(): string {
  const header = [
    '# blockgov configuration. Copy to .env or export these variables; every one is optional.',
    '# Generated from packages/config/src/variables.ts by `npm run docs`; a test fails when it drifts.',
  ]
  const blocks = Object.entries(variables).map(([name, spec]) => {
    const lines = [`# ${spec.description}`, `# Allowed: ${spec.allowed}.`]
    lines.push(spec.default === undefined ? `# ${name}=` : `${name}=${spec.default}`)
    return lines.join('\n')
  })
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`
}

/** The README's configuration table (Markdown), generated from the same definitions. */
export function renderConfigTable(): string {
  const rows = Object.entries(variables).map(([name, spec]) => {
    const def = spec.default === undefined ? '(unset)' : `\`${spec.default}\``
    return `| \`${name}\` | ${def} | ${spec.description} Allowed: ${spec.allowed}. |`
  })
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n')
}
