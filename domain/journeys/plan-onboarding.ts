import { instantMs } from '../../events/instant.js';
import type { PartnerState } from '../partners/partner.js';
import { type JourneyPlan, secondsUntil, type WaitLimits } from './journey-plan.js';

export type OnboardingFacts = {
  partner: PartnerState;
  /** The partner notifications already sent about its current code, by kind. */
  notified: { expired: boolean; locked: boolean };
};

/**
 * Step 1 of the portal: the first code is sent, then the journey waits for the partner to log in
 * until the code expires. A code that expires or locks unused is reported once, with how to get a
 * new one, and the journey ends; later sign-ups send codes of their own.
 */
export function planOnboarding({ partner, notified }: OnboardingFacts, limits: WaitLimits): JourneyPlan {
  if (partner.status === 'unknown')
    throw new Error('An onboarding journey started before its partner signed up');
  if (partner.status === 'active') return { next: 'done', outcome: 'active' };
  const code = partner.currentCode;
  if (!code) return { next: 'send-access-code' };
  if (code.locked) {
    return notified.locked
      ? { next: 'done', outcome: 'access-code-locked' }
      : { next: 'notify', notification: 'access-code-locked' };
  }
  if (instantMs(limits.now) >= instantMs(code.expiresAt)) {
    return notified.expired
      ? { next: 'done', outcome: 'access-code-expired' }
      : { next: 'notify', notification: 'access-code-expired' };
  }
  return { next: 'await-login', waitSeconds: secondsUntil(code.expiresAt, limits) };
}
