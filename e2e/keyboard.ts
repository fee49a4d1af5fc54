import type { Locator, Page } from '@playwright/test'

// The type checker runs without the DOM library: name only what is used.
interface Focusable {
  matches(selector: string): boolean
}

/**
 * Presses Tab until `target` has focus, as a keyboard user would, and fails
 * if it does not get there within `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 10): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element: Focusable) => element.matches(':focus'))) return
  }
  throw new Error(`${target} did not get focus within ${maxPresses} presses of Tab`)
}
