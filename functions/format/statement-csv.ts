import type { PartnerStatementDocument } from '../application/partner-statements.js';
import { toCsv } from './csv.js';
import { dollars } from './money.js';

const HEADER = ['kind', 'saleId', 'sku', 'units', 'amount', 'amountCents', 'explanation'];

/** The statement as one table: each paid, excluded, adjusted and clawed-back line, then the totals. */
export function statementCsv(doc: PartnerStatementDocument): string {
  const money = (cents: number) => [dollars(cents), cents] as const;
  const rows = [
    ...doc.lines.map((l) => ['paid', l.saleId, l.sku, l.units, ...money(l.amountCents), '']),
    ...doc.excluded.map((e) => ['excluded', e.saleId, '', '', ...money(0), e.explanation]),
    ...doc.adjustments.map((a) => ['adjustment', a.saleId ?? '', '', '', ...money(a.amountCents), a.note]),
    ...doc.clawbacks.map((c) => [
      'clawback',
      c.saleId ?? '',
      c.sku ?? '',
      c.units ?? '',
      ...money(c.amountCents),
      c.explanation,
    ]),
    [
      'total',
      '',
      '',
      doc.eligibleUnits,
      ...money(doc.totals.totalCents),
      `paid ${dollars(doc.totals.issuedCents)}, due ${dollars(doc.totals.dueCents)}`,
    ],
  ];
  return toCsv(HEADER, rows);
}
