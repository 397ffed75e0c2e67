import { requestApproval as decideRequest } from '../../domain/registrations/decide.js';
import type { Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { generateApprovalTokens } from '../security/approval-tokens.js';
import { approvalLinksKey } from './approval-selector.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { registrationSlice } from './slices.js';

/** A link token per approver, returned to be emailed; none is sent when nothing was recorded. */
export type ApprovalLinks = {
  registration: Registration;
  links: { approverEmail: string; token: string }[];
  expiresAt?: string;
};

export async function requestApproval(
  { store, clock, policy }: AppDeps,
  input: { registrationId: string; approverEmails: string[]; reminder: boolean },
  metadata: EventMetadata,
): Promise<ApprovalLinks> {
  const { selector, tokens } = generateApprovalTokens(input.approverEmails.length);
  const links = input.approverEmails.map((approverEmail, i) => ({
    approverEmail,
    ...(tokens[i] as { token: string; tokenHash: string }),
  }));
  const command = {
    type: 'RequestApproval',
    data: {
      registrationId: input.registrationId,
      approvals: links.map(({ approverEmail, tokenHash }) => ({ approverEmail, tokenHash })),
      reminder: input.reminder,
    },
    metadata: { now: clock.now(), approvalLinkTtlMs: policy.approvalLinkTtlMs },
  } as const;
  const { before, decided } = await handleCommand(
    store,
    streamIds.registration(input.registrationId),
    registrationSlice,
    (state) => decideRequest(command, state),
    { metadata, idempotencyKey: approvalLinksKey(selector) },
  );
  const registration = decided.reduce(registrationSlice.evolve, before) as Registration;
  const requested = decided[0];
  if (requested?.type !== 'ApprovalRequested') return { registration, links: [] };
  return {
    registration,
    links: links.map(({ approverEmail, token }) => ({ approverEmail, token })),
    expiresAt: requested.data.expiresAt,
  };
}
