import { describe, expect, it } from 'vitest';
import { decideOn } from '../../../domain/decider.js';
import { type JourneyEvent, journeyFailuresDecider } from '../../../domain/journeys/journey-failures.js';
import { specFor } from '../../support/given.js';

const given = specFor(journeyFailuresDecider);
const data = {
  journey: 'onboarding-1234567',
  step: 'SendAccessCode',
  error: 'Error',
  cause: 'SES refused the message',
  failedAt: '2026-08-01T00:00:00Z',
};
const failed: JourneyEvent = { type: 'JourneyStepFailed', data };

describe("A journey's failures", () => {
  it('are each recorded, also when the journey failed before', () => {
    given([]).when({ type: 'RecordJourneyStepFailed', data }).then([failed]);
    given([failed]).when({ type: 'RecordJourneyStepFailed', data }).then([failed]);
  });

  it('are counted, so that each is told to the program team once', () =>
    expect(
      decideOn(journeyFailuresDecider, [failed], { type: 'RecordJourneyStepFailed', data }).after,
    ).toEqual({
      failures: 2,
    }));
});
