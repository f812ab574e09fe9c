import { expect, test } from './fixtures.ts'

test('the home page explains blockgov and links to the seven areas', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/blockgov/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const area of ['Sprint', 'Groups', 'Names', 'Privacy map', 'Learn', 'Assess', 'Explore']) {
    await expect(nav.getByRole('link', { name: area, exact: true })).toBeVisible()
  }
  await expect(page.getByRole('main')).toContainText('Telling us your gender')
})

test('deep links load directly (history fallback) and unknown pages say not found', async ({ page }) => {
  const response = await page.goto('/learn')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible()
  await page.goto('/this/does/not/exist')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('the language switcher translates the interface and sets the page language', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Language').selectOption('fr')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(
    page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Apprendre' }),
  ).toBeVisible()
  await page.getByLabel('Langue').selectOption('es')
  await expect(
    page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Aprender' }),
  ).toBeVisible()
  // The choice survives a reload.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})

test('the theme switcher pins dark or light regardless of the device setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()
  await page.getByLabel('Colour theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  expect(await background()).not.toBe(light)
  await page.getByLabel('Colour theme').selectOption('system')
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/)
  expect(await background()).toBe(light)
})

test('runs under the strict Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/')
  await page.getByRole('link', { name: 'Explore', exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Explore' })).toBeVisible()
  expect(violations).toEqual([])
})
