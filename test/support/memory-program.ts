import type { UsageLimit } from '../../domain/partners/access-limits.js';
import { defaultProgramPolicy, type ProgramPolicy } from '../../domain/program-policy.js';
import type { Result } from '../../domain/refusal.js';
import { MemoryEventStore } from '../../functions/adapters/memory-event-store.js';
import { MemoryMailer } from '../../functions/adapters/memory-mailer.js';
import { MemoryUsageCounters } from '../../functions/adapters/memory-usage-counters.js';
import type { AppDeps } from '../../functions/application/deps.js';
import { manualClock } from '../../functions/ports/clock.js';

type ManualClock = ReturnType<typeof manualClock>;

import { generateSigningKey } from '../../functions/security/signed-claims.js';
import { FakeWorkflow } from './fake-workflow.js';

/**
 * The program's rules with room for a test's many partners from one address: tests of the
 * limits of abuse give the program's own limits.
 */
const roomy = (limit: UsageLimit) => ({ ...limit, max: 10_000 });
const { accessLimits } = defaultProgramPolicy;
export const roomyPolicy: ProgramPolicy = {
  ...defaultProgramPolicy,
  accessLimits: {
    signUpsPerSource: roomy(accessLimits.signUpsPerSource),
    signUpsPerEmail: roomy(accessLimits.signUpsPerEmail),
    loginsPerSourceAndPartner: roomy(accessLimits.loginsPerSourceAndPartner),
    loginsPerSource: roomy(accessLimits.loginsPerSource),
  },
};

/** Where the emails of in-memory programs lead. */
export const PUBLIC_BASE_URL = 'https://partners.program.example';

/**
 * What the use cases work with, in memory: an event store (or the one given), the workflow and
 * the mailer that record what they were asked, and a session signing key.
 */
export function memoryProgramDeps(
  options: { clock?: ManualClock; store?: AppDeps['store']; policy?: ProgramPolicy } = {},
) {
  const clock = options.clock ?? manualClock('2026-07-01T12:00:00Z');
  const key = generateSigningKey();
  return {
    store: options.store ?? new MemoryEventStore(clock),
    clock,
    policy: options.policy ?? defaultProgramPolicy,
    workflow: new FakeWorkflow(),
    mailer: new MemoryMailer(),
    publicBaseUrl: PUBLIC_BASE_URL,
    sessionKey: async () => key,
    counters: new MemoryUsageCounters(),
  };
}

/** The value of a step the rules must accept; a refusal fails the test, naming its rule. */
export function accepted<Value, Code extends string>(result: Result<Value, Code>): Value {
  if (!result.ok) throw new Error(`Refused: ${result.refusal.code} (${result.refusal.message})`);
  return result;
}
