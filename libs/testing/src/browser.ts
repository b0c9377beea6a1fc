import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, installed by .ci/run, driven by playwright-core. The flags keep it off the network this
 * machine does not have (without them it keeps trying to reach Google's hosts).
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
