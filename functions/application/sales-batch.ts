import type { Refusal } from '../../domain/refusal.js';
import { mapWithConcurrency } from './concurrency.js';

export type LineError = { code: string; message: string; details: Record<string, unknown> };

/** The answer to a batch from the sales system: what was new, what was already known, what was refused. */
export type BatchResult = {
  accepted: number;
  duplicates: number;
  /** Each refused line with its position in the batch, so that a sender can find it. */
  rejected: { index: number; saleId: string | null; error: LineError }[];
};

/** What one line came to: recorded, already known, or refused by the rules. */
export type LineOutcome = { ok: true; recorded: boolean } | { ok: false; refusal: Refusal };

// Lines of a batch are independent sale streams; a few in flight at once keeps a 1,000-line batch
// quick without flooding the store.
const LINES_IN_FLIGHT = 16;

/**
 * Runs one command per line. A line the rules refuse is reported with its reason and does not
 * stop the others; a line that changes nothing is a duplicate.
 */
export async function runSalesBatch<Line extends { saleId: string }>(
  lines: readonly Line[],
  handleLine: (line: Line) => Promise<LineOutcome>,
): Promise<BatchResult> {
  const outcomes = await mapWithConcurrency(lines, LINES_IN_FLIGHT, async (line, index) => ({
    index,
    line,
    outcome: await handleLine(line),
  }));
  const result: BatchResult = { accepted: 0, duplicates: 0, rejected: [] };
  for (const { index, line, outcome } of outcomes) {
    if (!outcome.ok) {
      const { code, message, details } = outcome.refusal;
      result.rejected.push({ index, saleId: line.saleId, error: { code, message, details: { ...details } } });
    } else if (outcome.recorded) result.accepted++;
    else result.duplicates++;
  }
  return result;
}
