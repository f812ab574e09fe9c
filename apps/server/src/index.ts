/**
 * @packageDocumentation
 * blockgov's HTTP + WebSocket server. `buildApp` wires packages into a Fastify app without listening;
 * `startServer` is the process-level start used by the CLI and the browser tests.
 */
export { type AppDeps, buildApp } from './app.ts'
export { chainFiles, type RunningChain, readRunningChain } from './names/chain-files.ts'
export { DEV_ACCOUNT_COUNT, type NamesBackend, type NamesChain } from './names/names-chain.ts'
export { type EditableType, RRsetInput, rrsetChange } from './names/record-input.ts'
export { displayRecord, fullName } from './names/views.ts'
export { type RunningServer, type StartOptions, startServer } from './serve.ts'
export { type ReportHeader, sessionReport } from './sprint/report.ts'
export { renderPdf } from './sprint/report-pdf.ts'
export { type ExecuteResult, SessionHub } from './sprint/session-hub.ts'
