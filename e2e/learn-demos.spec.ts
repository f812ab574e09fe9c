import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures.ts'

// Mining and axe runs share two cores with other work: give each journey room.
test.describe.configure({ timeout: 120_000 })

/** Fails the test if the page reports a Content-Security-Policy violation (a worker blocked, for instance). */
function watchCsp(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

async function open(page: Page, id: string, heading: string): Promise<void> {
  await page.goto(`/learn/demos/${id}`)
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 20_000 })
}

/** Moves focus with the Tab key only, until `target` has it. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Replaces the focused field's text using the keyboard. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  await expectNoAxeViolations(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  await expectNoAxeViolations(page)
}

const status = (page: Page) => page.getByRole('status')

test('hash: typing updates the SHA-256 live and says how much of it changed', async ({ page }) => {
  const csp = watchCsp(page)
  await open(page, 'hash', 'Hash')
  await expect(page.getByRole('link', { name: 'Read the lesson that explains this demo' })).toHaveAttribute(
    'href',
    '/learn/lessons/hashes',
  )
  await expectAccessibleInBothThemes(page)

  await tabTo(page, page.getByLabel('Text to hash'))
  await retype(page, 'abc')
  // FIPS 180-2's published digest of "abc".
  await expect(page.getByText('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBeVisible()
  await expect(status(page)).toContainText(/Hash updated: \d+ of its 64 characters changed\./)
  expect(csp).toEqual([])
})

test('block: mining in a worker finds a valid nonce, and a hard search can be stopped by keyboard', async ({
  page,
}) => {
  const csp = watchCsp(page)
  await open(page, 'block', 'Block')
  const block = page.getByRole('region', { name: 'Block 1' })
  await expectAccessibleInBothThemes(page)

  // Difficulty 2 by keyboard: the native select changes with the arrow keys.
  const difficulty = page.getByLabel('Difficulty: zeros the hash must start with')
  await tabTo(page, difficulty)
  await page.keyboard.press('ArrowUp')
  await expect(difficulty).toHaveValue('2')

  const mine = block.getByRole('button', { name: 'Mine block 1' })
  await tabTo(page, mine)
  await page.keyboard.press('Enter')
  await expect(status(page)).toContainText(
    /Block 1 mined: nonce \d+ gives a hash starting with 00, after \d+ tries\./,
    {
      timeout: 60_000,
    },
  )
  await expect(block).toContainText('Valid: the hash starts with 00.')
  const nonce = Number(await block.getByLabel('Nonce').inputValue())
  await expect(status(page)).toContainText(`nonce ${nonce} `)
  await expectNoAxeViolations(page)

  // Editing the data breaks the block, and the change is said in words.
  await tabTo(page, block.getByLabel('Data'))
  await page.keyboard.type(' and 2 more')
  await expect(block).toContainText('Invalid: the hash does not start with 00.')
  await expect(status(page)).toHaveText('Block 1 is now invalid: its hash does not start with 00.')

  // At difficulty 5 this block's first valid nonce is above 2,000,000 (checked with Node's SHA-256), so the
  // search is still running when Stop is pressed. Focus stays on the same button, which now stops the search.
  await tabTo(page, difficulty)
  await page.keyboard.press('End')
  await expect(difficulty).toHaveValue('5')
  await tabTo(page, mine)
  await page.keyboard.press('Enter')
  const stop = block.getByRole('button', { name: 'Stop mining' })
  await expect(stop).toBeFocused()
  // The page keeps working while the worker searches: progress keeps being reported.
  await expect(block.getByText(/Mining block 1… [1-9]\d* nonces tried so far\./)).toBeVisible({ timeout: 30_000 })
  await page.keyboard.press('Enter')
  await expect(status(page)).toContainText(/Mining stopped after \d+ tries\. Block 1 is unchanged\./)
  await expect(block.getByRole('button', { name: 'Mine block 1' })).toBeFocused()
  expect(csp).toEqual([])
})

test('blockchain: editing one block breaks every later block until they are re-mined', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await open(page, 'blockchain', 'Blockchain')
  // With reduced motion, a block changing state does not fade between colours.
  const fade = await page
    .getByRole('region', { name: 'Block 1' })
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).transitionDuration))
  expect(fade).toBeLessThan(0.001)
  await expect(page.getByText('The whole chain is valid.', { exact: true })).toBeVisible()
  await expectAccessibleInBothThemes(page)

  const second = page.getByRole('region', { name: 'Block 2' })
  await tabTo(page, second.getByLabel('Data'))
  await retype(page, 'Ana pays Ben 1000 coins')
  await expect(status(page)).toContainText('Block 2 is now invalid: its hash does not start with 000.')
  await expect(status(page)).toContainText('The chain is broken: blocks 2 to 5 are invalid.')
  // Block 4's own hash changed too, because the "previous hash" it commits to changed.
  await expect(page.getByRole('region', { name: 'Block 4' })).toContainText(
    'Invalid: the hash does not start with 000.',
  )
  await expectNoAxeViolations(page)

  for (const number of [2, 3, 4, 5]) {
    const button = page.getByRole('button', { name: `Mine block ${number}` })
    await tabTo(page, button)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: `Block ${number}` })).toContainText(
      'Valid: the hash starts with 000.',
      { timeout: 60_000 },
    )
  }
  await expect(page.getByText('The whole chain is valid.', { exact: true })).toBeVisible()
  await expect(status(page)).toHaveText('Block 5 is valid: its hash starts with 000. The whole chain is valid.')
})

test('distributed: the majority rejects a tampered copy, then outvotes a re-mined one', async ({ page }) => {
  await open(page, 'distributed', 'Distributed')
  const decision = page.getByRole('region', { name: 'What the peers decide' })
  await expect(decision).toContainText('3 of 3 peers hold the same valid history')
  await expectAccessibleInBothThemes(page)

  const peerB = page.getByRole('region', { name: 'Peer B', exact: true })
  await tabTo(page, peerB.getByRole('region', { name: 'Peer B · Block 2' }).getByLabel('Data'))
  await retype(page, 'Ana pays Mallory 10 coins')
  await expect(decision).toContainText('Peer B: Rejected: its copy has invalid blocks.')
  await expect(decision).toContainText('2 of 3 peers hold the same valid history')
  await expect(status(page)).toContainText('Peer B: Rejected: its copy has invalid blocks.')

  for (const number of [2, 3]) {
    await tabTo(page, page.getByRole('button', { name: `Peer B · Mine block ${number}` }))
    await page.keyboard.press('Enter')
    await expect(peerB.getByRole('region', { name: `Peer B · Block ${number}` })).toContainText(
      'Valid: the hash starts with 000.',
      { timeout: 60_000 },
    )
  }
  await expect(decision).toContainText(
    'Peer B: Rejected: its copy is valid, but it is a different history from the majority’s.',
  )
  await expect(decision).toContainText('Peer A: Accepted: same valid history as the majority.')
  await expectNoAxeViolations(page)
})

test('tokens: overspending is rejected, balances follow accepted payments only', async ({ page }) => {
  await open(page, 'tokens', 'Tokens and coinbase')
  const balances = page.getByRole('region', { name: 'Balances after all accepted payments' })
  await expect(balances).toContainText('Every payment is accepted.')
  // 100 mined − 30 to Ben − 20 to Chloé + 10 from Chloé + 100 mined + 20 from Dan.
  await expect(balances.getByRole('row', { name: 'Ana' })).toContainText('180')
  await expectAccessibleInBothThemes(page)

  const amount = page.getByRole('region', { name: 'Block 2' }).getByLabel('Ana pays Chloé · Amount')
  await tabTo(page, amount)
  await retype(page, '500')
  await expect(status(page)).toContainText(
    'Block 2: Payment rejected: the payer has only 70 coins at this point. At least one payment is rejected.',
  )
  await expect(balances).toContainText('At least one payment is rejected.')
  // The rejected 500 never leaves Ana: 180 + the 20 she no longer sends Chloé.
  await expect(balances.getByRole('row', { name: 'Ana' })).toContainText('200')
  await expect(page.getByRole('region', { name: 'Block 2' })).toContainText(
    'Invalid: the hash does not start with 000.',
  )
  await expectNoAxeViolations(page)
})

test('signatures: sign, verify, and see a changed message fail verification', async ({ page }) => {
  await open(page, 'signatures', 'Signatures')
  await expect(page.getByLabel('Public key (share it)')).toHaveValue(/^0[23][0-9a-f]{64}$/)
  await expectAccessibleInBothThemes(page)

  await tabTo(page, page.getByRole('button', { name: 'Sign the message' }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Signature (made from the message and the secret key)')).toHaveValue(/^[0-9a-f]{128}$/)
  await tabTo(page, page.getByRole('button', { name: 'Verify the signature' }))
  await page.keyboard.press('Enter')
  await expect(status(page)).toHaveText(
    'Signature valid: this exact message was signed with the secret key that belongs to this public key.',
  )

  await tabTo(page, page.getByLabel('Message to sign'))
  await retype(page, 'Pay Ben 90 coins')
  await tabTo(page, page.getByRole('button', { name: 'Verify the signature' }))
  await page.keyboard.press('Enter')
  await expect(status(page)).toHaveText(
    'Signature invalid: the message, the signature or the public key has changed since signing.',
  )
  await expectNoAxeViolations(page)
})

test('fork: a split vote gives two histories, a unanimous one keeps one', async ({ page }) => {
  await open(page, 'fork', 'Fork')
  await expectAccessibleInBothThemes(page)

  await tabTo(page, page.getByRole('button', { name: 'Activate the change after block 3' }))
  await page.keyboard.press('Enter')
  await expect(status(page)).toHaveText(
    'The chain split after block 3: A, B, D follow the new rule, C, E keep the old one. Both histories share blocks 1 to 3.',
  )
  const upgraded = page.getByRole('region', { name: 'History under the new rule (up to 4 payments per block)' })
  const original = page.getByRole('region', { name: 'History under the old rule (up to 2 payments per block)' })
  await expect(upgraded).toContainText('Block 4: 4 payments — made under the new rule, rejected by old-rule nodes')
  await expect(original).toContainText('Followed by: C, E')
  await expectNoAxeViolations(page)

  // Node C and E change their votes with the arrow keys of their radio groups.
  for (const name of ['C', 'E']) {
    await tabTo(
      page,
      page.getByRole('group', { name: `Node ${name}` }).getByRole('radio', { name: 'Keep the old rule' }),
    )
    await page.keyboard.press('ArrowUp')
    await expect(
      page.getByRole('group', { name: `Node ${name}` }).getByRole('radio', { name: 'Adopt the new rule' }),
    ).toBeChecked()
  }
  await tabTo(page, page.getByRole('button', { name: 'Activate the change after block 3' }))
  await page.keyboard.press('Enter')
  await expect(status(page)).toHaveText(
    'Everyone voted the same way, so the chain did not split: one history carries on.',
  )
  await expect(original).toHaveCount(0)
})

test('an unknown demo is an honest not-found page', async ({ page }) => {
  await page.goto('/learn/demos/no-such-demo')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible({ timeout: 20_000 })
})

test('offline: after one visit, a lesson and the demos open and work without a network', async ({ page, context }) => {
  const csp = watchCsp(page)
  // The worker script sits at the root, so it may control /learn; it is never cached, so updates reach people.
  const script = await page.request.get('/learn-sw.js')
  expect(script.ok()).toBe(true)
  expect(script.headers()['content-type']).toMatch(/javascript/)
  expect(script.headers()['cache-control']).toBe('no-cache')
  await page.goto('/learn')
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible({ timeout: 20_000 })
  // Any Learn page installs the worker; it controls the page once it has stored the Learn files.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 })

  await context.setOffline(true)
  await page.goto('/learn/lessons/hashes')
  await expect(page.getByRole('heading', { level: 1, name: /Hashes/ })).toBeVisible({ timeout: 20_000 })

  await page.goto('/learn/demos/signatures')
  await expect(page.getByRole('heading', { level: 1, name: 'Signatures' })).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: 'Sign the message' }).click()
  await page.getByRole('button', { name: 'Verify the signature' }).click()
  await expect(status(page)).toContainText('Signature valid')

  // The mining worker is stored too: a block can still be mined offline after a reload.
  await page.goto('/learn/demos/block')
  await page.reload()
  await page.getByLabel('Difficulty: zeros the hash must start with').selectOption('1')
  await page.getByRole('button', { name: 'Mine block 1' }).click()
  await expect(status(page)).toContainText('Block 1 mined', { timeout: 30_000 })
  await context.setOffline(false)
  expect(csp).toEqual([])
})
