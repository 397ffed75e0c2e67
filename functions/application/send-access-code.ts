import type { PartnerRefusalCode } from '../../domain/partners/decide.js';
import { type Result, refused } from '../../domain/refusal.js';
import type { EventMetadata } from '../../events/envelope.js';
import { accessCodeEmail } from '../email/templates.js';
import type { Mailer } from '../ports/mailer.js';
import type { AppDeps } from './deps.js';
import { issueAccessCode } from './issue-access-code.js';
import { sendNotification } from './send-notification.js';

/**
 * A new access code, emailed to the contact on file: the code exists in that email alone. Used by
 * the journey's first step and by a repeated sign-up.
 */
export async function sendAccessCode(
  deps: AppDeps & { mailer: Mailer },
  mpnId: string,
  metadata: EventMetadata,
): Promise<Result<{ codeId: string; expiresAt: string }, PartnerRefusalCode>> {
  const issued = await issueAccessCode(deps, { mpnId }, metadata);
  if (!issued.ok) return refused(issued.refusal);
  const { code, codeId, expiresAt, profile } = issued;
  await sendNotification(
    deps,
    {
      notificationId: `access-code:${codeId}`,
      template: 'access-code',
      mpnId,
      message: accessCodeEmail(profile, code, expiresAt),
    },
    metadata,
  );
  return { ok: true, codeId, expiresAt };
}
