import type { PartnerStatementDocument } from '../application/partner-statements.js';
import type { Words } from '../i18n/words.js';
import { amount, type CsvValue, toCsv } from './csv.js';
import {
  clawbackText,
  holdText,
  outsideText,
  paymentStatusText,
  rateText,
  reasonText,
  sentPaymentsText,
  totalRows,
} from './statement-words.js';

/** What identifies a row's sale, as far as the row has one. */
type SaleCells = { saleId?: string; soldAt?: string; customerId?: string; sku?: string; units?: number };

/**
 * The statement as one table in the partner's language: each sale that earned, counted, earned
 * nothing or fell outside the period; the adjustments and the clawbacks; where the payment stands;
 * then the totals, one a row. Amounts are numbers a spreadsheet can add up; dates are in words,
 * in the partner's time zone.
 */
export function statementCsv(doc: PartnerStatementDocument, w: Words): string {
  const row = (
    kind: string,
    sale: SaleCells,
    rate: CsvValue,
    money: CsvValue,
    explanation: string,
  ): CsvValue[] => [
    kind,
    sale.saleId ?? '',
    sale.soldAt ? w.day(sale.soldAt) : '',
    sale.customerId ?? '',
    sale.sku ?? '',
    sale.units ?? '',
    rate,
    money,
    explanation,
  ];
  const rows: CsvValue[][] = [
    // A frequency line earns nothing of its own: the tier it counts toward explains it.
    ...doc.lines.map((l) =>
      l.rateCents !== undefined
        ? row(w.t('statement.kind.earned'), l, amount(l.rateCents), amount(l.amountCents), '')
        : row(w.t('statement.kind.counted'), l, '', '', rateText(w, doc, undefined)),
    ),
    ...doc.excluded.map((e) =>
      row(w.t('statement.kind.excluded'), e, '', amount(0), reasonText(w, e.reason)),
    ),
    ...doc.outsidePeriod.map((o) =>
      row(w.t('statement.kind.outside'), o, '', '', outsideText(w, o, o.otherCampaigns)),
    ),
    ...doc.adjustments.map((a) =>
      row(
        w.t('statement.kind.adjustment'),
        a.saleId ? { saleId: a.saleId } : {},
        '',
        amount(a.amountCents),
        a.note,
      ),
    ),
    ...doc.clawbacks.map((c) =>
      row(w.t('statement.kind.clawback'), c, '', amount(c.amountCents), clawbackText(w, c)),
    ),
    row(
      w.t('statement.file.payment'),
      {},
      '',
      '',
      [`${paymentStatusText(w, doc.payment.status)}.`, ...doc.payment.holds.map((h) => holdText(w, h))].join(
        ' ',
      ),
    ),
    ...totalRows(w, doc).map((total) =>
      row(
        total.label,
        {},
        '',
        amount(total.cents),
        total.kind === 'paid' ? sentPaymentsText(w, doc).join(' ') : '',
      ),
    ),
  ];
  const header = [
    w.t('statement.col.kind'),
    w.t('statement.col.sale'),
    w.t('statement.col.date'),
    w.t('statement.col.customer'),
    w.t('statement.col.sku'),
    w.t('statement.col.units'),
    w.t('statement.col.rateCad'),
    w.t('statement.col.amountCad'),
    w.t('statement.col.explanation'),
  ];
  return toCsv(header, rows);
}
