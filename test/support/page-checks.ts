import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rules the pages are held to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
declare const axe: { run(options: unknown): Promise<AxeResults> };

/** axe-core's verdict on the page as it stands: every violation, named with where it is. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate((tags) => axe.run({ runOnly: { type: 'tag', values: tags } }), WCAG);
  return results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

/**
 * Looks at a page as a reader would and as a checker does: a full-page screenshot kept under the
 * test's output folder (emptied first), and no accessibility violation.
 */
export function pageChecks(outputFolder: string) {
  // A page that a run no longer visits must not leave its screenshot behind from an earlier one.
  rmSync(outputFolder, { recursive: true, force: true });
  mkdirSync(outputFolder, { recursive: true });
  let shot = 0;
  return async (page: Page, name: string) => {
    shot += 1;
    await page.screenshot({
      path: join(outputFolder, `${String(shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
    expect(await axeViolations(page), `axe on ${name} (${page.url()})`).toEqual([]);
  };
}
