import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../functions/i18n/language.js';
import { type Words, wordsFor } from '../../../functions/i18n/words.js';
import { type Bar, barChart, stackedBarChart } from '../../../functions/web/charts.js';
import { type Html, html } from '../../../functions/web/html.js';
import { layout } from '../../../functions/web/layout.js';
import { pageResult } from '../../../functions/web/page-result.js';
import { pageChecks } from '../../support/page-checks.js';
import { haveChromium, launchChromium } from '../../support/system-process.js';

const OUTPUT = join(import.meta.dirname, '../../../test-results/charts');
const CONSOLE = 'https://console.program.example/console/finance';

const campaigns: [string, number][] = [
  ['M365 E5 upsell, Q3 2026', 4_821_550],
  ['New customers FY26', 3_190_000],
  ['Dynamics 365 Business Central accelerator for small and medium businesses', 1_248_000],
  ['Azure migration sprint', 735_025],
  ['Teams Phone adoption', -127_500],
];

const partners: [string, number][] = [
  ['Northwind Traders Inc.', 1_482_075],
  ['Contoso Cloud Solutions and Managed Services International Ltd.', 1_210_400],
  ['Fabrikam Systems Integration', 987_500],
  ['Adventure Works Consulting', 760_000],
  ['Tailspin Toys Technology Group', 512_300],
  ['Wide World Importers IT Services', 498_010],
  ['Litware Inc.', 310_000],
  ['Proseware, Inc.', 221_575],
  ['Lucerne Publishing Digital Workplace', 98_000],
  ['Coho Winery Software', 12_500],
];

const statuses: [string, number][] = [
  ['Paid', 6_420_000],
  ['Scheduled for payment', 2_310_550],
  ['Closed, to schedule', 1_175_000],
  ['Held for a fraud check', 348_025],
  ['Projected', 5_000],
];

const reasons = [
  ['statement.reason.sku-not-eligible', 412],
  ['statement.reason.licence-not-eligible', 187],
  ['statement.reason.fully-reversed', 64],
  ['statement.reason.customer-already-counted', 23],
  ['statement.reason.unit-cap-reached', 5],
] as const;

/** A finance page as the console may show it: charts of the program's money, in cards. */
function financePage(w: Words): string {
  const money = ([label, cents]: [string, number]): Bar => ({ label, value: cents, shown: w.money(cents) });
  const card = (chart: Html) => html`<div class="card">${chart}</div>`;
  const body = html`${card(
    stackedBarChart(w, {
      id: 'by-status',
      title: 'Payouts by status',
      caption: 'Every payout of the period, from projected to paid.',
      parts: statuses.map(money),
      labelHeading: 'Status',
      valueHeading: 'Amount',
    }),
  )}${card(
    barChart(w, {
      id: 'by-campaign',
      title: 'Payouts by campaign',
      caption: 'Projected for the period, net of clawbacks.',
      bars: campaigns.map(money),
      labelHeading: 'Campaign',
      valueHeading: 'Payout',
    }),
  )}${card(
    barChart(w, {
      id: 'top-partners',
      title: 'The ten largest partners',
      bars: partners.map(money),
      labelHeading: 'Partner',
      valueHeading: 'Payout',
    }),
  )}${card(
    barChart(w, {
      id: 'excluded',
      title: 'Why lines earned nothing',
      bars: reasons.map(([key, n]) => ({ label: w.t(key), value: n, shown: w.number(n) })),
      labelHeading: 'Reason',
      valueHeading: 'Lines',
    }),
  )}${card(
    barChart(w, {
      id: 'held',
      title: 'Payments held',
      bars: [],
      labelHeading: 'Partner',
      valueHeading: 'Held',
    }),
  )}`;
  return layout(w, { title: 'Finance', body, viewer: undefined, path: '/console/finance' });
}

/**
 * The rows whose visible label runs into its value: labels are shortened on the server by a guess
 * at the font's widths, and this is where the guess meets a real font.
 */
async function labelsOverValues(page: Page) {
  const crowded: string[] = [];
  for (const row of await page.locator('svg g').all()) {
    const label = row.locator('text:not(.value):visible');
    const [labelBox, valueBox] = await Promise.all([
      label.boundingBox(),
      row.locator('text.value').boundingBox(),
    ]);
    if (!labelBox || !valueBox || labelBox.x + labelBox.width + 8 > valueBox.x) {
      crowded.push(`${await label.textContent()} (${JSON.stringify({ labelBox, valueBox })})`);
    }
  }
  return crowded;
}

// Run in the page: the project compiles without the DOM's types.
declare const getComputedStyle: (element: unknown) => { fill: string };
declare const document: { documentElement: { scrollWidth: number } };

const widths = [360, 1280];
const languages: Language[] = ['en', 'fr'];

describe.skipIf(!haveChromium)('Charts of the finance pages, in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  describe.each(widths)('at %i px', (width) => {
    const check = pageChecks(join(OUTPUT, String(width)));

    it.each(languages)(
      'pass axe, keep every label clear of its value, and open their table by keyboard (%s)',
      async (language) => {
        // axe is injected into the page; the pages' own policy allows no script.
        const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
        try {
          const page = await context.newPage();
          await page.setContent(financePage(wordsFor(language)));
          await check(page, `finance-${language}`);

          expect(await labelsOverValues(page)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

          const summary = page.locator('#top-partners summary');
          await summary.focus();
          await page.keyboard.press('Enter');
          await expect.poll(() => page.locator('#top-partners details').getAttribute('open')).toBe('');
          await expect(page.locator('#top-partners td').allTextContents()).resolves.toContain(
            partners[1]?.[0],
          );
          await check(page, `finance-${language}-table-open`);
        } finally {
          await context.close();
        }
      },
    );
  });

  it('draw under the pages’ own content security policy, styled by its one style sheet', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') refused.push(message.text());
      });
      const answer = pageResult(200, financePage(wordsFor('en')));
      await page.route(CONSOLE, (route) =>
        route.fulfill({
          status: answer.statusCode,
          headers: Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k, String(v)])),
          body: answer.body,
        }),
      );
      await page.goto(CONSOLE);

      expect(refused).toEqual([]);
      expect(
        await page
          .locator('#by-campaign rect.bar')
          .first()
          .evaluate((bar) => getComputedStyle(bar).fill),
      ).toBe('rgb(11, 79, 138)');
      expect(
        await page.locator('#by-campaign rect.negative').evaluate((bar) => getComputedStyle(bar).fill),
      ).toBe('rgb(164, 38, 44)');

      // The policy is in force: a style attribute, as a chart must never write one, is refused.
      const bar = page.locator('#by-campaign rect.bar').first();
      await bar.evaluate((rect) => rect.setAttribute('style', 'fill: rgb(255, 0, 0)'));
      expect(await bar.evaluate((rect) => getComputedStyle(rect).fill)).toBe('rgb(11, 79, 138)');
      await expect.poll(() => refused.join('\n')).toContain('inline style');
    } finally {
      await context.close();
    }
  });
});
