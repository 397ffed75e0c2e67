import type { PartnerRefusalCode } from '../../domain/partners/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { writingFor } from '../email/readers.js';
import { type AccessCodeReason, accessCodeEmail } from '../email/templates.js';
import type { AppDeps, EmailDeps } from './deps.js';
import { issueAccessCode } from './issue-access-code.js';
import { sendNotification } from './send-notification.js';

/**
 * A new access code, minted, recorded (its hash) and emailed to the contact on file in one step:
 * the code exists in that email alone. A step that fails between the record and the email is done
 * again with a fresh code (the first one never reached anyone). The email is named after its code,
 * so that it goes once however often the step runs.
 */
export async function sendAccessCode(
  deps: AppDeps & EmailDeps,
  request: { mpnId: string; reason: AccessCodeReason; codeId?: string },
  metadata: EventMetadata,
): Promise<Result<{ codeId: string; expiresAt: string }, PartnerRefusalCode>> {
  const { mpnId, reason } = request;
  const issued = await issueAccessCode(
    deps,
    { mpnId, requested: reason === 'requested', ...(request.codeId ? { codeId: request.codeId } : {}) },
    metadata,
  );
  if (!issued.ok) return refused(issued.refusal);
  const { code, codeId, expiresAt, profile } = issued;
  await sendNotification(
    deps,
    {
      notificationId: accessCodeNotificationId(codeId),
      template: 'access-code',
      mpnId,
      message: accessCodeEmail(writingFor(deps.publicBaseUrl, profile), profile, { code, expiresAt, reason }),
    },
    metadata,
  );
  return { ok: true, codeId, expiresAt };
}

/** The email of one code: the journey looks for it to know that the code reached the partner. */
export const accessCodeNotificationId = (codeId: string) => `access-code:${codeId}`;
