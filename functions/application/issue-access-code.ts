import { type PartnerRefusalCode, partnerDecider } from '../../domain/partners/decide.js';
import type { PartnerProfile } from '../../domain/partners/partner.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { streamIds } from '../../events/streams.js';
import { generateAccessCode } from '../security/access-codes.js';
import type { AppDeps } from './deps.js';
import { execute } from './execute.js';

/**
 * The one place a plaintext access code exists: returned to the caller to be emailed, and never
 * recorded (the event holds its hash).
 */
export type IssuedAccessCode = { codeId: string; code: string; expiresAt: string; profile: PartnerProfile };

export async function issueAccessCode(
  { store, clock, policy }: AppDeps,
  input: { mpnId: string; requested: boolean; codeId?: string },
  metadata: EventMetadata,
): Promise<Result<IssuedAccessCode, PartnerRefusalCode>> {
  const { code, codeHash, ...generated } = generateAccessCode();
  const codeId = input.codeId ?? generated.codeId;
  const command = {
    type: 'IssueAccessCode',
    data: { mpnId: input.mpnId, codeId, codeHash, requested: input.requested },
    metadata: { now: clock.now(), policy },
  } as const;
  const executed = await execute(store, partnerDecider, streamIds.partner(input.mpnId), command, {
    metadata,
  });
  if (!executed.ok) return refused(executed.refusal);
  const issued = executed.events.find((e) => e.type === 'AccessCodeIssued');
  if (!issued || executed.after.status === 'unknown') {
    throw new Error('Issuing an access code recorded no AccessCodeIssued event');
  }
  return { ok: true, codeId, code, expiresAt: issued.data.expiresAt, profile: executed.after.profile };
}
