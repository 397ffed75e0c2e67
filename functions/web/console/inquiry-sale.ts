import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { InquiryLine } from '../../application/inquiries/inquiry-line.js';
import { reasonText } from '../../format/statement-words.js';
import type { Words } from '../../i18n/words.js';
import { details, identifier, paragraph } from '../components.js';
import { type Html, html } from '../html.js';

/** Where the sale stands on the partner's statement today, in words. */
function standing(w: Words, line: Exclude<InquiryLine, { kind: 'not-recorded' }>): string {
  switch (line.kind) {
    case 'earned':
      return line.counted
        ? w.t('inquiryPage.line.counted')
        : w.t('inquiryPage.line.earned', { amount: w.money(line.amountCents) });
    case 'excluded':
      return w.t('inquiryPage.line.excluded', { reason: reasonText(w, line.reason) });
    case 'outside-period':
      return w.t('inquiryPage.line.outside');
  }
}

/**
 * The sale the partner asks about, as its statement shows it now: when and to whom it was sold,
 * what and how many, and what it earns or why it earns nothing.
 */
export function saleSection(w: Words, inquiry: Inquiry, line: InquiryLine | undefined): Html {
  const heading = html`<h2 id="sale">${w.t('inquiryPage.sale')}</h2>`;
  if (!inquiry.saleId) {
    return html`<section aria-labelledby="sale">${heading}${paragraph(w.t('inquiryPage.sale.none'))}</section>`;
  }
  if (!line || line.kind === 'not-recorded') {
    return html`<section aria-labelledby="sale">${heading}${paragraph(
      w.t('inquiryPage.sale.notRecorded', { saleId: inquiry.saleId }),
    )}</section>`;
  }
  const { sale } = line;
  return html`<section aria-labelledby="sale">${heading}
${details([
  [w.t('statement.col.sale'), identifier(sale.saleId)],
  [w.t('statement.col.date'), w.day(sale.soldAt)],
  [w.t('statement.col.customer'), sale.customerId],
  [w.t('statement.col.sku'), identifier(sale.sku)],
  [w.t('statement.col.units'), w.number(sale.units)],
  [w.t('inquiryPage.line.standing'), standing(w, line)],
])}
</section>`;
}
