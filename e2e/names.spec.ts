import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// Each test waits for chain transactions or runs axe twice; on a shared 2-core machine that can pass 30 s.
test.describe.configure({ timeout: 90_000 })

/** A fresh label per test, so runs and parallel workers never collide on the shared dev chain. */
function freshLabel(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

test('register a name with a dev account, set an A record, see it listed', async ({ page }) => {
  const label = freshLabel('e2e')
  const name = `${label}.blockgov.alt`
  await page.goto('/names')
  await expect(page.getByRole('heading', { level: 1, name: 'Names' })).toBeVisible()
  await expect(page.getByText('Embedded dev chain (anvil) started by this server')).toBeVisible()

  await page.getByLabel('Name', { exact: true }).fill(label)
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page).toHaveURL(new RegExp(`/names/n/${label}$`))
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
  await expect(page.getByText('This name is available.')).toBeVisible()

  await page.getByRole('button', { name: `Register ${name}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `${name} is registered.` })).toBeVisible()
  await expect(page.getByText('This name is not available.')).toBeVisible()

  const manage = page.getByRole('region', { name: 'Manage records' })
  await manage.getByLabel('Record type').selectOption('A')
  await manage.getByLabel('Values').fill('192.0.2.55')
  await manage.getByRole('button', { name: 'Save DNS records' }).click()
  await expect(manage.getByRole('status').filter({ hasText: 'A records saved.' })).toBeVisible()

  const dns = page.getByRole('table', { name: 'DNS records' })
  await expect(dns.getByRole('row').filter({ hasText: '192.0.2.55' })).toContainText(name)

  // Someone else's name: the chain refuses, and the page says why.
  await page.goto('/names/n/example')
  await expect(page.getByRole('cell', { name: '192.0.2.10' })).toBeVisible()
  const exampleManage = page.getByRole('region', { name: 'Manage records' })
  await exampleManage.getByLabel('Dev account', { exact: true }).selectOption('7')
  await exampleManage.getByLabel('Values').fill('192.0.2.99')
  await exampleManage.getByRole('button', { name: 'Save DNS records' }).click()
  await expect(page.getByRole('alert')).toHaveText(/Only the holder of this name can do that/)
})

test('a taken name says so, and an invalid one is explained', async ({ page }) => {
  await page.goto('/names/n/example')
  await expect(page.getByText('This name is not available.')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Register/ })).toHaveCount(0)
  await page.goto('/names/n/Not_Valid')
  await expect(page.getByRole('alert')).toHaveText(/not a valid name/)
})

for (const path of ['/names', '/names/n/example', '/names/n/free-for-axe', '/names/disputes', '/names/council']) {
  test(`${path} has no WCAG 2.2 AA violations in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(path)
    await page.locator('h1').waitFor()
    await expect(page.getByText('Loading…')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expectNoAxeViolations(page)
  })
}

test('the council shows per-group tallies, and the docket the demo dispute', async ({ page }) => {
  await page.goto('/names/council')
  const groups = page.getByRole('table', { name: 'Stakeholder groups' })
  await expect(groups.getByRole('rowheader')).toHaveCount(5)
  const proposal = page.getByRole('table', { name: /Proposal 1: Reserve the label "registry"/ })
  await expect(proposal.getByRole('row', { name: /civil society/ })).toHaveText(/civil society\s*0\s*1\s*0/)

  await page.getByRole('navigation', { name: 'Names sections' }).getByRole('link', { name: 'Dispute docket' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Dispute docket' })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: /Dispute 1: sprint\.blockgov\.alt/ })).toBeVisible()
})

test('keyboard only: search, register and set a record without the mouse', async ({ page }) => {
  const label = freshLabel('kbd')
  const name = `${label}.blockgov.alt`
  await page.goto('/names')
  const field = page.getByLabel('Name', { exact: true })
  for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(field).toBeFocused()
  await page.keyboard.type(label)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()

  const register = page.getByRole('button', { name: `Register ${name}` })
  for (let i = 0; i < 30 && !(await register.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(register).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: `${name} is registered.` })).toBeVisible()

  const values = page.getByRole('region', { name: 'Manage records' }).getByLabel('Values')
  for (let i = 0; i < 40 && !(await values.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(values).toBeFocused()
  await page.keyboard.type('192.0.2.77')
  await page.keyboard.press('Tab') // to the TTL field
  await page.keyboard.press('Tab') // to the save button
  await page.keyboard.press('Enter')
  await expect(page.getByRole('table', { name: 'DNS records' })).toContainText('192.0.2.77')
})

/**
 * The browser-wallet path, with a stand-in EIP-1193 wallet: `window.ethereum` forwards every request to the dev
 * chain through the test (so the page's CSP is untouched), and anvil signs for its unlocked account 8. The test
 * moves both clocks past the commitment age instead of waiting a minute.
 */
test('register with a browser wallet (EIP-1193): commit, wait, register', async ({ page, request }) => {
  const overview = await (await request.get('/api/names')).json()
  const rpcUrl: string = overview.rpcUrl
  const account: string = overview.devAccounts[8].address
  const rpc = async (method: string, params: unknown[] = []) => {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    const body = (await response.json()) as { result?: unknown; error?: { message: string } }
    if (body.error) throw new Error(body.error.message)
    return body.result
  }
  await page.exposeFunction('testWalletRequest', (method: string, params: unknown[]) =>
    method === 'eth_requestAccounts' || method === 'eth_accounts' ? [account] : rpc(method, params),
  )
  await page.addInitScript(() => {
    const forward = (window as unknown as { testWalletRequest: (m: string, p: unknown[]) => Promise<unknown> })
      .testWalletRequest
    Object.assign(window, {
      ethereum: {
        request: ({ method, params }: { method: string; params?: unknown[] }) => forward(method, params ?? []),
      },
    })
  })
  await page.clock.install()

  const label = freshLabel('wallet')
  const name = `${label}.blockgov.alt`
  await page.goto(`/names/n/${label}`)
  await expect(page.getByText('This name is available.')).toBeVisible()
  await page.getByLabel('My browser wallet').check()
  await expect(page.getByText('A browser wallet was found')).toBeVisible()
  await page.getByRole('button', { name: `Register ${name}` }).click()
  await expect(page.getByRole('status').filter({ hasText: /Registering in \d+ s/ })).toBeVisible()

  await rpc('evm_increaseTime', [120])
  await rpc('evm_mine')
  await page.clock.fastForward(120_000)
  await expect(page.getByRole('status').filter({ hasText: `${name} is registered.` })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: account })).toBeVisible()
})
