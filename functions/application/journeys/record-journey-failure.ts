import { journeyFailuresDecider } from '../../../domain/journeys/journey-failures.js';
import { streamIds } from '../../../events/streams.js';
import { STAFF, writingFor } from '../../email/readers.js';
import { workflowFailureEmail } from '../../email/templates.js';
import { execute } from '../execute.js';
import { sendNotification } from '../send-notification.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';

export type StepFailure = { step: string; error: string; cause: string };

/**
 * The last stop of a journey whose step failed after its retries: the failure is recorded as an
 * event and the program team is told, so no journey is ever stuck without anyone knowing.
 */
export async function recordJourneyFailure(
  deps: JourneyDeps,
  journey: string,
  failure: StepFailure,
): Promise<void> {
  const metadata = journeyMetadata(journey, 'record-failure');
  const command = {
    type: 'RecordJourneyStepFailed',
    data: {
      journey,
      step: failure.step,
      error: failure.error.slice(0, 200) || 'Error',
      cause: failure.cause.slice(0, 2000),
      failedAt: deps.clock.now(),
    },
  } as const;
  const recorded = await execute(deps.store, journeyFailuresDecider, streamIds.journey(journey), command, {
    metadata,
  });
  const failureVersion = recorded.after.failures;
  for (const to of deps.contacts.programTeamEmails) {
    await sendNotification(
      deps,
      {
        notificationId: `journey-failure:${journey}:${failureVersion}:${to.toLowerCase()}`,
        template: 'journey-failure',
        message: workflowFailureEmail(writingFor(deps.publicBaseUrl, STAFF), to, {
          journey,
          step: failure.step,
          error: `${failure.error}: ${failure.cause}`,
        }),
      },
      metadata,
    );
  }
}
