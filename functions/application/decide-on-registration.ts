import { type Result, refused } from '../../domain/refusal.js';
import {
  invalidApprovalLink,
  type RegistrationRefusalCode,
  registrationDecider,
} from '../../domain/registrations/decide.js';
import type {
  Decision,
  Registration,
  RegistrationEvent,
  RegistrationState,
} from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { StepSettler } from '../ports/workflow.js';
import { hashApprovalToken } from '../security/approval-tokens.js';
import { registrationOfApprovalToken } from './approval-selector.js';
import type { AppDeps } from './deps.js';
import { type Executed, execute } from './execute.js';
import { readSlice } from './read-slice.js';

export type DecisionInput = { token: string; decision: 'approve' | 'reject'; reason?: string };

/** An approver's decision through the link emailed to them, recorded once (see `settled`). */
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
  // The link was emailed to one approver: the decision's events name them, as the console's do.
  const { state } = await readSlice(store, registrationDecider, streamIds.registration(registrationId));
  const approverEmail =
    state.status === 'none'
      ? undefined
      : state.approvalLinks.find((link) => link.tokenHash === command.data.tokenHash)?.approverEmail;
  const actor = approverEmail ? { ...metadata.actor, id: approverEmail } : metadata.actor;
  const executed = await execute(
    store,
    registrationDecider,
    streamIds.registration(registrationId),
    command,
    {
      metadata: { ...metadata, actor },
    },
  );
  return settled(workflow, registrationId, executed);
}

export type ApproverDecisionInput = {
  registrationId: string;
  approverEmail: string;
  decision: 'approve' | 'reject';
  reason?: string;
};

/** The same decision by an approver signed in to the console, recorded in their name. */
export async function decideAsApprover(
  deps: AppDeps & { workflow: StepSettler },
  input: ApproverDecisionInput,
  metadata: EventMetadata,
): Promise<Result<{ registration: Registration; decision: Decision }, RegistrationRefusalCode>> {
  const command = { type: 'DecideAsApprover', data: input, metadata: { now: deps.clock.now() } } as const;
  const executed = await execute(
    deps.store,
    registrationDecider,
    streamIds.registration(input.registrationId),
    command,
    { metadata },
  );
  return settled(deps.workflow, input.registrationId, executed);
}

/**
 * Once decided, the registration's journey moves on (the partner is emailed). A decision sent
 * again is refused as already decided and, in case the first one could not tell the journey,
 * tells it again.
 */
async function settled(
  workflow: StepSettler,
  registrationId: string,
  executed: Executed<RegistrationState, RegistrationEvent, RegistrationRefusalCode>,
): Promise<Result<{ registration: Registration; decision: Decision }, RegistrationRefusalCode>> {
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
