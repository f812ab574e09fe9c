import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every test's baseURL is a server started by global-setup.ts: the PGlite one, or for the `postgres` project
 * the one on Postgres.
 */
export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern
  baseURL: async ({}, use, testInfo) => {
    const variable = testInfo.project.name === 'postgres' ? 'BLOCKGOV_E2E_POSTGRES_URL' : 'BLOCKGOV_E2E_URL'
    const url = process.env[variable]
    if (url === undefined) throw new Error(`${variable} is not set: run through playwright.config.ts`)
    await use(url)
  },
})

export { expect }

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the bar every page must meet. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe on the page once its CSS transitions have finished (a colour mid-fade, e.g. right after a theme
 * switch, is not what anyone reads) and fails with a readable list of violations.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        // An endless animation never finishes; only fades and other finite transitions are waited for.
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}
