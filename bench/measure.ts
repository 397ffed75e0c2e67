import { cpus, totalmem } from 'node:os';

/** The middle value: benchmarks report the median of their runs. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** Runs a measurement several times and keeps the median of each number it reports. */
export async function medianOf(runs: number, measure: () => Promise<Record<string, number>>) {
  const results: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const keys = Object.keys(results[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key] as number))]));
}

export const machine = () => ({
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
});

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A section whose numbers came out but failed its own check: run.ts records them with the failure. */
export class FailedCheckError extends Error {
  override readonly name = 'FailedCheckError';
  constructor(
    message: string,
    readonly measured: Record<string, unknown>,
  ) {
    super(message);
  }
}
