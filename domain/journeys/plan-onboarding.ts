import { instantMs } from '../../events/instant.js';
import type { PartnerState } from '../partners/partner.js';
import { type JourneyPlan, secondsUntil, type WaitLimits } from './journey-plan.js';

export type OnboardingFacts = {
  partner: PartnerState;
  /** What was emailed about the partner's current code: the code itself, and that it expired. */
  notified: { code: boolean; expired: boolean };
};

/**
 * Step 1 of the portal: the first code is sent, then the journey waits for the partner to log in
 * until the code expires. A code locked by wrong tries is replaced at once (a stranger's tries must
 * not keep the partner out), and so is a code recorded but never emailed. A code that expires unused is reported once, with how to get a new
 * one, and the journey ends; later sign-ups send codes of their own.
 */
export function planOnboarding({ partner, notified }: OnboardingFacts, limits: WaitLimits): JourneyPlan {
  if (partner.status === 'unknown')
    throw new Error('An onboarding journey started before its partner signed up');
  if (partner.status === 'active') return { next: 'done', outcome: 'active' };
  const code = partner.currentCode;
  // A code recorded but never emailed (a step that stopped between the two) reached nobody.
  if (!code || code.locked || !notified.code) return { next: 'send-access-code' };
  if (instantMs(limits.now) >= instantMs(code.expiresAt)) {
    return notified.expired
      ? { next: 'done', outcome: 'access-code-expired' }
      : { next: 'notify', notification: 'access-code-expired' };
  }
  return { next: 'await-login', waitSeconds: secondsUntil(code.expiresAt, limits) };
}
