import { Browser, chromium, Page } from 'playwright-core';

/**
 * Debian's Chromium, installed by .ci/run, driven by playwright-core: for the browser tests (through
 * @app/testing) and the workspaces benchmark alike. The flags keep it off the network this machine does not
 * have (without them it keeps trying to reach Google's hosts).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Signs in through the sign-in page as a person would, and waits for the workspace to open. */
export async function signInThroughPage(
  page: Page,
  base: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${base}/app/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
  // The router changes the address before React renders the workspace (the navigation runs as a
  // transition), so the sign-in page can still be on screen when the address already names the workspace.
  await page.locator('input[name="password"]').waitFor({ state: 'detached' });
}
