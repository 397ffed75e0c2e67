import * as z from 'zod';
import type { PayoutRefusalCode } from '../../../domain/payouts/decide.js';
import type { Refusal } from '../../../domain/refusal.js';
import { loadCampaign } from '../../application/campaign-catalog.js';
import { issuePayout } from '../../application/issue-payout.js';
import { closeCampaign } from '../../application/payouts/close-campaign.js';
import { schedulePayments } from '../../application/payouts/schedule-payments.js';
import { centsOfDollars } from '../../format/money.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { PayoutIssuedBody } from '../../http/payout-issued-body.js';
import type { Words } from '../../i18n/words.js';
import { paragraph } from '../components.js';
import { readForm, refusedField, refusedForm } from '../form.js';
import { type ConsoleDeps, definePage, type PageContext, redirectTo, showPage } from '../page.js';
import { RUNS_PATH, runPage, runPath } from './payment-runs.js';

/** The campaign a post is about, read from its path with the API's body schema. */
function campaignOf(context: PageContext): string | undefined {
  const read = readForm(context.words, { campaignId: context.params.campaignId ?? '' }, CampaignBody.shape, {
    campaignId: 'console.runs.notFound.title',
  });
  return read.ok ? read.data.campaignId : undefined;
}

const notFound = (w: Words, campaignId: string) =>
  showPage(w.t('console.runs.notFound.title'), paragraph(w.t('console.runs.notFound', { campaignId })), 404);

/** Back to the run's page, which says what this request recorded. */
const doneRedirect = (campaignId: string, action: string, context: PageContext) =>
  redirectTo(runPath(campaignId, { action, request: context.metadata.causationId }));

/** Closes every statement of the campaign as of now, in the finance person's name (`POST /payouts/close`). */
export const closeStatementsPost = definePage<ConsoleDeps>({
  name: 'console-payment-run-close',
  method: 'POST',
  path: `${RUNS_PATH}/{campaignId}/close`,
  access: 'finance',
  handle: async (context, deps) => {
    const campaignId = campaignOf(context);
    if (!campaignId) return notFound(context.words, context.params.campaignId ?? '');
    const closed = await closeCampaign(deps, campaignId, context.metadata);
    if (!closed.ok) return notFound(context.words, campaignId);
    return doneRedirect(campaignId, 'close', context);
  },
});

/** Runs the payments of the campaign, in the finance person's name (`POST /payouts/schedule`). */
export const schedulePaymentsPost = definePage<ConsoleDeps>({
  name: 'console-payment-run-schedule',
  method: 'POST',
  path: `${RUNS_PATH}/{campaignId}/schedule`,
  access: 'finance',
  handle: async (context, deps) => {
    const campaignId = campaignOf(context);
    const found = campaignId ? await loadCampaign(deps.store, campaignId) : undefined;
    if (!campaignId || !found?.ok) return notFound(context.words, context.params.campaignId ?? '');
    await schedulePayments(deps, campaignId, context.metadata);
    return doneRedirect(campaignId, 'schedule', context);
  },
});

/** An amount typed in dollars, held to the API's rule for `amountCents`. */
const Dollars = z
  .string()
  .transform((typed, context) => {
    const cents = centsOfDollars(typed);
    if (cents !== undefined) return cents;
    context.addIssue({ code: 'custom', message: 'not an amount in dollars' });
    return z.NEVER;
  })
  .pipe(PayoutIssuedBody.shape.amountCents);

const PaymentForm = {
  mpnId: PayoutIssuedBody.shape.mpnId,
  amount: Dollars,
  reference: PayoutIssuedBody.shape.reference,
};

/** A refusal of the payment, beside the field it is about. */
function refusedPayment(
  w: Words,
  form: Readonly<Record<string, string>>,
  refusal: Refusal<PayoutRefusalCode>,
) {
  switch (refusal.code) {
    case 'payment-not-scheduled':
      return refusedField(form, 'mpnId', w.t('console.runs.payment.notScheduled'));
    case 'amount-differs-from-scheduled':
      return refusedField(
        form,
        'amount',
        w.t('console.runs.payment.differs', { amount: w.money(Number(refusal.details.scheduledCents ?? 0)) }),
      );
    case 'payout-reference-conflict':
      return refusedField(form, 'reference', w.t('console.runs.payment.referenceConflict'));
    default:
      return refusedForm(form, w.t('console.runs.payment.refused'));
  }
}

/** Records a payment sent, in the finance person's name (`POST /payouts/issued`); a refusal keeps what was typed. */
export const recordPaymentPost = definePage<ConsoleDeps>({
  name: 'console-payment-run-payment',
  method: 'POST',
  path: `${RUNS_PATH}/{campaignId}/payments`,
  access: 'finance',
  handle: async (context, deps) => {
    const { words: w, form } = context;
    const campaignId = campaignOf(context);
    if (!campaignId) return notFound(w, context.params.campaignId ?? '');
    const typed = { mpnId: form.mpnId ?? '', amount: form.amount ?? '', reference: form.reference ?? '' };
    const read = readForm(w, typed, PaymentForm, {
      mpnId: 'console.runs.payment.partner.invalid',
      amount: 'console.runs.payment.amount.invalid',
      reference: 'console.runs.payment.reference.invalid',
    });
    if (!read.ok) return runPage(context, deps, read.state, 400);
    const { mpnId, amount, reference } = read.data;
    const issued = await issuePayout(
      deps,
      { campaignId, mpnId, amountCents: amount, reference },
      context.metadata,
    );
    if (!issued.ok) {
      const status = issued.refusal.code === 'amount-differs-from-scheduled' ? 422 : 409;
      return runPage(context, deps, refusedPayment(w, typed, issued.refusal), status);
    }
    return doneRedirect(campaignId, 'payment', context);
  },
});
