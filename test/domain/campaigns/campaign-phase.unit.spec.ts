import { describe, expect, it } from 'vitest';
import { campaignPhase } from '../../../domain/campaigns/campaign-phase.js';

const period = { start: '2026-07-01T04:00:00Z', end: '2026-10-01T04:00:00Z' };

describe('Where a campaign stands', () => {
  describe('when registration closes during the period', () => {
    const terms = { period, registrationDeadline: '2026-09-15T04:00:00Z' };
    it.each([
      ['2026-06-01T00:00:00Z', 'open', 'before sales count, partners may already register'],
      ['2026-07-01T04:00:00Z', 'open', 'from the first instant of the period, registration still open'],
      ['2026-09-15T04:00:00Z', 'open', 'at the deadline itself, a registration is still accepted'],
      ['2026-09-15T04:00:01Z', 'running', 'after the deadline, sales still count'],
      ['2026-10-01T04:00:00Z', 'ended', 'at the end of the period, no sale counts any more'],
    ] as const)('at %s it is %s: %s', (now, phase, _why) => {
      expect(campaignPhase(terms, now)).toBe(phase);
    });
  });

  describe('when registration closes before the period starts', () => {
    const terms = { period, registrationDeadline: '2026-06-15T04:00:00Z' };
    it.each([
      ['2026-06-15T04:00:00Z', 'open'],
      ['2026-06-20T00:00:00Z', 'announced'],
      ['2026-07-01T04:00:00Z', 'running'],
    ] as const)('at %s it is %s', (now, phase) => {
      expect(campaignPhase(terms, now)).toBe(phase);
    });
  });
});
