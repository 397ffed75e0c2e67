import { partnerDecider } from '../../../domain/partners/decide.js';
import type { EventOfType } from '../../../events/catalog.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { streamIds } from '../../../events/streams.js';
import { readSlice } from '../read-slice.js';
import { accessCodeNotificationId, sendAccessCode } from '../send-access-code.js';
import { wasSent } from '../send-notification.js';
import type { OutboxDeps } from './outbox-deps.js';

/**
 * A code asked for by signing up again: minted, recorded (its hash) and emailed to the contact on
 * file, once. The codes of one request are named after it, so that a request delivered again finds
 * its code already emailed; one recorded but never emailed (a crash between the two) is replaced by
 * a fresh one. Past the hourly limit nothing goes, and the sign-up's answer said nothing either way.
 */
export async function sendRequestedCode(
  deps: OutboxDeps,
  { mpnId, requestId }: EventOfType<'AccessCodeRequested'>['data'],
  metadata: EventMetadata,
): Promise<void> {
  const { state } = await readSlice(deps.store, partnerDecider, streamIds.partner(mpnId));
  if (state.status === 'unknown') return;
  const codesOfRequest = state.codesIssued.filter((c) => c.codeId.startsWith(`${requestId}.`));
  const sent = await Promise.all(
    codesOfRequest.map((c) => wasSent(deps.store, accessCodeNotificationId(c.codeId))),
  );
  if (sent.some(Boolean)) return;
  const codeId = `${requestId}.${codesOfRequest.length + 1}`;
  await sendAccessCode(deps, { mpnId, reason: 'requested', codeId }, metadata);
}
