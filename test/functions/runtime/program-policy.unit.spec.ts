import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../domain/durations.js';
import { defaultProgramPolicy } from '../../../domain/program-policy.js';
import { programPolicyFrom } from '../../../functions/runtime/program-policy.js';

describe('The hold after a change of the payment profile', () => {
  const holdMs = (seconds?: string) =>
    programPolicyFrom(seconds === undefined ? {} : { PAYMENT_PROFILE_CHANGE_HOLD_SECONDS: seconds })
      .paymentProfileChangeHoldMs;

  it('is 7 days unless the deployment sets it', () => {
    expect(defaultProgramPolicy.paymentProfileChangeHoldMs).toBe(7 * DAY_MS);
    expect(holdMs()).toBe(7 * DAY_MS);
  });

  it('is set in seconds, 0 turning it off', () => {
    expect(holdMs('259200')).toBe(3 * DAY_MS);
    expect(holdMs('0')).toBe(0);
  });

  it('is refused when it is not a whole number of seconds', () =>
    expect(() => holdMs('3d')).toThrow(
      "PAYMENT_PROFILE_CHANGE_HOLD_SECONDS must be a whole number at least 0, not '3d'",
    ));
});
