import { type Result, refused } from '../../domain/refusal.js';
import {
  invalidApprovalLink,
  type RegistrationRefusalCode,
  registrationDecider,
} from '../../domain/registrations/decide.js';
import type { Decision, Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { StepSettler } from '../ports/workflow.js';
import { hashApprovalToken } from '../security/approval-tokens.js';
import { registrationOfApprovalToken } from './approval-selector.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

export type DecisionInput = { token: string; decision: 'approve' | 'reject'; reason?: string };

/**
 * An approver's decision through the link emailed to them: recorded once, then the registration's
 * journey moves on (the partner is emailed). A decision sent again is refused as already decided
 * and, in case the first one could not tell the journey, tells it again.
 */
export async function decideByApprovalLink(
  deps: AppDeps & { workflow: StepSettler },
  input: DecisionInput,
  metadata: EventMetadata,
): Promise<Result<{ registration: Registration; decision: Decision }, RegistrationRefusalCode>> {
  const { store, clock, workflow } = deps;
  const registrationId = await registrationOfApprovalToken(store, input.token);
  if (!registrationId) return refused(invalidApprovalLink());
  const { decision, reason } = input;
  const command = {
    type: 'DecideOnRegistration',
    data: {
      registrationId,
      tokenHash: hashApprovalToken(input.token),
      decision,
      ...(reason ? { reason } : {}),
    },
    metadata: { now: clock.now() },
  } as const;
  const executed = await execute(
    store,
    registrationDecider,
    streamIds.registration(registrationId),
    command,
    {
      metadata,
    },
  );
  const decided = executed.ok || executed.refusal.code === 'already-decided';
  if (decided && executed.after.status !== 'none') {
    await workflow.completeStep({ kind: 'approval', registrationId }, { decision: executed.after.status });
  }
  if (!executed.ok) return refused(executed.refusal);
  const { after } = executed;
  if (after.status === 'none' || !after.decision)
    throw new Error(`Registration ${registrationId} was decided but is not recorded`);
  return { ok: true, registration: after, decision: after.decision };
}
