import type { Page } from 'playwright-core';

type ShotOptions = NonNullable<Parameters<Page['screenshot']>[0]>;

/**
 * A screenshot for a person to look at, taken so that a busy CI machine does
 * not fail the story around it: a longer wait than the page's default for
 * actions, animations and the caret stilled (a spinning loader or blinking
 * caret can keep Chromium from ever settling a frame), and one more try,
 * of the viewport alone, when a full-length capture still times out.
 */
export async function takeScreenshot(page: Page, options: ShotOptions): Promise<void> {
  const steady = { animations: 'disabled', caret: 'hide', timeout: 30_000 } as const;
  try {
    await page.screenshot({ ...steady, ...options });
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    await page.screenshot({ ...steady, ...options, fullPage: false });
  }
}
