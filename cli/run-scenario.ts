import { type PayoutReport, payoutReport, type Statement } from '../domain/payouts/statement.js';
import { defaultProgramPolicy } from '../domain/program-policy.js';
import type { Refusal, Result } from '../domain/refusal.js';
import type { Actor } from '../events/envelope.js';
import { instantMs } from '../events/instant.js';
import { registrationIdOf } from '../events/streams.js';
import { MemoryEventStore } from '../functions/adapters/memory-event-store.js';
import { MemoryMailer } from '../functions/adapters/memory-mailer.js';
import { MemoryUsageCounters } from '../functions/adapters/memory-usage-counters.js';
import { campaignStatements } from '../functions/application/campaign-statements.js';
import { decideByApprovalLink } from '../functions/application/decide-on-registration.js';
import type { AppDeps } from '../functions/application/deps.js';
import { issueAccessCode } from '../functions/application/issue-access-code.js';
import { logIn } from '../functions/application/log-in.js';
import { publishCampaign } from '../functions/application/publish-campaign.js';
import { recordSales, reverseSales } from '../functions/application/record-sales.js';
import { registerForCampaign } from '../functions/application/register-for-campaign.js';
import { requestApproval } from '../functions/application/request-approval.js';
import { signUpPartner } from '../functions/application/sign-up-partner.js';
import { manualClock } from '../functions/ports/clock.js';
import type { Mailer } from '../functions/ports/mailer.js';
import type { UsageCounters } from '../functions/ports/usage-counters.js';
import type { Workflow } from '../functions/ports/workflow.js';
import { generateSigningKey } from '../functions/security/signed-claims.js';
import { type Scenario, ScenarioError } from './scenario.js';

/** The simulator replays what people and systems did, not the journeys that would follow: none runs. */
const noJourneys: Workflow = {
  startJourney: async () => {},
  completeStep: async () => false,
  failStep: async () => false,
};

type SimulatorDeps = AppDeps & {
  workflow: Workflow;
  mailer: Mailer;
  sessionKey: () => Promise<string>;
  counters: UsageCounters;
};

/** A step the rules refuse is an error in the scenario, not a step to skip quietly. */
class RefusedStepError extends Error {
  constructor(readonly refusal: Pick<Refusal, 'code' | 'message'>) {
    super(`${refusal.message} (${refusal.code})`);
  }
}

function accepted<Value, Code extends string>(result: Result<Value, Code>): Value {
  if (!result.ok) throw new RefusedStepError(result.refusal);
  return result;
}

/**
 * Plays a scenario through the same use cases, deciders and event store contract the cloud
 * uses, each command at the instant the scenario gives it, then replays the events into
 * statements as of `asOf` exactly as the finance report does.
 */
export async function runScenario(scenario: Scenario): Promise<PayoutReport> {
  const clock = manualClock(scenario.asOf);
  const signingKey = generateSigningKey();
  const deps: SimulatorDeps = {
    store: new MemoryEventStore(clock),
    clock,
    policy: defaultProgramPolicy,
    workflow: noJourneys,
    mailer: new MemoryMailer(),
    sessionKey: async () => signingKey,
    counters: new MemoryUsageCounters(),
  };
  const steps = planSteps(scenario, deps);
  steps.sort((a, b) => instantMs(a.at) - instantMs(b.at) || a.rank - b.rank || a.seq - b.seq);
  for (const step of steps) {
    clock.set(step.at);
    try {
      await step.run();
    } catch (error) {
      if (error instanceof RefusedStepError) throw new ScenarioError(`${step.where}: ${error.message}`);
      throw error;
    }
  }
  const statements: Statement[] = [];
  for (const { campaignId } of scenario.campaigns) {
    statements.push(...accepted(await campaignStatements(deps.store, campaignId, scenario.asOf)).statements);
  }
  return payoutReport(scenario.asOf, statements);
}

type Step = { at: string; rank: number; seq: number; where: string; run: () => Promise<unknown> };

const APPROVER = 'approver@program.example';

const metadataFor = (actor: Actor, where: string) => ({
  correlationId: 'payout-simulation',
  causationId: `scenario:${where}`,
  actor,
});

/** At equal instants, things happen in the order a program runs: publish, register, decide, sell, reverse. */
function planSteps(scenario: Scenario, deps: SimulatorDeps): Step[] {
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
      const published = accepted(
        await publishCampaign(deps, { terms, termsText }, metadataFor({ role: 'program-admin' }, where)),
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
      const registered = await registerForCampaign(
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
      accepted(registered);
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
        const decided = await decideByApprovalLink(
          deps,
          decision === 'approved'
            ? { token, decision: 'approve' }
            : { token, decision: 'reject', reason: r.reason ?? 'Rejected in the scenario.' },
          approver,
        );
        accepted(decided);
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
async function onboardPartner(deps: SimulatorDeps, mpnId: string, metadata: ReturnType<typeof metadataFor>) {
  const partner = {
    mpnId,
    companyName: `Partner ${mpnId}`,
    contactEmail: `partner-${mpnId}@partners.example`,
    country: deps.policy.programCountry,
  };
  // Each partner signs up and logs in from an address of its own.
  const sourceIp = `partner-${mpnId}`;
  accepted(await signUpPartner(deps, { ...partner, sourceIp }, metadata));
  const { code } = accepted(await issueAccessCode(deps, { mpnId, requested: false }, metadata));
  accepted(await logIn(deps, { mpnId, accessCode: code, sourceIp }, metadata));
}

/** A scenario line the rules refuse is an error in the scenario, not a line to skip quietly. */
async function expectAccepted(batch: ReturnType<typeof recordSales>) {
  const { rejected } = await batch;
  const first = rejected[0];
  if (first) throw new RefusedStepError(first.error);
}
