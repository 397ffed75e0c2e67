import type { PartnerStatementDocument } from '../../application/partner-statements.js';
import { clawbackText, holdText, sentPaymentsText, totalRows } from '../../format/statement-words.js';
import type { Words } from '../../i18n/words.js';
import { identifier, table } from '../components.js';
import { type Html, html } from '../html.js';

/** Where the payment stands, in a sentence. */
function paymentSentence(w: Words, doc: PartnerStatementDocument): string {
  const { payment } = doc;
  const date = w.day(payment.closedAsOf ?? doc.asOf);
  switch (payment.status) {
    case 'not-closed':
      return w.t('statement.payment.not-closed');
    case 'scheduled':
      return w.t('statement.payment.scheduled', {
        amount: w.money(payment.scheduledCents ?? 0),
        date: w.day(payment.scheduledAt ?? doc.asOf),
      });
    default:
      return w.t(`statement.payment.${payment.status}`, { date });
  }
}

/** Why a payment that is due waits, each hold in words, with the way to lift the one the partner can. */
const holdsNotice = (w: Words, doc: PartnerStatementDocument): Html | '' =>
  doc.payment.holds.length === 0
    ? ''
    : html`<div class="notice info" role="status">
<p><strong>${w.t('statement.hold.title')}</strong></p>
<ul>${doc.payment.holds.map(
        (hold) =>
          html`<li>${holdText(w, hold)}${
            hold === 'payment-profile-incomplete'
              ? html` <a href="/portal/payment-profile">${w.t('statement.hold.giveDetails')}</a>`
              : ''
          }</li>`,
      )}</ul>
</div>`;

/** The payment's status, its holds, the payments sent, and the totals, which add up. */
export function moneySection(w: Words, doc: PartnerStatementDocument): Html {
  const sent = sentPaymentsText(w, doc);
  return html`<section aria-labelledby="money">
<h2 id="money">${w.t('statement.money.title')}</h2>
<p>${paymentSentence(w, doc)}</p>
${holdsNotice(w, doc)}
${
  sent.length > 0
    ? html`<h3>${w.t('statement.payment.sentTitle')}</h3><ul>${sent.map((s) => html`<li>${s}</li>`)}</ul>`
    : ''
}
${table({
  caption: w.t('statement.money.caption'),
  head: [w.t('statement.money.item'), w.t('statement.money.amount')],
  rows: totalRows(w, doc).map((row) => [row.label, w.money(row.cents)]),
  numeric: [1],
})}
</section>`;
}

/** The adjustments finance made on the partner's inquiries, if any. */
export const adjustmentsSection = (w: Words, doc: PartnerStatementDocument): Html | '' =>
  doc.adjustments.length === 0
    ? ''
    : html`<section aria-labelledby="adjustments">
<h2 id="adjustments">${w.t('statement.adjustments.title')}</h2>
${table({
  caption: w.t('statement.adjustments.caption'),
  head: [
    w.t('statement.col.recordedOn'),
    w.t('statement.col.sale'),
    w.t('statement.col.note'),
    w.t('statement.col.amount'),
  ],
  rows: doc.adjustments.map((a) => [
    w.day(a.recordedAt),
    a.saleId ? identifier(a.saleId) : w.t('statement.adjustments.noSale'),
    a.note,
    w.money(a.amountCents),
  ]),
  numeric: [3],
})}
</section>`;

/** What earns less now than when the partner was last paid, line by line, if anything. */
export const clawbacksSection = (w: Words, doc: PartnerStatementDocument): Html | '' =>
  doc.clawbacks.length === 0
    ? ''
    : html`<section aria-labelledby="clawbacks">
<h2 id="clawbacks">${w.t('statement.clawbacks.title')}</h2>
<p>${w.t('statement.clawbacks.intro')}</p>
${table({
  caption: w.t('statement.clawbacks.caption'),
  head: [
    w.t('statement.col.sale'),
    w.t('statement.col.sku'),
    w.t('statement.col.units'),
    w.t('statement.col.reason'),
    w.t('statement.col.amount'),
  ],
  rows: doc.clawbacks.map((c) => [
    c.saleId ? identifier(c.saleId) : w.t('statement.clawbacks.wholeStatement'),
    c.sku ? identifier(c.sku) : '',
    c.units === undefined ? '' : w.number(c.units),
    clawbackText(w, c),
    w.money(c.amountCents),
  ]),
  numeric: [2, 4],
})}
</section>`;
