import { errorCatalog } from './errors.ts'

/** `docs/errors.md`: every stable error code with its HTTP status and default message. */
export function renderErrorTable(): string {
  const rows = Object.entries(errorCatalog).map(([code, spec]) => `| \`${code}\` | ${spec.status} | ${spec.message} |`)
  return [
    '# Error codes',
    '',
    'Every error from the HTTP API and the WebSocket is `{ "code", "message", "details"? }`. Clients branch on',
    '`code`, which never changes meaning once shipped; `message` is for people and may be reworded.',
    '',
    'Generated from `packages/protocol/src/errors.ts` by `npm run docs`; a test fails when this file drifts.',
    '',
    '| Code | HTTP status | Meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n')
}
