import { payoutStandings } from '../../../domain/payouts/payout-standing.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import { type PayoutReportRow, payoutReportRows } from '../../application/payouts/payout-report-rows.js';
import { fileStamp } from '../../format/csv.js';
import { payoutReportCsv } from '../../format/payout-report-csv.js';
import { standingText } from '../../format/payout-words.js';
import { CSV, download } from '../../http/responses.js';
import type { Words } from '../../i18n/words.js';
import { type FormState, paragraph, selectField, textField } from '../components.js';
import { refusedField } from '../form.js';
import { type Html, html } from '../html.js';
import { type ConsoleDeps, definePage, type PageAnswer, type PageContext, showPage } from '../page.js';
import { type ReportAsked, readReportQuery, reportHref } from './payout-report-query.js';
import { reportCharts, reportTotals } from './payout-report-summary.js';
import { sortedRows, statementsTable } from './payout-report-table.js';

const PATH = '/console/payouts';

/** The filters, sent by GET: a report is a link to keep, to share, and to open again. */
async function filterForm(w: Words, deps: ConsoleDeps, form: FormState, asked?: ReportAsked): Promise<Html> {
  const campaigns = [...(await loadCatalog(deps.store)).values()];
  return html`<form class="card filters" method="get" action="${PATH}" novalidate aria-label="${w.t('console.payouts.filters')}">
${textField(w, form, {
  name: 'asOf',
  label: 'console.payouts.asOf',
  hint: 'console.payouts.asOf.hint',
  type: 'datetime-local',
  step: 1,
  optional: true,
})}
${selectField(w, form, {
  name: 'campaignId',
  label: 'console.payouts.campaign',
  optional: true,
  options: [
    ['', w.t('console.payouts.campaign.all')],
    ...campaigns.map((c) => [c.campaignId, c.terms.name] as const),
  ],
})}
${selectField(w, form, {
  name: 'status',
  label: 'console.payouts.status',
  optional: true,
  options: [
    ['', w.t('console.payouts.status.all')],
    ...payoutStandings.map((s) => [s, standingText(w, s)] as const),
  ],
})}
${asked ? html`<input type="hidden" name="sort" value="${asked.sort}"><input type="hidden" name="dir" value="${asked.dir}">` : ''}
<button class="primary" type="submit">${w.t('console.payouts.show')}</button>
</form>`;
}

/** What the report says: its figures, its charts and its statements, or that none match. */
function reportBody(w: Words, asked: ReportAsked, rows: readonly PayoutReportRow[]): Html {
  if (rows.length === 0) return paragraph(w.t('console.payouts.none'));
  const flagged = new Set(rows.filter((r) => r.openFlags > 0).map((r) => r.statement.mpnId)).size;
  return html`${
    flagged > 0
      ? html`<div class="notice info" role="status"><p>${w.count('console.payouts.flagged', flagged)} <a href="/console/fraud-flags">${w.t('console.payouts.flagged.review')}</a></p></div>`
      : ''
  }
<p class="actions"><a href="${reportHref(asked, { format: 'csv' })}" download>${w.t('console.payouts.csv')}</a></p>
<section class="card" aria-labelledby="totals">
<h2 id="totals">${w.t('console.payouts.totals')}</h2>
${reportTotals(w, rows)}
</section>
<section aria-labelledby="charts">
<h2 id="charts">${w.t('console.payouts.charts')}</h2>
${reportCharts(w, rows, asked.asOf)}
</section>
<section aria-labelledby="statements">
<h2 id="statements">${w.t('console.payouts.statements')}</h2>
${statementsTable(w, asked, rows)}
</section>`;
}

async function reportPage({ words: w, query }: PageContext, deps: ConsoleDeps): Promise<PageAnswer> {
  const title = w.t('console.payouts.title');
  const read = readReportQuery(w, query, deps.clock.now());
  if (!read.ok) return showPage(title, await filterForm(w, deps, read.form), 400);
  const { asked } = read;
  const found = await payoutReportRows(deps, {
    campaignId: asked.campaignId,
    asOf: asked.pinned ? asked.asOf : undefined,
    now: asked.asOf,
  });
  if (!found.ok) {
    const refused = refusedField(read.form.values, 'campaignId', w.t('console.payouts.campaign.notThen'));
    return showPage(title, await filterForm(w, deps, refused, asked), 404);
  }
  const rows = found.rows.filter((row) => !asked.status || row.standing === asked.status);
  if (asked.format === 'csv') {
    const name = `payouts-${asked.campaignId ?? 'all-campaigns'}-${fileStamp(asked.asOf)}.csv`;
    return { kind: 'file', result: download(name, CSV, payoutReportCsv(w, sortedRows(rows, asked))) };
  }
  const body = html`${paragraph(w.t('console.payouts.intro', { date: w.instant(asked.asOf) }))}
${await filterForm(w, deps, read.form, asked)}
${reportBody(w, asked, rows)}`;
  return showPage(title, body);
}

/**
 * The payout report for finance, by the same use case as `GET /reports/payouts`: as of an instant,
 * for a campaign and a status, its figures and charts, its statements sorted by any column, and
 * the same statements as a CSV. Everything is a link or a GET form: it works without a script.
 */
export const payoutReport = definePage<ConsoleDeps>({
  name: 'console-payouts',
  method: 'GET',
  path: PATH,
  access: 'finance',
  handle: reportPage,
});
