import type { Locator } from 'playwright-core';
import { eventually } from './eventually';

/**
 * Waits until the locator's text is (or matches) `expected`, saying what the page showed instead. Pages
 * change after their requests answer and after React and the query cache flush, so a single read of the
 * text races them; every browser spec reads changing text through this.
 */
export async function shows(locator: Locator, expected: string | RegExp, ms = 10_000): Promise<void> {
  let seen = '';
  await eventually(
    async () => {
      seen = (
        (await locator
          .first()
          .textContent({ timeout: 1000 })
          .catch(() => '')) ?? ''
      ).trim();
      return (typeof expected === 'string' ? seen === expected : expected.test(seen)) || undefined;
    },
    ms,
    String(expected),
  ).catch(() => {
    throw new Error(`expected ${String(expected)}, the page shows "${seen}"`);
  });
}
