/** Where a sale falls against a campaign's period: a sale counts when `start <= soldAt < end`. */
export type PeriodPosition = 'before-period' | 'in-period' | 'after-period';

export type PeriodMs = { startMs: number; endMs: number };

export function periodPosition({ startMs, endMs }: PeriodMs, soldAtMs: number): PeriodPosition {
  if (soldAtMs < startMs) return 'before-period';
  return soldAtMs < endMs ? 'in-period' : 'after-period';
}
