import type { Refusal } from '../../../domain/refusal.js';
import type { ApprovalContext, RegistrationToDecide } from '../../application/approval-link.js';
import type { MessageKey } from '../../i18n/catalogs/index.js';
import { languageOfAcceptLanguage } from '../../i18n/language.js';
import { type Words, wordsFor } from '../../i18n/words.js';
import { details, notice, paragraph } from '../components.js';
import { type Html, html } from '../html.js';
import { layout } from '../layout.js';

/**
 * The page an approval link opens, in the portal's frame and in the approver's language (their
 * browser's). It only shows; its buttons post the decision (mail scanners and link previews fetch
 * links, and must never approve anything). Its forms post to the link itself: the link's token is
 * what lets them decide, so they carry no other token.
 */

/** Approvers have no language on record: the page speaks the one their browser asks for. */
export const approverWords = (acceptLanguage: string | undefined) =>
  wordsFor(languageOfAcceptLanguage(acceptLanguage));

/** A rejection sent without a reason: the form again, with what was typed and what is missing. */
export type RejectForm = { reason: string; error?: string };

const frame = (w: Words, title: string, body: Html) =>
  layout(w, { title, body, viewer: undefined, path: '', footer: w.t('approval.footer') });

export function registrationDetails(
  w: Words,
  { registration, partner, campaign }: RegistrationToDecide,
): Html {
  const { signature } = registration;
  const rows: [MessageKey, string][] = [
    [
      'approval.partner',
      w.t('approval.partnerName', { companyName: partner.companyName, mpnId: partner.mpnId }),
    ],
    ['approval.contact', partner.contactEmail],
    [
      'approval.campaign',
      w.t('approval.campaignName', { name: campaign.terms.name, campaignId: campaign.campaignId }),
    ],
    ['approval.agreementNumber', registration.agreementNumber],
    [
      'approval.signedBy',
      w.t('approval.signer', { name: signature.signerName, email: signature.signerEmail }),
    ],
    ['approval.termsVersion', signature.termsSha256],
    ['approval.submitted', w.instant(registration.submittedAt)],
  ];
  return html`<section class="card" aria-labelledby="details-title">
<h2 id="details-title">${w.t('approval.details')}</h2>
${details(rows.map(([name, value]) => [w.t(name), value] as const))}
</section>`;
}

// The decision a form posts, as the API names it (approvals-post reads the same body from JSON).
const decisionField = (decision: 'approve' | 'reject') =>
  html`<input type="hidden" name="decision" value="${decision}">`;

/**
 * Approve, or reject with a reason. The link's forms post to the link itself (its token lets them
 * decide); the console's post to its page of the registration, with its CSRF token.
 */
export function decisionForms(
  w: Words,
  form: RejectForm | undefined,
  inConsole?: { action: string; csrf: string },
): Html {
  const error = form?.error;
  const describedBy = error ? 'reason-hint reason-error' : 'reason-hint';
  const token = inConsole ? html`<input type="hidden" name="_csrf" value="${inConsole.csrf}">` : '';
  const action = inConsole ? html` action="${inConsole.action}"` : '';
  return html`<form method="post"${action} class="actions">
${token}
${decisionField('approve')}
<button class="primary" type="submit">${w.t('approval.approve')}</button>
</form>
<h2 id="reject-title">${w.t('approval.rejectHeading')}</h2>
<form method="post"${action} aria-labelledby="reject-title">
${token}
${decisionField('reject')}
<div class="field">
<label for="reason">${w.t('approval.reason')}</label>
<span class="hint" id="reason-hint">${w.t('approval.reason.hint')}</span>
${error ? html`<span class="error" id="reason-error">${error}</span>` : ''}
<textarea id="reason" name="reason" rows="4" required maxlength="1000" aria-describedby="${describedBy}"${
    error ? html` aria-invalid="true"` : ''
  }>${form?.reason ?? ''}</textarea>
</div>
<button class="secondary" type="submit">${w.t('approval.reject')}</button>
</form>`;
}

export const DECIDED_TITLES = {
  approved: 'approval.decided.approved',
  rejected: 'approval.decided.rejected',
  expired: 'approval.decided.expired',
} as const;

const DECIDED_STATUS = {
  approved: 'approval.status.approved',
  rejected: 'approval.status.rejected',
  expired: 'approval.status.expired',
} as const;

/** Who decided, when, and why, above what was decided on. */
export function decisionOf(
  w: Words,
  context: RegistrationToDecide,
  status: keyof typeof DECIDED_TITLES,
): Html {
  const { decision } = context.registration;
  return html`${notice(status === 'approved' ? 'ok' : 'info', w.t(DECIDED_STATUS[status]))}
${
  decision?.approverEmail
    ? paragraph(
        w.t('approval.decidedBy', { approver: decision.approverEmail, date: w.instant(decision.decidedAt) }),
      )
    : ''
}
${decision?.reason ? paragraph(w.t('approval.reasonGiven', { reason: decision.reason })) : ''}
${registrationDetails(w, context)}`;
}

/** After a decision, or when the registration was decided already. */
const decidedPage = (w: Words, context: ApprovalContext, status: keyof typeof DECIDED_TITLES): string =>
  frame(w, w.t(DECIDED_TITLES[status]), decisionOf(w, context, status));

/** The registration a link names: to decide on while it waits, or as it was decided. */
export function approvalPage(w: Words, context: ApprovalContext, form?: RejectForm): string {
  const { status } = context.registration;
  if (status !== 'pending-approval') return decidedPage(w, context, status);
  const body = html`${paragraph(w.t('approval.intro'))}
${registrationDetails(w, context)}
${decisionForms(w, form)}
${paragraph(w.t('approval.linkUntil', { date: w.instant(context.link.expiresAt) }))}`;
  return frame(w, w.t('approval.title'), body);
}

const problemOf = (w: Words, refusal: Refusal) => {
  const { expiredAt } = refusal.details;
  if (refusal.code === 'approval-link-invalid') return w.t('approval.problem.invalid');
  if (refusal.code === 'approval-link-expired' && typeof expiredAt === 'string')
    return w.t('approval.problem.expired', { date: w.instant(expiredAt) });
  return w.t('approval.problem.unrecorded');
};

/** A link that cannot be used, or a decision it could not record, with what the approver can do. */
export function linkProblemPage(
  w: Words,
  title: 'approval.problem.title' | 'approval.problem.notRecorded',
  refusal: Refusal,
): string {
  return frame(
    w,
    w.t(title),
    html`${notice('bad', problemOf(w, refusal))}
${paragraph(w.t('approval.problem.next'))}`,
  );
}
