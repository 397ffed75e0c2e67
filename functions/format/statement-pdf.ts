import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { holdExplanations } from '../../domain/payouts/payment-run.js';
import type { PartnerStatementDocument } from '../application/partner-statements.js';
import { cad } from './money.js';

const PAGE = { width: 612, height: 792, margin: 54 };
const SIZE = { title: 18, heading: 12, text: 10 };
const LINE = 14;

/**
 * The statement as a PDF a partner can keep: who, which campaign, as of when, the totals, then
 * every paid line, every line that earned nothing and why, the adjustments and the clawbacks.
 */
export async function statementPdf(doc: PartnerStatementDocument): Promise<Uint8Array> {
  // Loaded when a PDF is asked for: JSON and CSV statements start without it.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Payout statement: ${doc.campaignName}, ${doc.companyName}`);
  pdf.setCreator('Partner cash-back programs');
  pdf.setCreationDate(new Date(doc.asOf));
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const writer = new PageWriter(pdf, fonts, rgb(0, 0, 0));

  writer.text('Payout statement', { font: 'bold', size: SIZE.title });
  writer.gap();
  writer.pairs([
    ['Partner', `${doc.companyName} (MPN ID ${doc.mpnId})`],
    ['Campaign', `${doc.campaignName} (${doc.campaignId})`],
    ['As of', doc.asOf],
    ['Registration', doc.registrationStatus],
    ['Payment', doc.payment.status],
    ...doc.payment.holds.map((hold): [string, string] => ['', holdExplanations[hold]]),
  ]);
  writer.section('Totals');
  writer.pairs([
    ['Earned', cad(doc.totals.earnedCents)],
    ['Adjustments', cad(doc.totals.adjustmentsCents)],
    ['Total', cad(doc.totals.totalCents)],
    ['Paid so far', cad(doc.totals.issuedCents)],
    ['Due', cad(doc.totals.dueCents)],
    ['To recover (clawback)', cad(doc.totals.clawbackCents)],
    ['Eligible units', String(doc.eligibleUnits)],
  ]);
  writer.section(`Lines that earned (${doc.lines.length})`);
  for (const l of doc.lines)
    writer.row([l.saleId, `${l.units} x ${l.sku}`, l.amountCents > 0 ? cad(l.amountCents) : 'counted']);
  writer.section(`Lines that earned nothing (${doc.excluded.length})`);
  for (const e of doc.excluded) writer.text(`${e.saleId}: ${e.explanation}`);
  if (doc.adjustments.length > 0) {
    writer.section('Adjustments');
    for (const a of doc.adjustments) writer.row([a.saleId ?? 'no sale line', a.note, cad(a.amountCents)]);
  }
  if (doc.clawbacks.length > 0) {
    writer.section('Clawbacks since the last payment');
    for (const c of doc.clawbacks) writer.row([c.saleId ?? 'statement', c.explanation, cad(c.amountCents)]);
  }
  return pdf.save();
}

type FontName = 'regular' | 'bold';

/** Writes lines top to bottom, starting a new page when one is full. */
class PageWriter {
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Record<FontName, PDFFont>,
    private readonly black: Color,
  ) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    return this.page;
  }

  private room(height: number) {
    if (this.y - height < PAGE.margin) this.newPage();
  }

  /** The standard fonts encode Windows-1252 only: anything else is shown as '?'. */
  private printable(text: string, font: PDFFont): string {
    const supported = new Set(font.getCharacterSet());
    return [...text].map((c) => (supported.has(c.codePointAt(0) as number) ? c : '?')).join('');
  }

  private draw(text: string, x: number, options: { font?: FontName; size?: number; maxWidth?: number } = {}) {
    const font = this.fonts[options.font ?? 'regular'];
    const size = options.size ?? SIZE.text;
    let shown = this.printable(text, font);
    const maxWidth = options.maxWidth ?? PAGE.width - PAGE.margin - x;
    while (shown.length > 1 && font.widthOfTextAtSize(shown, size) > maxWidth)
      shown = `${shown.slice(0, -2)}…`;
    this.page.drawText(this.printable(shown, font), { x, y: this.y, size, font, color: this.black });
  }

  text(text: string, options: { font?: FontName; size?: number } = {}) {
    const size = options.size ?? SIZE.text;
    this.room(size + 4);
    this.draw(text, PAGE.margin, options);
    this.y -= size + 4;
  }

  gap() {
    this.y -= LINE / 2;
  }

  section(title: string) {
    this.gap();
    this.text(title, { font: 'bold', size: SIZE.heading });
  }

  pairs(pairs: [string, string][]) {
    for (const [name, value] of pairs) {
      this.room(LINE);
      this.draw(name, PAGE.margin, { font: 'bold', maxWidth: 150 });
      this.draw(value, PAGE.margin + 160);
      this.y -= LINE;
    }
  }

  row(cells: [string, string, string]) {
    this.room(LINE);
    this.draw(cells[0], PAGE.margin, { maxWidth: 150 });
    this.draw(cells[1], PAGE.margin + 160, { maxWidth: 250 });
    this.draw(cells[2], PAGE.margin + 420);
    this.y -= LINE;
  }
}
