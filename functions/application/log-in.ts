import { type PartnerRefusalCode, partnerDecider } from '../../domain/partners/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { StepSettler } from '../ports/workflow.js';
import { accessCodeMatches } from '../security/access-codes.js';
import { signSessionToken } from '../security/session-tokens.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

export type LogInDeps = AppDeps & { workflow: StepSettler; sessionKey: () => Promise<string> };

/**
 * A partner logs in with its access code. A right code opens a session and, the first time,
 * activates the partner: the journey waiting for the login moves on. Failed tries are recorded
 * with their refusal, so that the lockout counts every one; a code locked by wrong tries ends the
 * journey's wait too, so that the partner is told how to get a new one.
 */
export async function logIn(
  { store, clock, policy, workflow, sessionKey }: LogInDeps,
  input: { mpnId: string; accessCode: string },
  metadata: EventMetadata,
): Promise<Result<{ token: string; expiresAt: string }, PartnerRefusalCode>> {
  const command = {
    type: 'RedeemAccessCode',
    data: {
      mpnId: input.mpnId,
      codeMatches: (codeHash: string) => accessCodeMatches(input.accessCode, codeHash),
    },
    metadata: { now: clock.now(), policy },
  } as const;
  const executed = await execute(store, partnerDecider, streamIds.partner(input.mpnId), command, {
    metadata,
  });
  const step = { kind: 'login', mpnId: input.mpnId } as const;
  if (!executed.ok) {
    if (executed.refusal.code === 'access-code-locked') {
      await workflow.failStep(
        step,
        'AccessCodeLocked',
        'The access code was locked after too many wrong tries.',
      );
    }
    return refused(executed.refusal);
  }
  const session = executed.events.find((e) => e.type === 'PartnerSessionOpened');
  if (!session) throw new Error(`Logging ${input.mpnId} in opened no session`);
  await workflow.completeStep(step, { loggedIn: true });
  const { expiresAt } = session.data;
  return {
    ok: true,
    token: signSessionToken(await sessionKey(), { mpnId: input.mpnId, expiresAt }),
    expiresAt,
  };
}
