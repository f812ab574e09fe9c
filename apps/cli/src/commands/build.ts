import { buildWeb, webDist } from '@blockgov/web/build'

/** `blockgov build`: build the web app now, whether or not it is stale. */
export async function build(): Promise<void> {
  await buildWeb()
  process.stdout.write(`blockgov: web app built in ${webDist}\n`)
}
