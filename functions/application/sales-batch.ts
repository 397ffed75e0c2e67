import type { Refusal } from '../../domain/refusal.js';

export type LineError = { code: string; message: string; details: Record<string, unknown> };

/** The answer to a batch from the sales system: what was new, what was already known, what was refused. */
export type BatchResult = {
  accepted: number;
  duplicates: number;
  /** Each refused line with its position in the batch, so that a sender can find it. */
  rejected: { index: number; saleId: string | null; error: LineError }[];
};

/** What one line came to: recorded (some events), already known (none), or refused by the rules. */
export type LineOutcome = { ok: true; events: readonly unknown[] } | { ok: false; refusal: Refusal };

// Lines of a batch that must each be read before they are decided are independent sale streams;
// a few in flight at once keeps a 1,000-line batch quick without flooding the store.
export const LINES_IN_FLIGHT = 16;

/**
 * Counts what each line came to. A line the rules refuse is reported with its reason and does not
 * stop the others; a line that changes nothing is a duplicate.
 */
export function batchResultOf(
  lines: readonly { saleId: string }[],
  outcomes: readonly LineOutcome[],
): BatchResult {
  const result: BatchResult = { accepted: 0, duplicates: 0, rejected: [] };
  outcomes.forEach((outcome, index) => {
    if (!outcome.ok) {
      const { code, message, details } = outcome.refusal;
      const saleId = lines[index]?.saleId ?? null;
      result.rejected.push({ index, saleId, error: { code, message, details: { ...details } } });
    } else if (outcome.events.length > 0) result.accepted++;
    else result.duplicates++;
  });
  return result;
}
