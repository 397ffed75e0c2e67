import { type PartnerRefusalCode, partnerDecider } from '../../domain/partners/decide.js';
import { type Result, refused, tooManyAttempts } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { Reader } from '../i18n/reader.js';
import type { UsageCounters } from '../ports/usage-counters.js';
import type { StepSettler } from '../ports/workflow.js';
import { accessCodeMatches, checkedAgainstNoCode } from '../security/access-codes.js';
import { newSessionId, signSessionToken } from '../security/session-tokens.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';
import { readSlice } from './read-slice.js';
import { overLimit } from './usage-limits.js';

export type LogInDeps = AppDeps & {
  workflow: StepSettler;
  sessionKey: () => Promise<string>;
  counters: UsageCounters;
};

export type LogInRefusalCode = PartnerRefusalCode | 'too-many-logins';

/**
 * A partner logs in with its access code. Tries are limited per source (a stranger waits; the
 * partner, elsewhere, does not), and wrong ones are counted against the code: the one that takes it
 * past its limit locks it, and the journey waiting for the login moves on to send a new code. A
 * right code opens a session and, the first time, activates the partner.
 */
export async function logIn(
  deps: LogInDeps,
  input: { mpnId: string; accessCode: string; sourceIp: string },
  metadata: EventMetadata,
): Promise<Result<{ token: string; expiresAt: string; reader: Reader }, LogInRefusalCode>> {
  const { store, clock, policy, workflow, sessionKey, counters } = deps;
  const { mpnId, accessCode, sourceIp } = input;
  const limits = policy.accessLimits;
  const wait = await overLimit(deps, [
    [`logins-from:${sourceIp}:${mpnId}`, limits.loginsPerSourceAndPartner],
    [`logins-from:${sourceIp}`, limits.loginsPerSource],
  ]);
  if (wait) {
    return refused(
      tooManyAttempts(
        'too-many-logins',
        'Too many login tries from here: try again later.',
        wait.retryAfterSeconds,
      ),
    );
  }
  const stream = streamIds.partner(mpnId);
  const { state } = await readSlice(store, partnerDecider, stream);
  const code = state.status === 'unknown' ? null : state.currentCode;
  const matches = code ? accessCodeMatches(accessCode, code.codeHash) : checkedAgainstNoCode(accessCode);
  const wrongTriesOfCode =
    code && !matches ? await counters.add(`wrong-tries:${code.codeId}`, code.expiresAt) : 0;
  const sessionId = newSessionId();
  const command = {
    type: 'RedeemAccessCode',
    data: { mpnId, codeId: code?.codeId, matches, wrongTriesOfCode, sessionId },
    metadata: { now: clock.now(), policy },
  } as const;
  const executed = await execute(store, partnerDecider, stream, command, { metadata });
  const step = { kind: 'login', mpnId } as const;
  if (!executed.ok) {
    if (executed.events.some((e) => e.type === 'AccessCodeLocked')) {
      await workflow.failStep(
        step,
        'AccessCodeLocked',
        'The access code was locked after too many wrong tries.',
      );
    }
    return refused(executed.refusal);
  }
  const session = executed.events.find((e) => e.type === 'PartnerSessionOpened');
  if (!session) throw new Error(`Logging ${mpnId} in opened no session`);
  await workflow.completeStep(step, { loggedIn: true });
  const { openedAt, expiresAt } = session.data;
  const token = signSessionToken(await sessionKey(), { mpnId, openedAt, expiresAt, sessionId });
  const profile = executed.after.status === 'unknown' ? undefined : executed.after.profile;
  return {
    ok: true,
    token,
    expiresAt,
    reader: {
      ...(profile?.language ? { language: profile.language } : {}),
      ...(profile?.timeZone ? { timeZone: profile.timeZone } : {}),
    },
  };
}
