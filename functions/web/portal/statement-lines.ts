import type { StatementSale } from '../../../domain/payouts/statement-sales.js';
import type { PartnerStatementDocument } from '../../application/partner-statements.js';
import { earnedTitle, rateText, reasonText } from '../../format/statement-words.js';
import type { Words } from '../../i18n/words.js';
import { identifier, table } from '../components.js';
import { type Html, html } from '../html.js';

/** The columns that say which sale a row is, the same in every table of sales. */
const saleHead = (w: Words) => [
  w.t('statement.col.sale'),
  w.t('statement.col.date'),
  w.t('statement.col.customer'),
  w.t('statement.col.sku'),
  w.t('statement.col.units'),
];
const UNITS_COLUMN = 4;

const saleCells = (w: Words, sale: StatementSale) => [
  identifier(sale.saleId),
  w.day(sale.soldAt),
  sale.customerId,
  identifier(sale.sku),
  w.number(sale.units),
];

/** The way to ask finance about one line of the statement. */
const askLink = (w: Words, campaignId: string, saleId: string) =>
  html`<a href="/portal/inquiries/new?${new URLSearchParams({ campaignId, saleId }).toString()}" aria-label="${w.t('statement.ask.label', { saleId })}">${w.t('statement.ask')}</a>`;

/** The sales that earned (or count toward a tier), each with its date, customer and rate. */
export function earnedSection(w: Words, doc: PartnerStatementDocument): Html {
  const rows = doc.lines.map((l) => [
    ...saleCells(w, l),
    rateText(w, doc, l.rateCents),
    l.rateCents !== undefined ? w.money(l.amountCents) : w.t('statement.counted'),
    askLink(w, doc.campaignId, l.saleId),
  ]);
  return html`<section aria-labelledby="earned">
<h2 id="earned">${earnedTitle(w, doc)}</h2>
${
  rows.length === 0
    ? html`<p>${w.t('statement.earned.none')}</p>`
    : table({
        caption: w.t('statement.earned.caption'),
        head: [
          ...saleHead(w),
          w.t('statement.col.rate'),
          w.t('statement.col.amount'),
          w.t('statement.col.question'),
        ],
        rows,
        numeric: [UNITS_COLUMN, UNITS_COLUMN + 2],
      })
}
</section>`;
}

/** The sales of the period that earned nothing, each with its reason in words. */
export function excludedSection(w: Words, doc: PartnerStatementDocument): Html {
  return html`<section aria-labelledby="excluded">
<h2 id="excluded">${w.t('statement.excluded.title')}</h2>
${
  doc.excluded.length === 0
    ? html`<p>${w.t('statement.excluded.none')}</p>`
    : table({
        caption: w.t('statement.excluded.caption'),
        head: [...saleHead(w), w.t('statement.col.reason'), w.t('statement.col.question')],
        rows: doc.excluded.map((e) => [
          ...saleCells(w, e),
          reasonText(w, e.reason),
          askLink(w, doc.campaignId, e.saleId),
        ]),
        numeric: [UNITS_COLUMN],
      })
}
</section>`;
}

/**
 * The partner's sales dated outside the campaign's period, so that none goes unmentioned: each
 * says when it was sold, and links to the statements of the partner's campaigns that count it.
 */
export function outsideSection(
  w: Words,
  doc: PartnerStatementDocument,
  nameOf: (campaignId: string) => string,
): Html | '' {
  if (doc.outsidePeriod.length === 0) return '';
  const where = (sale: PartnerStatementDocument['outsidePeriod'][number]) =>
    html`${w.t(`statement.outside.${sale.when}`)} ${
      sale.otherCampaigns.length === 0
        ? w.t('statement.outside.nowhere')
        : sale.otherCampaigns.map(
            (id) =>
              html`<a href="/portal/statements/${id}">${w.t('statement.outside.link', { name: nameOf(id) })}</a> `,
          )
    }`;
  return html`<section aria-labelledby="outside">
<h2 id="outside">${w.t('statement.outside.title')}</h2>
<p>${w.t('statement.outside.intro')}</p>
${table({
  caption: w.t('statement.outside.caption'),
  head: [...saleHead(w), w.t('statement.col.where')],
  rows: doc.outsidePeriod.map((o) => [...saleCells(w, o), where(o)]),
  numeric: [UNITS_COLUMN],
})}
</section>`;
}
