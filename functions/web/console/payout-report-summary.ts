import { moneyByStage, moneyStages } from '../../../domain/payouts/payout-standing.js';
import type { ExclusionReason } from '../../../domain/payouts/statement.js';
import type { PayoutReportRow } from '../../application/payouts/payout-report-rows.js';
import { stageText } from '../../format/payout-words.js';
import { reasonText } from '../../format/statement-words.js';
import type { Words } from '../../i18n/words.js';
import { type Bar, barChart, stackedBarChart } from '../charts.js';
import { details } from '../components.js';
import { type Html, html } from '../html.js';

/** The partners the report's charts name at most. */
const LARGEST_PARTNERS = 10;

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/** Values added up by a key, largest first (ties in the order the keys came). */
function totalsBy<Row, Key extends string>(
  rows: readonly Row[],
  key: (row: Row) => Key,
  value: (row: Row) => number,
): [Key, number][] {
  const totals = new Map<Key, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + value(row));
  return [...totals].sort(([, a], [, b]) => b - a);
}

const stagesOf = (rows: readonly PayoutReportRow[]) =>
  moneyByStage(rows.map((row) => ({ ...row, amountCents: row.statement.amountCents })));

/** The report's figures: partners, statements, what they earn, and the money at each stage. */
export function reportTotals(w: Words, rows: readonly PayoutReportRow[]): Html {
  const stages = stagesOf(rows);
  const pending = rows.filter((row) => row.standing === 'pending');
  return details([
    [w.t('console.payouts.total.partners'), w.number(new Set(rows.map((r) => r.statement.mpnId)).size)],
    [w.t('console.payouts.total.statements'), w.number(rows.length)],
    [w.t('console.payouts.total.earned'), w.money(sum(rows.map((r) => r.statement.amountCents)))],
    [w.t('console.payouts.total.ifApproved'), w.money(sum(pending.map((r) => r.statement.potentialCents)))],
    ...moneyStages.map((stage) => [stageText(w, stage), w.money(stages[stage])] as const),
  ]);
}

const money = (w: Words, label: string, cents: number): Bar => ({
  label,
  value: cents,
  shown: w.money(cents),
});

/** Where the money stands, by campaign, by partner, and why lines earned nothing: one chart each. */
export function reportCharts(w: Words, rows: readonly PayoutReportRow[], asOf: string): Html {
  const date = w.instant(asOf);
  const stages = stagesOf(rows);
  const partnerName = (row: PayoutReportRow) =>
    w.t('approval.partnerName', { companyName: row.companyName, mpnId: row.statement.mpnId });
  const partners = totalsBy(rows, partnerName, (r) => r.statement.amountCents)
    .filter(([, cents]) => cents > 0)
    .slice(0, LARGEST_PARTNERS);
  const reasons = totalsBy(
    rows.flatMap((r) => Object.entries(r.statement.excludedByReason)),
    ([reason]) => reason as ExclusionReason,
    ([, lines]) => lines,
  );
  const card = (chart: Html) => html`<div class="card">${chart}</div>`;
  return html`${card(
    stackedBarChart(w, {
      id: 'by-stage',
      title: w.t('console.payouts.chart.stages'),
      caption: w.t('console.payouts.chart.stages.caption', { date }),
      parts: moneyStages.map((stage) => money(w, stageText(w, stage), stages[stage])),
      labelHeading: w.t('console.payouts.col.status'),
      valueHeading: w.t('console.payouts.col.amount'),
    }),
  )}${card(
    barChart(w, {
      id: 'by-campaign',
      title: w.t('console.payouts.chart.campaigns'),
      caption: w.t('console.payouts.chart.earned.caption', { date }),
      bars: totalsBy(
        rows,
        (r) => r.campaignName,
        (r) => r.statement.amountCents,
      ).map(([name, cents]) => money(w, name, cents)),
      labelHeading: w.t('console.payouts.col.campaign'),
      valueHeading: w.t('console.payouts.col.amount'),
    }),
  )}${card(
    barChart(w, {
      id: 'top-partners',
      title: w.t('console.payouts.chart.partners'),
      caption: w.t('console.payouts.chart.earned.caption', { date }),
      bars: partners.map(([name, cents]) => money(w, name, cents)),
      labelHeading: w.t('console.payouts.col.partner'),
      valueHeading: w.t('console.payouts.col.amount'),
    }),
  )}${card(
    barChart(w, {
      id: 'exclusions',
      title: w.t('console.payouts.chart.exclusions'),
      caption: w.t('console.payouts.chart.exclusions.caption'),
      bars: reasons.map(([reason, n]) => ({
        label: reasonText(w, reason),
        value: n,
        shown: w.number(n),
      })),
      labelHeading: w.t('console.payouts.col.reason'),
      valueHeading: w.t('console.payouts.col.lines'),
      empty: w.t('console.payouts.chart.exclusions.none'),
    }),
  )}`;
}
