import type { PaymentPosition } from '../../../domain/payouts/payment-run.js';
import { payoutStanding } from '../../../domain/payouts/payout-standing.js';
import { standingText } from '../../format/payout-words.js';
import type { Words } from '../../i18n/words.js';
import { type FormState, paragraph, postForm, selectField, table, textField } from '../components.js';
import { type Html, html } from '../html.js';
import { partnerCell } from './partner-cell.js';

/** What the sections of a campaign's payment run show: its payments, by whom, and the forms' state. */
export type RunView = {
  campaignId: string;
  positions: readonly PaymentPosition[];
  partnerName: (mpnId: string) => string;
  companyName: (mpnId: string) => string;
  csrf: string;
  payment: FormState;
};

const actionOf = (campaignId: string, action: string) => `/console/payment-runs/${campaignId}/${action}`;

const section = (id: string, title: string, body: Html) =>
  html`<section class="card" aria-labelledby="${id}">
<h2 id="${id}">${title}</h2>
${body}
</section>`;

/** Step 1: freeze the statements as of now; closing again freezes only what changed since. */
export function closeSection(w: Words, view: RunView): Html {
  const closed = view.positions.filter((p) => p.status !== 'not-closed').length;
  return section(
    'close',
    w.t('console.runs.close.title'),
    html`${paragraph(w.t('console.runs.close.intro'))}
${paragraph(w.count('console.runs.close.count', closed))}
${postForm(w, { values: {}, errors: {} }, { action: actionOf(view.campaignId, 'close'), csrf: view.csrf, submit: 'console.runs.close.submit', fields: '' })}`,
  );
}

/** Step 2: the run, and where each closed statement's payment stands: scheduled, held and why, paid. */
export function scheduleSection(w: Words, view: RunView): Html {
  const positions = view.positions.filter((p) => p.status !== 'not-closed');
  return section(
    'schedule',
    w.t('console.runs.schedule.title'),
    html`${paragraph(w.t('console.runs.schedule.intro'))}
${
  positions.length === 0
    ? paragraph(w.t('console.runs.schedule.noneClosed'))
    : table({
        caption: w.t('console.runs.positions.caption'),
        head: [
          w.t('console.payouts.col.partner'),
          w.t('console.payouts.col.status'),
          w.t('console.runs.col.closed'),
          w.t('console.payouts.col.paid'),
          w.t('console.payouts.col.due'),
        ],
        rows: positions.map((p) => {
          const { standing, hold } = payoutStanding('approved', p);
          return [
            partnerCell(w, view.companyName(p.mpnId), p.mpnId),
            standingText(w, standing, hold),
            w.money(p.totalCents),
            w.money(p.issuedCents),
            w.money(p.dueCents),
          ];
        }),
        numeric: [2, 3, 4],
      })
}
${postForm(w, { values: {}, errors: {} }, { action: actionOf(view.campaignId, 'schedule'), csrf: view.csrf, submit: 'console.runs.schedule.submit', fields: '' })}`,
  );
}

/** The partners with a payment scheduled, and the one a refused form named if it has none (kept as typed). */
function partnerOptions(w: Words, view: RunView, scheduled: readonly PaymentPosition[]) {
  const options: (readonly [string, string])[] = scheduled.map((p) => [
    p.mpnId,
    w.t('console.runs.payment.partnerOption', {
      partner: view.partnerName(p.mpnId),
      amount: w.money(p.dueCents),
    }),
  ]);
  const typed = view.payment.values.mpnId;
  if (typed && !scheduled.some((p) => p.mpnId === typed)) options.push([typed, view.partnerName(typed)]);
  return options;
}

/** Step 3: a payment sent, for the amount the run scheduled, under its transfer's reference. */
export function paymentSection(w: Words, view: RunView): Html {
  const scheduled = view.positions.filter((p) => p.status === 'scheduled');
  const form =
    scheduled.length === 0 && Object.keys(view.payment.errors).length === 0
      ? paragraph(w.t('console.runs.payment.noneScheduled'))
      : postForm(w, view.payment, {
          action: actionOf(view.campaignId, 'payments'),
          csrf: view.csrf,
          submit: 'console.runs.payment.submit',
          fields: [
            selectField(w, view.payment, {
              name: 'mpnId',
              label: 'console.runs.payment.partner',
              options: partnerOptions(w, view, scheduled),
            }),
            textField(w, view.payment, {
              name: 'amount',
              label: 'console.runs.payment.amount',
              hint: 'console.runs.payment.amount.hint',
              inputmode: 'text',
              maxlength: 20,
              autocomplete: 'off',
            }),
            textField(w, view.payment, {
              name: 'reference',
              label: 'console.runs.payment.reference',
              hint: 'console.runs.payment.reference.hint',
              maxlength: 100,
              autocomplete: 'off',
            }),
          ],
        });
  return section(
    'payment',
    w.t('console.runs.payment.title'),
    html`${paragraph(w.t('console.runs.payment.intro'))}
${form}`,
  );
}
