import { describe, expect, inject, it } from 'vitest';
import { sections } from '../../bench/run.js';

const numbersIn = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(numbersIn)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(numbersIn)
        : [];

/** The keys a section must report, so that its numbers can be compared from run to run. */
const requiredKeys: Partial<Record<string, string[]>> = {
  scale: [
    'lines',
    'report.seconds',
    'report.csvSeconds',
    'statement.ms',
    'asOfStatement.ms',
    'replayFromStored.eventsPerSecond',
    'rebuild.eventsPerSecond',
    'rebuild.events',
    'ingestion.linesPerSecond',
    'ingestion.p99BatchMs',
    'ingestion.ceilingItemsPerSecond',
    'projectionLagMs',
    'checkedEqual',
  ],
};

/** The benchmarks still run: each section on a tiny input. Their timings are never asserted. */
describe('npm run bench', () => {
  it.each(Object.keys(sections))(
    'runs the %s section on a tiny input',
    { timeout: 120_000 },
    async (name) => {
      const run = sections[name] as (typeof sections)[string];
      const result = await run({
        dynamoDbEndpoint: inject('dynamoDbEndpoint'),
        size: 'tiny',
        log: () => undefined,
      });
      expect(Object.keys(result)).toEqual(expect.arrayContaining(requiredKeys[name] ?? []));
      const numbers = numbersIn(result);
      expect(numbers.length).toBeGreaterThan(0);
      for (const value of numbers) expect(Number.isFinite(value)).toBe(true);
    },
  );
});
