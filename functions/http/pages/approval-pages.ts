import type { ApprovalContext } from '../../application/approval-link.js';
import { details, page, paragraph } from './page.js';

const registrationDetails = ({ registration, partner, campaign }: ApprovalContext) =>
  details([
    ['Partner', `${partner.companyName} (MPN ID ${partner.mpnId})`],
    ['Contact', partner.contactEmail],
    ['Campaign', `${campaign.terms.name} (${campaign.campaignId})`],
    ['Agreement number', registration.agreementNumber],
    ['T&Cs signed by', `${registration.signature.signerName} <${registration.signature.signerEmail}>`],
    ['T&C version (SHA-256)', registration.signature.termsSha256],
    ['Submitted', registration.submittedAt],
  ]);

/**
 * The page an approval link opens. It only shows; the buttons post the decision (mail scanners
 * and link previews fetch links, and must never approve anything).
 */
export function approvalPage(context: ApprovalContext): string {
  const { registration } = context;
  if (registration.status !== 'pending-approval') return decidedPage(context);
  return page(
    'Approve a campaign registration',
    [
      registrationDetails(context),
      `<form method="post">
<input type="hidden" name="decision" value="approve">
<button type="submit">Approve</button>
</form>
<form method="post">
<input type="hidden" name="decision" value="reject">
<label for="reason">Reason for rejecting (sent to the partner)</label>
<textarea id="reason" name="reason" rows="3" required maxlength="1000"></textarea>
<button type="submit">Reject</button>
</form>`,
      paragraph(`This link works until ${context.link.expiresAt}.`),
    ].join('\n'),
  );
}

/** After a decision, or when the registration was decided already. */
export function decidedPage(context: ApprovalContext): string {
  const { registration } = context;
  const decision = registration.decision;
  const lines = [
    paragraph(`This registration is ${registration.status}.`),
    ...(decision?.approverEmail
      ? [paragraph(`Decided by ${decision.approverEmail} at ${decision.decidedAt}.`)]
      : []),
    ...(decision?.reason ? [paragraph(`Reason: ${decision.reason}`)] : []),
    registrationDetails(context),
  ];
  return page(`Registration ${registration.status}`, lines.join('\n'));
}

/** A link that cannot be used, with what the approver can do about it. */
export function linkProblemPage(title: string, message: string): string {
  return page(
    title,
    [paragraph(message), paragraph('Ask the program team for a new approval email if needed.')].join('\n'),
  );
}
