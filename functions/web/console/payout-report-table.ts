import { payoutStandings } from '../../../domain/payouts/payout-standing.js';
import { compareText } from '../../../domain/payouts/statement.js';
import type { PayoutReportRow } from '../../application/payouts/payout-report-rows.js';
import { standingText } from '../../format/payout-words.js';
import type { Words } from '../../i18n/words.js';
import { type ColumnHeading, paragraph, table } from '../components.js';
import { type Html, html } from '../html.js';
import { partnerCell, withNotes } from './partner-cell.js';
import {
  firstDirection,
  type ReportAsked,
  reportHref,
  type SortColumn,
  sortColumns,
} from './payout-report-query.js';

/** Rows the page shows at most: the CSV holds them all. */
export const ROWS_SHOWN = 200;

const standingOrder = (row: PayoutReportRow) => payoutStandings.indexOf(row.standing);

const compareBy: Record<SortColumn, (a: PayoutReportRow, b: PayoutReportRow) => number> = {
  partner: (a, b) =>
    compareText(a.companyName, b.companyName) || compareText(a.statement.mpnId, b.statement.mpnId),
  campaign: (a, b) => compareText(a.campaignName, b.campaignName),
  status: (a, b) => standingOrder(a) - standingOrder(b),
  amount: (a, b) => a.statement.amountCents - b.statement.amountCents,
  paid: (a, b) => a.issuedCents - b.issuedCents,
  due: (a, b) => a.dueCents - b.dueCents,
  excluded: (a, b) => a.statement.excludedLines - b.statement.excludedLines,
};

/** The rows sorted as asked; rows that tie keep the report's order (campaign, then partner). */
export function sortedRows(rows: readonly PayoutReportRow[], asked: Pick<ReportAsked, 'sort' | 'dir'>) {
  const sign = asked.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy[asked.sort](a, b));
}

const headings: Record<SortColumn, Parameters<Words['t']>[0]> = {
  partner: 'console.payouts.col.partner',
  campaign: 'console.payouts.col.campaign',
  status: 'console.payouts.col.status',
  amount: 'console.payouts.col.amount',
  paid: 'console.payouts.col.paid',
  due: 'console.payouts.col.due',
  excluded: 'console.payouts.col.excluded',
};

/** Each heading a link that sorts by its column: the sorted one turns the order round. */
function heading(w: Words, asked: ReportAsked, column: SortColumn): ColumnHeading {
  const sorted = asked.sort === column;
  const dir = sorted ? (asked.dir === 'asc' ? 'desc' : 'asc') : firstDirection(column);
  return {
    label: w.t(headings[column]),
    href: reportHref(asked, { sort: column, dir }),
    sorted: sorted ? (asked.dir === 'asc' ? 'ascending' : 'descending') : undefined,
  };
}

function rowCells(w: Words, row: PayoutReportRow): Html[] {
  const { statement } = row;
  const pending = statement.registrationStatus === 'pending' && statement.potentialCents > 0;
  return [
    partnerCell(w, row.companyName, statement.mpnId),
    html`${row.campaignName}`,
    withNotes(standingText(w, row.standing, row.hold), [
      pending && w.t('console.payouts.ifApproved', { amount: w.money(statement.potentialCents) }),
      row.openFlags > 0 && w.count('console.payouts.flagsOpen', row.openFlags),
    ]),
    html`${w.money(statement.amountCents)}`,
    html`${w.money(row.issuedCents)}`,
    html`${w.money(row.dueCents)}`,
    html`${w.number(statement.excludedLines)}`,
  ];
}

/** The report's statements, sorted as asked, at most ROWS_SHOWN of them, and how many more the CSV holds. */
export function statementsTable(w: Words, asked: ReportAsked, rows: readonly PayoutReportRow[]): Html {
  const shown = sortedRows(rows, asked).slice(0, ROWS_SHOWN);
  const left = rows.length - shown.length;
  return html`${table({
    caption: w.t('console.payouts.table.caption'),
    head: sortColumns.map((column) => heading(w, asked, column)),
    rows: shown.map((row) => rowCells(w, row)),
    numeric: [3, 4, 5, 6],
  })}
${left > 0 ? paragraph(w.count('console.payouts.table.leftOut', left, { shown: w.number(shown.length) })) : ''}`;
}
