import { issueAccessCode as decideIssue } from '../../domain/partners/decide.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { generateAccessCode } from '../security/access-codes.js';
import type { AppDeps } from './deps.js';
import { handleCommand } from './handle-command.js';
import { partnerSlice } from './slices.js';

/**
 * The one place a plaintext access code exists: returned to the caller to be emailed, and never
 * recorded (the event holds its hash).
 */
export type IssuedAccessCode = { codeId: string; code: string; expiresAt: string; profile: PartnerProfile };

export async function issueAccessCode(
  { store, clock, policy }: AppDeps,
  input: { mpnId: string },
  metadata: EventMetadata,
): Promise<IssuedAccessCode> {
  const { codeId, code, codeHash } = generateAccessCode();
  const command = {
    type: 'IssueAccessCode',
    data: { mpnId: input.mpnId, codeId, codeHash },
    metadata: { now: clock.now(), policy },
  } as const;
  const { before, recorded } = await handleCommand(
    store,
    streamIds.partner(input.mpnId),
    partnerSlice,
    (state) => decideIssue(command, state),
    { metadata },
  );
  const issued = recorded[0];
  if (issued?.type !== 'AccessCodeIssued' || before.status === 'unknown') {
    throw new Error('Issuing an access code recorded no AccessCodeIssued event');
  }
  return { codeId, code, expiresAt: issued.data.expiresAt, profile: before.profile };
}
