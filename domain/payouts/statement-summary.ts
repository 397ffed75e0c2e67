import type { ExclusionReason, Statement } from './statement.js';

/**
 * A statement without its lines: what the payout report shows for each registration. How many
 * lines were paid or counted, and how many earned nothing and why, stand in for the lines.
 */
export type StatementSummary = Omit<Statement, 'lines' | 'excluded'> & {
  paidLines: number;
  excludedLines: number;
  excludedByReason: Partial<Record<ExclusionReason, number>>;
};

export function summaryOf({ lines, excluded, ...totals }: Statement): StatementSummary {
  const excludedByReason: Partial<Record<ExclusionReason, number>> = {};
  for (const { reason } of excluded) excludedByReason[reason] = (excludedByReason[reason] ?? 0) + 1;
  return { ...totals, paidLines: lines.length, excludedLines: excluded.length, excludedByReason };
}
