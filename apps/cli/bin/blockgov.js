#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx now, Node's own type stripping once Node 20 support ends.
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
