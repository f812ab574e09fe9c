// Compiles native/udp_batch.c into build/udp_batch.node. Runs on `npm ci` (this package's install script); it
// does nothing when the build is newer than the source, unless given --force.
//
// A plain C compiler call, not node-gyp: the addon is one file against Node-API and libuv, whose headers ship
// with Node itself, and node-gyp would try to download headers from nodejs.org, which a closed network refuses.
//
// Without a compiler, or off Linux, this prints why and exits 0: the DNS gateway then uses Node's dgram. Set
// BLOCKGOV_REQUIRE_UDP_BATCH=1 (CI does) to make that a failure instead.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const source = join(here, 'native', 'udp_batch.c')
const output = join(here, 'build', 'udp_batch.node')
const required = process.env.BLOCKGOV_REQUIRE_UDP_BATCH === '1'

function giveUp(reason) {
  const message = `@blockgov/udp-batch: not built (${reason}); the DNS gateway will use Node's dgram instead.`
  if (required) {
    console.error(`${message}\nBLOCKGOV_REQUIRE_UDP_BATCH=1 makes this an error.`)
    process.exit(1)
  }
  console.warn(message)
  process.exit(0)
}

if (process.platform !== 'linux') giveUp(`recvmmsg and sendmmsg are Linux system calls; this is ${process.platform}`)
if (existsSync(output) && statSync(output).mtimeMs >= statSync(source).mtimeMs && !process.argv.includes('--force')) {
  process.exit(0)
}

/** Where Node's own headers are: a Node install prefix has them in include/node (node_api.h and uv.h). */
function headerDirectory() {
  const prefixes = [process.env.npm_config_nodedir, join(dirname(process.execPath), '..'), '/usr', '/usr/local']
  for (const prefix of prefixes) {
    if (prefix === undefined || prefix === '') continue
    const candidate = join(prefix, 'include', 'node')
    if (existsSync(join(candidate, 'node_api.h')) && existsSync(join(candidate, 'uv.h'))) return candidate
  }
  return undefined
}

const include = headerDirectory()
if (include === undefined) giveUp("Node's headers (node_api.h, uv.h) were not found")
const compiler = process.env.CC ?? 'cc'
mkdirSync(dirname(output), { recursive: true })
// Written beside the target and renamed, so a process loading the addon never sees half a file.
const partial = `${output}.${process.pid}.tmp`
const result = spawnSync(
  compiler,
  ['-O2', '-std=gnu11', '-Wall', '-Wextra', '-Werror', '-shared', '-fPIC', '-I', include, '-o', partial, source],
  { stdio: 'inherit' },
)
if (result.error !== undefined || result.status !== 0) {
  rmSync(partial, { force: true })
  giveUp(
    result.error === undefined ? `${compiler} exited with ${result.status}` : `${compiler}: ${result.error.message}`,
  )
}
renameSync(partial, output)
console.log(`@blockgov/udp-batch: built ${output}`)
