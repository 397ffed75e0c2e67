import { randomUUID } from 'node:crypto';
import { partnerDecider } from '../../domain/partners/decide.js';
import { type Result, refused, tooManyAttempts, UnexpectedRefusalError } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { UsageCounters } from '../ports/usage-counters.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { overLimit } from './usage-limits.js';

/**
 * "I do not have an access code": a partner gives its MPN ID alone, and a new code goes to the
 * contact on file (the outbox mints and emails it). Asking counts against the same per-source limit
 * as signing up, and the answer is the same whether or not the MPN ID signed up.
 */
export async function requestAccessCode(
  deps: AppDeps & { counters: UsageCounters },
  input: { mpnId: string; sourceIp: string },
  metadata: EventMetadata,
): Promise<Result<{ mpnId: string }, 'too-many-sign-ups'>> {
  const { store, clock, policy } = deps;
  const wait = await overLimit(deps, [
    [`sign-ups-from:${input.sourceIp}`, policy.accessLimits.signUpsPerSource],
  ]);
  if (wait) {
    return refused(
      tooManyAttempts(
        'too-many-sign-ups',
        'Too many code requests: try again later.',
        wait.retryAfterSeconds,
      ),
    );
  }
  const command = {
    type: 'RequestAccessCode',
    data: { mpnId: input.mpnId, requestId: randomUUID() },
    metadata: { now: clock.now() },
  } as const;
  const executed = await execute(store, partnerDecider, streamIds.partner(input.mpnId), command, {
    metadata,
  });
  if (!executed.ok) throw new UnexpectedRefusalError('Asking for an access code', executed.refusal);
  return { ok: true, mpnId: input.mpnId };
}
