import { DomainError } from '../domain/errors.js';
import { type PayoutReport, payoutReport } from '../domain/payouts/statement.js';
import type { Actor } from '../events/envelope.js';
import { instantMs } from '../events/instant.js';
import { registrationIdOf } from '../events/streams.js';
import { MemoryEventStore } from '../functions/adapters/memory-event-store.js';
import { campaignStatements } from '../functions/application/campaign-statements.js';
import { decideOnRegistration } from '../functions/application/decide-on-registration.js';
import { type AppDeps, defaultProgramPolicy } from '../functions/application/deps.js';
import { issueAccessCode } from '../functions/application/issue-access-code.js';
import { publishCampaign } from '../functions/application/publish-campaign.js';
import { recordSales, reverseSales } from '../functions/application/record-sales.js';
import { redeemAccessCode } from '../functions/application/redeem-access-code.js';
import { registerForCampaign } from '../functions/application/register-for-campaign.js';
import { requestApproval } from '../functions/application/request-approval.js';
import { signUpPartner } from '../functions/application/sign-up-partner.js';
import { manualClock } from '../functions/ports/clock.js';
import { type Scenario, ScenarioError } from './scenario.js';

/**
 * Plays a scenario through the same use cases, deciders and event store contract the cloud
 * uses, each command at the instant the scenario gives it, then replays the events into
 * statements as of `asOf` exactly as the finance report does.
 */
export async function runScenario(scenario: Scenario): Promise<PayoutReport> {
  const clock = manualClock(scenario.asOf);
  const deps: AppDeps = { store: new MemoryEventStore(clock), clock, policy: defaultProgramPolicy };
  const steps = planSteps(scenario, deps);
  steps.sort((a, b) => instantMs(a.at) - instantMs(b.at) || a.rank - b.rank || a.seq - b.seq);
  for (const step of steps) {
    clock.set(step.at);
    try {
      await step.run();
    } catch (error) {
      if (error instanceof DomainError)
        throw new ScenarioError(`${step.where}: ${error.message} (${error.code})`);
      throw error;
    }
  }
  const statements = await Promise.all(
    scenario.campaigns.map((c) => campaignStatements(deps.store, c.campaignId, scenario.asOf)),
  );
  return payoutReport(scenario.asOf, statements.flat());
}

type Step = { at: string; rank: number; seq: number; where: string; run: () => Promise<unknown> };

const APPROVER = 'approver@program.example';

const metadataFor = (actor: Actor, where: string) => ({
  correlationId: 'payout-simulation',
  causationId: `scenario:${where}`,
  actor,
});

/** At equal instants, things happen in the order a program runs: publish, register, decide, sell, reverse. */
function planSteps(scenario: Scenario, deps: AppDeps): Step[] {
  const steps: Step[] = [];
  let seq = 0;
  const add = (at: string, rank: number, where: string, run: () => Promise<unknown>) =>
    steps.push({ at, rank, seq: seq++, where, run });

  const allInstants = [
    scenario.asOf,
    ...scenario.registrations.flatMap((r) => [r.submittedAt, r.decidedAt ?? r.submittedAt]),
    ...scenario.sales.map((s) => s.recordedAt ?? s.soldAt),
    ...scenario.reversals.map((r) => r.reversedAt),
  ];
  const firstInstant = allInstants.reduce((a, b) => (instantMs(b) < instantMs(a) ? b : a));
  const termsSha256 = new Map<string, string>();
  scenario.campaigns.forEach((terms, i) => {
    const where = `campaigns[${i}]`;
    add(firstInstant, 0, where, async () => {
      const termsText = `Terms and conditions of ${terms.name} (${terms.campaignId}).`;
      const published = await publishCampaign(
        deps,
        { terms, termsText },
        metadataFor({ role: 'program-admin' }, where),
      );
      termsSha256.set(terms.campaignId, published.termsSha256);
    });
  });

  const onboarded = new Set<string>();
  scenario.registrations.forEach((r, i) => {
    const where = `registrations[${i}]`;
    const partner = metadataFor({ role: 'partner', id: r.mpnId }, where);
    add(r.submittedAt, 1, where, async () => {
      if (!onboarded.has(r.mpnId)) {
        onboarded.add(r.mpnId);
        await onboardPartner(deps, r.mpnId, partner);
      }
      await registerForCampaign(
        deps,
        {
          campaignId: r.campaignId,
          mpnId: r.mpnId,
          agreementNumber: `AGR-${r.mpnId}`,
          signature: {
            signerName: `Signer for ${r.mpnId}`,
            signerEmail: `partner-${r.mpnId}@partners.example`,
            termsSha256: termsSha256.get(r.campaignId) ?? '0'.repeat(64),
          },
        },
        partner,
      );
    });
    if (r.decision && r.decidedAt) {
      const decision = r.decision;
      add(r.decidedAt, 2, where, async () => {
        const registrationId = registrationIdOf(r.campaignId, r.mpnId);
        const approver = metadataFor({ role: 'approver', id: APPROVER }, where);
        const { links } = await requestApproval(
          deps,
          { registrationId, approverEmails: [APPROVER], reminder: false },
          approver,
        );
        const token = links[0]?.token ?? '';
        await decideOnRegistration(
          deps,
          decision === 'approved'
            ? { token, decision: 'approve' }
            : { token, decision: 'reject', reason: r.reason ?? 'Rejected in the scenario.' },
          approver,
        );
      });
    }
  });

  const salesSystem = (where: string) => metadataFor({ role: 'sales-system' }, where);
  scenario.sales.forEach(({ recordedAt, ...line }, i) => {
    const where = `sales[${i}]`;
    add(recordedAt ?? line.soldAt, 3, where, () =>
      expectAccepted(recordSales(deps, [line], salesSystem(where))),
    );
  });
  scenario.reversals.forEach((reversal, i) => {
    const where = `reversals[${i}]`;
    add(reversal.reversedAt, 4, where, () =>
      expectAccepted(reverseSales(deps, [reversal], salesSystem(where))),
    );
  });
  return steps;
}

/** Step 1 of the portal for a scenario's partner: sign up, receive a code, log in with it. */
async function onboardPartner(deps: AppDeps, mpnId: string, metadata: ReturnType<typeof metadataFor>) {
  await signUpPartner(
    deps,
    {
      mpnId,
      companyName: `Partner ${mpnId}`,
      contactEmail: `partner-${mpnId}@partners.example`,
      country: deps.policy.programCountry,
    },
    metadata,
  );
  const { code } = await issueAccessCode(deps, { mpnId }, metadata);
  await redeemAccessCode(deps, { mpnId, accessCode: code }, metadata);
}

/** A scenario line the rules refuse is an error in the scenario, not a line to skip quietly. */
async function expectAccepted(batch: ReturnType<typeof recordSales>) {
  const { rejected } = await batch;
  const first = rejected[0];
  if (first) throw new DomainError('rule-violation', first.error.code, first.error.message);
}
