import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED'
  readonly dir: string
  readonly pid: number

  constructor(dir: string, pid: number) {
    super(`The data folder ${dir} is in use by process ${pid}. Stop it first, or set DATA_DIR to another folder.`)
    this.dir = dir
    this.pid = pid
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes an exclusive lock on `dir` with a pid file; a lock left by a process that has died is taken over.
 * Returns the release function.
 */
export async function acquireDirLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'blockgov.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10)
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new DataDirLockedError(dir, holder)
      }
      await rm(path, { force: true }) // stale: its process is gone
    }
  }
  throw new Error(`could not lock ${dir}`)
}
