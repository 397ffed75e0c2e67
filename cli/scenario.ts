import * as z from 'zod';
import { CampaignTerms } from '../events/campaign-terms.js';
import { CampaignId, MpnId, Text } from '../events/fields.js';
import { Instant, instantMs } from '../events/instant.js';
import { SaleLine, SaleReversal } from '../events/sales.js';

/** A payout scenario, as docs/incentive-rules.md ("The payout simulator") defines it. */

const ScenarioRegistration = z
  .strictObject({
    mpnId: MpnId,
    campaignId: CampaignId,
    submittedAt: Instant,
    decision: z.enum(['approved', 'rejected']).nullish(),
    decidedAt: Instant.nullish(),
    reason: Text(1000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.decision && !r.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'is required when there is a decision' });
    }
    if (!r.decision && r.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decision'], message: 'is required when decidedAt is given' });
    }
    if (r.decidedAt && instantMs(r.decidedAt) < instantMs(r.submittedAt)) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'must not be before submittedAt' });
    }
  });

export const Scenario = z.strictObject({
  asOf: Instant,
  campaigns: z.array(CampaignTerms),
  registrations: z.array(ScenarioRegistration).default([]),
  sales: z.array(SaleLine.extend({ recordedAt: Instant.optional() })).default([]),
  reversals: z.array(SaleReversal).default([]),
});
export type Scenario = z.output<typeof Scenario>;

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
}

const pathText = (path: PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

/** Parses a scenario, or throws one error that lists every field that is wrong. */
export function parseScenario(json: unknown): Scenario {
  const parsed = Scenario.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${pathText(issue.path) || '(scenario)'}: ${issue.message}`,
  );
  throw new ScenarioError(`The scenario is not valid:\n${problems.join('\n')}`);
}
