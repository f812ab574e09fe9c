import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// Each test runs axe several times on long pages; on a shared two-core machine one run can take 15 s.
test.describe.configure({ timeout: 120_000 })

/** Fails the test if the page reports a Content-Security-Policy violation (e.g. an injected <style>). */
function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

/** Opens a page and waits for its heading: lazy chunks on a busy shared machine can take longer than 5 s. */
async function open(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
}

async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
}

test('list view: search and kind filters narrow the list and live in the URL', async ({ page }) => {
  const csp = watchCsp(page)
  await open(page, '/privacy-map', 'Privacy map')
  // The page's other live region is the partner-review panel's.
  const count = page.getByRole('status').filter({ hasText: /entries shown/ })
  await expect(count).toContainText(/^\d+ of \d+ entries shown$/)
  const total = Number((await count.textContent())?.match(/of (\d+)/)?.[1])
  expect(total).toBeGreaterThanOrEqual(60)
  await expectAccessibleInBothThemes(page)

  await page.getByLabel('Search the map').fill('erasure')
  await expect(page).toHaveURL(/\?q=erasure/)
  await expect(page.getByRole('link', { name: 'Immutability vs the right to erasure' })).toBeVisible()
  const narrowed = Number((await count.textContent())?.match(/^(\d+)/)?.[1])
  expect(narrowed).toBeLessThan(total)

  await page.getByRole('group', { name: 'Kinds of entry' }).getByLabel('Mitigations').check()
  await expect(page).toHaveURL(/kind=mitigation/)
  await expect(page.getByRole('heading', { level: 2, name: 'Mitigations' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Tensions' })).toHaveCount(0)

  // A shared filtered URL reproduces the same list.
  await open(page, '/privacy-map?q=erasure&kind=mitigation&full=1', 'Privacy map')
  await expect(page.getByLabel('Search the map')).toHaveValue('erasure')
  await expect(page.getByText('Design observation (not a legal statement):').first()).toBeVisible()
  await expectNoAxeViolations(page)
  expect(csp).toEqual([])
})

test('list view by keyboard only: search, then open an entry', async ({ page }) => {
  await open(page, '/privacy-map', 'Privacy map')
  const search = page.getByLabel('Search the map')
  for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(search).toBeFocused()
  await page.keyboard.type('chameleon')
  const link = page.getByRole('link', { name: 'Redactable blockchains (chameleon hashes)' })
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/privacy-map\/node\/mitigation-redactable-chameleon$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Redactable blockchains (chameleon hashes)' })).toBeFocused()
})

test('node page: explanation, what it does not solve, connections, law by jurisdiction and sources', async ({
  page,
}) => {
  await open(
    page,
    '/privacy-map/node/mitigation-offchain-storage',
    'Off-chain storage with salted commitments on chain',
  )
  await expect(page.getByRole('heading', { level: 2, name: 'What it does not solve' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Immutability vs the right to erasure' }).first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible()
  await expect(page.getByText('version for public consultation').first()).toBeVisible()
  await expectAccessibleInBothThemes(page)

  await open(page, '/privacy-map/node/tension-immutability-erasure', 'Immutability vs the right to erasure')
  const law = page.getByRole('region', { name: 'What the law says, by jurisdiction' })
  await expect(law.getByRole('link', { name: 'Brazil' })).toBeVisible()
  await expect(law).toContainText('LGPD Art. 18, IV and VI')
  await law.getByRole('link', { name: 'India' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'India' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText('DPDP Act 2023 s. 12(3)')
  await expectNoAxeViolations(page)

  await page.goto('/privacy-map/node/no-such-entry')
  await expect(page.getByText('There is no entry with this address in the map.')).toBeVisible()
})

test('guided check: missing answers are named, an example gives a cited result that downloads as Markdown', async ({
  page,
}) => {
  await open(page, '/privacy-map/check', 'Guided check of a blockchain application')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Show the result' }).click()
  await expect(page.getByRole('radio', { name: /Public and permissionless/ })).toBeFocused()
  await expect(page.getByText('Answer this question.').first()).toBeVisible()

  await page.getByRole('link', { name: 'Land registry on a public blockchain' }).click()
  await expect(page).toHaveURL(/ledger=public-permissionless/)
  const result = page.getByRole('region', { name: 'Result' })
  await expect(result.getByRole('heading', { level: 2, name: 'Result' })).toBeFocused()
  await expect(result.getByRole('heading', { level: 3, name: 'High concern' })).toBeVisible()
  await expect(result.getByRole('link', { name: 'Immutability vs the right to erasure' })).toBeVisible()
  await expect(result.getByRole('link', { name: 'Off-chain storage with salted commitments on chain' })).toBeVisible()
  await expect(result).toContainText('GDPR Arts 44–49')
  await expectAccessibleInBothThemes(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('button', { name: 'Download the report (Markdown)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('privacy-check.md')
  const path = await download.path()
  const markdown = await readFile(path, 'utf8')
  expect(markdown).toContain('# Privacy check of a blockchain application')
  expect(markdown).toContain('## Sources')
  expect(markdown).toContain('GDPR Art. 17')

  // A contrasting application gives a different result from the same shared-URL mechanism.
  await page.getByRole('link', { name: 'Internal supply-chain ledger without personal data' }).click()
  await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { name: 'High concern' })).toHaveCount(
    0,
  )
  await expect(page.getByRole('region', { name: 'Result' })).toContainText('Check the keys that sign your transactions')

  await page.goto('/privacy-map/check?ledger=nonsense')
  await expect(page.getByText('This address does not hold a complete set of answers')).toBeVisible()
})

test('guided check by keyboard only', async ({ page }) => {
  await open(page, '/privacy-map/check', 'Guided check of a blockchain application')
  const first = page.getByRole('radio', { name: /Private and permissioned/ })
  await first.focus()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  const answer = async (name: RegExp) => {
    const control = page.getByRole('radio', { name })
    await control.focus()
    await page.keyboard.press('Space')
  }
  await page.getByRole('checkbox', { name: 'Hashes or commitments of personal data' }).focus()
  await page.keyboard.press('Space')
  await answer(/^Several known organisations$/)
  await answer(/^All in one country$/)
  await answer(/^A consortium or governing body$/)
  await page
    .getByRole('group', { name: /Do contracts take decisions/ })
    .getByRole('radio', { name: 'No' })
    .focus()
  await page.keyboard.press('Space')
  await page.getByRole('checkbox', { name: 'India' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('button', { name: 'Show the result' }).focus()
  await page.keyboard.press('Enter')
  const result = page.getByRole('region', { name: 'Result' })
  await expect(result.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(result.getByRole('link', { name: 'Hashing is not anonymisation' })).toBeVisible()
  await expect(result.getByRole('heading', { name: 'High concern' })).toHaveCount(0)
})

test('graph view: draws with Cytoscape under the CSP, and the entry list operates it by keyboard', async ({ page }) => {
  const csp = watchCsp(page)
  await open(page, '/privacy-map/graph', 'Graph of the privacy map')
  await expect(page.locator('.graph-canvas canvas').first()).toBeAttached()
  await expect(page.getByRole('img', { name: 'Drawing of the graph (visual only)' })).toBeVisible()
  await expectAccessibleInBothThemes(page)

  // Keyboard only: Tab to an entry in the list and select it.
  const entry = page.getByRole('button', { name: 'Right to erasure', exact: true })
  for (let i = 0; i < 200 && !(await entry.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(entry).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(entry).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/focus=right-erasure/)
  const panel = page.getByRole('region', { name: 'Selected entry' })
  await expect(panel.getByRole('heading', { level: 3, name: 'Right to erasure' })).toBeVisible()
  await expect(panel.getByRole('link', { name: 'Open the full entry' })).toHaveAttribute(
    'href',
    '/privacy-map/node/right-erasure',
  )

  // Filters are in the URL too.
  await page.getByRole('group', { name: 'Kinds of entry to draw' }).getByLabel('Actors').uncheck()
  await expect(page).toHaveURL(/kinds=/)
  await expect(page.getByRole('button', { name: 'Node operators', exact: true })).toHaveCount(0)
  expect(csp).toEqual([])
})

test('world view: jurisdictions are links on the map and in the list', async ({ page }) => {
  const csp = watchCsp(page)
  await open(page, '/privacy-map/world', 'World view of the privacy map')
  const mapLink = page
    .locator('svg.world-map')
    .getByRole('link', { name: /^Brazil: verified provisions on \d+ of 11 topics$/ })
  await expect(mapLink).toBeVisible()
  await expectAccessibleInBothThemes(page)

  // Keyboard: focus the map's link for Brazil and follow it.
  await mapLink.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?j=brazil$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Brazil' })).toBeVisible()

  // The treaty has no territory but is still reachable from the list.
  const list = page.getByRole('region', { name: 'Jurisdictions' })
  await list.getByRole('link', { name: 'Council of Europe Convention 108+' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Council of Europe Convention 108+' })).toBeVisible()
  await page.getByRole('link', { name: 'All provisions and sources' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Council of Europe Convention 108+' })).toBeVisible()
  expect(csp).toEqual([])
})

test('the sources page lists every source with how it was checked; French interface keeps English content', async ({
  page,
}) => {
  await open(page, '/privacy-map/sources', 'Sources of the privacy map')
  await expect(page.getByText('seen in secondary sources only').first()).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Language').selectOption('fr')
  await expect(page.getByRole('heading', { level: 1, name: 'Références de la carte' })).toBeVisible()
  await expect(page.getByRole('main').locator('[lang="en"]').first()).toBeVisible()
  await expectNoAxeViolations(page)
})
