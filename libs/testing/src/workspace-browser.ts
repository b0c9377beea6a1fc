import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';

export { signInThroughPage } from '../../../tools/browser';

/** The two screens every workspace page is tested on. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const SCREENSHOTS = join(__dirname, '..', '..', '..', '.data', 'screenshots');

/** Saves the page as .data/screenshots/<name>.png, for a person to look at before a change is called done. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is now against WCAG 2.1 A and AA, and fails with a readable list of
 * every serious or critical violation. The script is evaluated through the DevTools protocol, so the
 * page keeps its real CSP (an injected <script> tag would be refused by it).
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  const serious = (violations as AxeViolation[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  if (serious.length > 0) {
    const lines = serious.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    at ')}`,
    );
    throw new Error(`${what}: axe-core found ${serious.length} serious violation(s)\n${lines.join('\n')}`);
  }
}

/** Chooses the page's language with the switch in the header. */
export async function chooseLanguage(page: Page, language: 'en' | 'zh'): Promise<void> {
  await page.locator('.language-switch select').selectOption(language);
}

/** The answer to the page's save of `language` on the account (PATCH /auth/me), once it comes. */
export function languageSaved(page: Page, language: 'en' | 'zh'): Promise<Response> {
  return page.waitForResponse(
    (r) =>
      r.url().endsWith('/auth/me') &&
      r.request().method() === 'PATCH' &&
      (r.request().postDataJSON() as { language?: string } | null)?.language === language,
  );
}

/**
 * Chooses the language and waits until the account has saved this choice: a test that read a page in Chinese
 * switches back so that the next sign-in opens in English. The answer waited for is the one to this choice's
 * own save, not to an earlier one still on its way. The page must be in the other language: choosing the one
 * it shows changes nothing and saves nothing.
 */
export async function chooseAndSaveLanguage(page: Page, language: 'en' | 'zh'): Promise<void> {
  const saved = languageSaved(page, language);
  await chooseLanguage(page, language);
  const answer = await saved;
  if (!answer.ok()) throw new Error(`saving the language ${language} answered ${answer.status()}`);
}
