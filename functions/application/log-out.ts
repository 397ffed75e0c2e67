import { partnerDecider } from '../../domain/partners/decide.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

/** A partner logs out: the session is recorded as closed, and its token is refused from then on. */
export async function logOut(
  { store, clock }: AppDeps,
  session: { mpnId: string; sessionId: string },
  metadata: EventMetadata,
): Promise<void> {
  const command = { type: 'CloseSession', data: session, metadata: { now: clock.now() } } as const;
  await execute(store, partnerDecider, streamIds.partner(session.mpnId), command, { metadata });
}
