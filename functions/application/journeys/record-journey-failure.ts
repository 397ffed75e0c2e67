import { streamIds } from '../../../events/streams.js';
import { workflowFailureEmail } from '../../email/templates.js';
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
  const stream = streamIds.journey(journey);
  const { version } = await deps.store.readStream(stream);
  const appended = await deps.store.appendToStream(
    stream,
    [
      {
        type: 'JourneyStepFailed',
        data: {
          journey,
          step: failure.step,
          error: failure.error.slice(0, 200) || 'Error',
          cause: failure.cause.slice(0, 2000),
          failedAt: deps.clock.now(),
        },
      },
    ],
    { expectedVersion: version, metadata },
  );
  const failureVersion = appended.version;
  for (const to of deps.contacts.programTeamEmails) {
    await sendNotification(
      deps,
      {
        notificationId: `journey-failure:${journey}:${failureVersion}:${to.toLowerCase()}`,
        template: 'journey-failure',
        message: workflowFailureEmail(
          to,
          `${journey}, step ${failure.step}`,
          `${failure.error}: ${failure.cause}`,
        ),
      },
      metadata,
    );
  }
}
