import { PGlite } from '@electric-sql/pglite'

let t = performance.now()
const db = new PGlite()
await db.waitReady
console.log('fresh mem', Math.round(performance.now() - t))
t = performance.now()
const dump = await db.dumpDataDir('none')
console.log('dump', Math.round(performance.now() - t), dump.size)
t = performance.now()
const db2 = new PGlite({ loadDataDir: dump })
await db2.waitReady
console.log('from dump', Math.round(performance.now() - t))
t = performance.now()
const db3 = new PGlite('/tmp/pgl-data-test')
await db3.waitReady
console.log('fresh disk', Math.round(performance.now() - t))
t = performance.now()
await db3.close()
const db4 = new PGlite('/tmp/pgl-data-test')
await db4.waitReady
console.log('reopen disk', Math.round(performance.now() - t))
t = performance.now()
console.log(process.memoryUsage().rss / 1e6)
