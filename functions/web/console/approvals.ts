import * as z from 'zod';
import { RegistrationId } from '../../../events/streams.js';
import { registrationToDecide } from '../../application/approval-link.js';
import { decideAsApprover } from '../../application/decide-on-registration.js';
import { registrationsToDecide } from '../../application/staff/registrations-to-decide.js';
import type { Words } from '../../i18n/words.js';
import {
  decisionForms,
  decisionOf,
  type RejectForm,
  registrationDetails,
} from '../approval/approval-page.js';
import { identifier, notice, paragraph, table } from '../components.js';
import { html } from '../html.js';
import {
  type ConsoleDeps,
  definePage,
  type PageAnswer,
  type PageContext,
  redirectTo,
  showPage,
} from '../page.js';

const Decided = z.enum(['approved', 'rejected']);

/** The approvers' queue: every registration waiting for a decision, the longest-waiting first. */
export const approvals = definePage<ConsoleDeps>({
  name: 'console-approvals',
  method: 'GET',
  path: '/console/approvals',
  access: 'approver',
  handle: async ({ words: w, query, staff }, deps) => {
    const [waiting, justDecided] = await Promise.all([
      registrationsToDecide(deps.store, deps.readModels),
      RegistrationId.safeParse(query.decided).success
        ? registrationToDecide(deps.store, query.decided ?? '')
        : undefined,
    ]);
    // The notice reads the decision as recorded: a link cannot make the page claim one.
    const mine = justDecided?.registration.decision?.approverEmail === staff?.email ? justDecided : undefined;
    const outcome = Decided.safeParse(mine?.registration.status);
    const body = html`${
      mine && outcome.success
        ? notice(
            'ok',
            w.t(`console.approvals.decided.${outcome.data}`, { partner: mine.partner.companyName }),
          )
        : ''
    }
<p>${w.t('console.approvals.intro')}</p>
${
  waiting.length === 0
    ? paragraph(w.t('console.approvals.none'))
    : table({
        caption: w.t('console.approvals.caption'),
        head: [
          w.t('console.approvals.col.submitted'),
          w.t('console.approvals.col.partner'),
          w.t('console.approvals.col.campaign'),
          w.t('console.approvals.col.agreement'),
          w.t('console.approvals.col.review'),
        ],
        rows: waiting.map((r) => [
          w.instant(r.submittedAt),
          w.t('approval.partnerName', { companyName: r.companyName, mpnId: r.mpnId }),
          r.campaignName,
          identifier(r.agreementNumber),
          html`<a href="/console/approvals/${r.registrationId}">${w.t('console.approvals.review')}</a>`,
        ]),
      })
}`;
    return showPage(w.t('console.approvals.title'), body);
  },
});

const notFoundPage = (w: Words, registrationId: string) =>
  showPage(
    w.t('console.approval.notFound.title'),
    paragraph(w.t('console.approval.notFound', { registrationId })),
    404,
  );

async function approvalPage(
  { words: w, params, csrf }: PageContext,
  deps: ConsoleDeps,
  form?: RejectForm,
  status = 200,
): Promise<PageAnswer> {
  const registrationId = params.registrationId ?? '';
  const context = RegistrationId.safeParse(registrationId).success
    ? await registrationToDecide(deps.store, registrationId)
    : undefined;
  if (!context) return notFoundPage(w, registrationId);
  const { status: decided } = context.registration;
  const historyLink = html`<p><a href="/console/history/registration/${registrationId}">${w.t('console.approval.history')}</a></p>`;
  if (decided !== 'pending-approval')
    return showPage(w.t('approval.title'), html`${decisionOf(w, context, decided)}${historyLink}`);
  return showPage(
    w.t('approval.title'),
    html`${paragraph(w.t('approval.intro'))}
${registrationDetails(w, context)}
${decisionForms(w, form, { action: `/console/approvals/${registrationId}`, csrf })}
${historyLink}`,
    status,
  );
}

/** One registration, with what the approval email shows, to approve or reject. */
export const approval = definePage<ConsoleDeps>({
  name: 'console-approval',
  method: 'GET',
  path: '/console/approvals/{registrationId}',
  access: 'approver',
  handle: (context, deps) => approvalPage(context, deps),
});

/** The decision, in the approver's own name; back to the queue, which says what was done. */
export const approvalPost = definePage<ConsoleDeps>({
  name: 'console-approval-decide',
  method: 'POST',
  path: '/console/approvals/{registrationId}',
  access: 'approver',
  handle: async (context, deps) => {
    const { words: w, params, form, staff, metadata } = context;
    const registrationId = params.registrationId ?? '';
    const decision = form.decision === 'approve' || form.decision === 'reject' ? form.decision : undefined;
    const reason = (form.reason ?? '').slice(0, 1000);
    if (!decision || !RegistrationId.safeParse(registrationId).success)
      return notFoundPage(w, registrationId);
    const decided = await decideAsApprover(
      deps,
      { registrationId, approverEmail: staff?.email ?? '', decision, ...(reason.trim() ? { reason } : {}) },
      metadata,
    );
    if (decided.ok)
      return redirectTo(`/console/approvals?${new URLSearchParams({ decided: registrationId })}`);
    switch (decided.refusal.code) {
      case 'rejection-reason-required':
        return approvalPage(context, deps, { reason, error: w.t('approval.reason.required') }, 400);
      case 'registration-not-found':
        return notFoundPage(w, registrationId);
      default:
        return approvalPage(context, deps, undefined, 409);
    }
  },
});
