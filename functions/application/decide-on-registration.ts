import { notFound } from '../../domain/errors.js';
import { decideOnRegistration as decide } from '../../domain/registrations/decide.js';
import type { Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { hashApprovalToken } from '../security/approval-tokens.js';
import { registrationOfApprovalToken } from './approval-selector.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { registrationSlice } from './slices.js';

export type DecisionInput = { token: string; decision: 'approve' | 'reject'; reason?: string };

export const invalidApprovalLink = () =>
  notFound('approval-link-invalid', 'This approval link is not valid.');

/** An approver's decision through the link emailed to them. */
export async function decideOnRegistration(
  { store, clock }: AppDeps,
  input: DecisionInput,
  metadata: EventMetadata,
): Promise<Registration> {
  const registrationId = await registrationOfApprovalToken(store, input.token);
  if (!registrationId) throw invalidApprovalLink();
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
  const { before, decided } = await handleCommand(
    store,
    streamIds.registration(registrationId),
    registrationSlice,
    (state) => decide(command, state),
    { metadata },
  );
  return decided.reduce(registrationSlice.evolve, before) as Registration;
}
