import { UnexpectedRefusalError } from '../../domain/refusal.js';
import { registrationDecider } from '../../domain/registrations/decide.js';
import type { Registration } from '../../domain/registrations/registration.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { generateApprovalTokens } from '../security/approval-tokens.js';
import { approvalLinksKey } from './approval-selector.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

/** A link token per approver, returned to be emailed; none is sent when nothing was recorded. */
export type ApprovalLinks = {
  registration: Registration;
  links: { approverEmail: string; token: string }[];
  expiresAt?: string;
};

/**
 * Approval links for a pending registration. Once it is decided there is nothing to ask: no
 * links, and the journey's plan moves on.
 */
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
  const executed = await execute(
    store,
    registrationDecider,
    streamIds.registration(input.registrationId),
    command,
    {
      metadata,
      idempotencyKey: approvalLinksKey(selector),
    },
  );
  const registration = executed.after;
  if (!executed.ok) {
    // Decided since the journey planned this step: nothing to ask any more.
    if (executed.refusal.code === 'already-decided' && registration.status !== 'none') {
      return { registration, links: [] };
    }
    throw new UnexpectedRefusalError(`Asking for a decision on ${input.registrationId}`, executed.refusal);
  }
  if (registration.status === 'none') throw new Error(`Registration ${input.registrationId} is not recorded`);
  const requested = executed.events.find((e) => e.type === 'ApprovalRequested');
  if (!requested) return { registration, links: [] };
  return {
    registration,
    links: links.map(({ approverEmail, token }) => ({ approverEmail, token })),
    expiresAt: requested.data.expiresAt,
  };
}
