import { describe, expect, inject, it } from 'vitest';
import { sections } from '../../bench/run.js';

/** The benchmarks still run: each section on a tiny input. Their timings are never asserted. */
describe('npm run bench', () => {
  it.each(Object.keys(sections))('runs the %s section on a tiny input', async (name) => {
    const run = sections[name] as (typeof sections)[string];
    const result = await run({
      dynamoDbEndpoint: inject('dynamoDbEndpoint'),
      size: 'tiny',
      log: () => undefined,
    });
    expect(Object.keys(result).length).toBeGreaterThan(0);
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
  });
});
