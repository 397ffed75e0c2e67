import { addMs, instantMs } from '../../events/instant.js';
import type { Registration } from '../registrations/registration.js';
import { type JourneyPlan, secondsUntil, type WaitLimits } from './journey-plan.js';

export type RegistrationFacts = {
  registration: Registration;
  periodEnd: string;
  /**
   * What was sent already: the links of the last approval request (to every approver), the
   * decision and the expiry to the partner, the statements to the partner and finance.
   */
  notified: { links: boolean; decision: boolean; expiry: boolean; statements: boolean };
  /** The instant of the last payout statement computed, if any. */
  payoutComputedAsOf?: string;
};

/**
 * A registration's journey: approvers are asked (again with fresh links if the last ones were
 * recorded but not all emailed), reminded if nobody decided within the reminder delay, and sent fresh links each time the last ones expired undecided (the reminder's links
 * live as long as any); a registration still undecided when its campaign ends expires. The partner is
 * told the decision. An approved registration waits for the campaign's end, then its payout is
 * computed and the statement sent to the partner and finance.
 */
export function planRegistration(
  facts: RegistrationFacts,
  limits: WaitLimits & { reminderAfterMs: number; approvalLinkTtlMs: number },
): JourneyPlan {
  const { registration, periodEnd, notified } = facts;
  const ended = instantMs(limits.now) >= instantMs(periodEnd);
  switch (registration.status) {
    case 'pending-approval': {
      if (ended) return { next: 'expire-registration' };
      const requestedAt = registration.approvalRequestedAt;
      // Links recorded but not all emailed (a step that stopped between the two) reached nobody.
      if (!requestedAt || !notified.links) {
        const until = earliest(addMs(limits.now, limits.reminderAfterMs), periodEnd);
        return { next: 'await-decision', send: 'request', waitSeconds: secondsUntil(until, limits) };
      }
      const reminderDue = addMs(requestedAt, limits.reminderAfterMs);
      const linksExpireAt = registration.approvalLinks.map((l) => l.expiresAt).reduce(latest, requestedAt);
      // Renewed links go out when the last ones expire, or at the reminder if that comes first.
      const nextCheck = registration.reminderSent ? linksExpireAt : earliest(reminderDue, linksExpireAt);
      if (instantMs(limits.now) < instantMs(nextCheck)) {
        return {
          next: 'await-decision',
          send: 'nothing',
          waitSeconds: secondsUntil(earliest(nextCheck, periodEnd), limits),
        };
      }
      const freshLinksExpireAt = addMs(limits.now, limits.approvalLinkTtlMs);
      return {
        next: 'await-decision',
        send: 'reminder',
        waitSeconds: secondsUntil(earliest(freshLinksExpireAt, periodEnd), limits),
      };
    }
    case 'expired':
      return notified.expiry
        ? { next: 'done', outcome: 'expired' }
        : { next: 'notify', notification: 'registration-expired' };
    case 'rejected':
      return notified.decision
        ? { next: 'done', outcome: 'rejected' }
        : { next: 'notify', notification: 'registration-decision' };
    case 'approved': {
      if (!notified.decision) return { next: 'notify', notification: 'registration-decision' };
      if (!ended)
        return {
          next: 'wait-for-campaign-end',
          wakeAt: earliest(periodEnd, addMs(limits.now, limits.maxWaitMs)),
        };
      const computed = facts.payoutComputedAsOf;
      if (!computed || instantMs(computed) < instantMs(periodEnd)) return { next: 'compute-payout' };
      if (!notified.statements) return { next: 'send-statements' };
      return { next: 'done', outcome: 'paid-out' };
    }
  }
}

const earliest = (a: string, b: string) => (instantMs(a) <= instantMs(b) ? a : b);
const latest = (a: string, b: string) => (instantMs(a) >= instantMs(b) ? a : b);
