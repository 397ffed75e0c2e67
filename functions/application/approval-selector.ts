import type { EventReader } from '../ports/event-store.js';
import { selectorOfToken } from '../security/approval-tokens.js';

/**
 * The links of one approval request are recorded by an append keyed by their selector, so the store
 * itself remembers which registration they belong to: no lookup table, and nothing in the link
 * names the partner or the campaign.
 */
export const approvalLinksKey = (selector: string) => `approval-links:${selector}`;

/** The registration an approval link was emailed for, or undefined for a link that never was. */
export async function registrationOfApprovalToken(
  store: EventReader,
  token: string,
): Promise<string | undefined> {
  const selector = selectorOfToken(token);
  if (!selector) return undefined;
  const recorded = await store.readIdempotentAppend(approvalLinksKey(selector));
  const requested = recorded?.find((event) => event.type === 'ApprovalRequested');
  return requested?.type === 'ApprovalRequested' ? requested.data.registrationId : undefined;
}
