import { expect, test } from './fixtures.ts'

test('keyboard only: skip link, navigation, focus moves to the new page heading', async ({ page }) => {
  await page.goto('/')

  // First Tab reaches the skip link, which becomes visible; Enter moves focus into main.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Back to the top: Tab through the banner to the Learn link, using the keyboard only.
  await page.keyboard.press('Shift+Tab') // onto the skip link again
  const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' })
  for (let i = 0; i < 20 && !(await learn.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(learn).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/learn$/)
  const heading = page.getByRole('heading', { level: 1, name: 'Learn' })
  await expect(heading).toBeFocused()
  await expect(page).toHaveTitle('Learn · blockgov')

  // Settings are reachable and operable by keyboard.
  const language = page.getByLabel('Language')
  await language.focus()
  await page.keyboard.press('ArrowDown') // native select: arrow keys change the value
  await expect(page.locator('html')).not.toHaveAttribute('lang', 'en')
})

test('every interactive element shows a visible focus indicator', async ({ page }) => {
  await page.goto('/')
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const el = document.activeElement
      if (el === null || el === document.body) return 'none'
      const style = getComputedStyle(el)
      return `${style.outlineStyle} ${style.outlineWidth}`
    })
    expect(outline, `focus stop ${i + 1}`).toMatch(/^solid [1-9]/)
  }
})
