import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { StatementSale } from '../../domain/payouts/statement-sales.js';
import type { PartnerStatementDocument } from '../application/partner-statements.js';
import type { Words } from '../i18n/words.js';
import {
  clawbackText,
  earnedTitle,
  holdText,
  outsideText,
  paymentStatusText,
  rateText,
  reasonText,
  registrationText,
  sentPaymentsText,
  totalRows,
} from './statement-words.js';

const PAGE = { width: 612, height: 792, margin: 54 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const SIZE = { title: 18, heading: 12, text: 10, row: 9 };
const LINE = 14;

/** A cell of a row: its text, its width, and whether it lines up on the right (amounts). */
type Cell = { text: string; width: number; right?: boolean };

/**
 * The statement as a PDF a partner can keep, in its language: who, which campaign, its period,
 * as of when, where the payment stands, the totals (which add up, each saying what it is), then
 * every sale that earned with its date, customer and rate, every one that earned nothing and why,
 * the sales outside the period, the adjustments and the clawbacks.
 */
export async function statementPdf(doc: PartnerStatementDocument, w: Words): Promise<Uint8Array> {
  // Loaded when a PDF is asked for: JSON and CSV statements start without it.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(w.t('statement.file.documentTitle', { name: doc.campaignName, companyName: doc.companyName }));
  pdf.setCreator(w.t('program.name'));
  pdf.setLanguage(w.language === 'fr' ? 'fr-CA' : 'en-CA');
  pdf.setCreationDate(new Date(doc.asOf));
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const writer = new PageWriter(pdf, fonts, rgb(0, 0, 0));

  writer.text(w.t('statement.file.title'), { font: 'bold', size: SIZE.title });
  writer.gap();
  writer.pairs([
    [
      w.t('statement.file.partner'),
      w.t('statement.file.partnerValue', { companyName: doc.companyName, mpnId: doc.mpnId }),
    ],
    [
      w.t('statement.file.campaign'),
      w.t('statement.file.campaignValue', { name: doc.campaignName, campaignId: doc.campaignId }),
    ],
    [
      w.t('statement.file.period'),
      w.t('statement.file.periodValue', {
        start: w.instant(doc.period.start),
        end: w.instant(doc.period.end),
      }),
    ],
    [w.t('statement.file.asOf'), w.instant(doc.asOf)],
    [w.t('statement.file.registration'), registrationText(w, doc.registrationStatus)],
    [w.t('statement.file.payment'), paymentStatusText(w, doc.payment.status)],
  ]);
  for (const hold of doc.payment.holds) writer.paragraph(holdText(w, hold), 160);
  for (const sent of sentPaymentsText(w, doc)) writer.paragraph(sent, 160);

  writer.section(w.t('statement.file.totals'));
  for (const row of totalRows(w, doc)) {
    writer.row([
      { text: row.label, width: WIDTH - 110 },
      { text: w.money(row.cents), width: 110, right: true },
    ]);
  }

  const saleCells = (sale: StatementSale) => [
    { text: sale.saleId, width: 70 },
    { text: w.day(sale.soldAt), width: 92 },
    { text: sale.customerId, width: 80 },
    { text: w.t('statement.file.unitsOf', { units: w.number(sale.units), sku: sale.sku }), width: 88 },
  ];
  writer.section(earnedTitle(w, doc));
  if (doc.lines.length === 0) writer.paragraph(w.t('statement.earned.none'));
  // A tier pays the lines together: it is said once, above them.
  const counted = doc.lines.some((line) => line.rateCents === undefined);
  if (counted) writer.paragraph(rateText(w, doc, undefined));
  for (const line of doc.lines) {
    writer.row([
      ...saleCells(line),
      { text: line.rateCents === undefined ? '' : rateText(w, doc, line.rateCents), width: 100 },
      {
        text: line.rateCents === undefined ? w.t('statement.counted') : w.money(line.amountCents),
        width: 74,
        right: true,
      },
    ]);
  }
  writer.section(w.t('statement.excluded.title'));
  if (doc.excluded.length === 0) writer.paragraph(w.t('statement.excluded.none'));
  for (const excluded of doc.excluded) {
    writer.row(saleCells(excluded));
    writer.paragraph(reasonText(w, excluded.reason), 16);
  }
  if (doc.outsidePeriod.length > 0) {
    writer.section(w.t('statement.outside.title'));
    for (const outside of doc.outsidePeriod) {
      writer.row(saleCells(outside));
      writer.paragraph(outsideText(w, outside, outside.otherCampaigns), 16);
    }
  }
  if (doc.adjustments.length > 0) {
    writer.section(w.t('statement.adjustments.title'));
    for (const a of doc.adjustments) {
      writer.row([
        { text: w.day(a.recordedAt), width: 96 },
        { text: a.saleId ?? w.t('statement.adjustments.noSale'), width: 110 },
        { text: a.note, width: WIDTH - 96 - 110 - 90 },
        { text: w.money(a.amountCents), width: 90, right: true },
      ]);
    }
  }
  if (doc.clawbacks.length > 0) {
    writer.section(w.t('statement.clawbacks.title'));
    writer.paragraph(w.t('statement.clawbacks.intro'));
    for (const c of doc.clawbacks) {
      writer.row([
        { text: c.saleId ?? w.t('statement.clawbacks.wholeStatement'), width: 110 },
        { text: clawbackText(w, c), width: WIDTH - 110 - 90 },
        { text: w.money(c.amountCents), width: 90, right: true },
      ]);
    }
  }
  return pdf.save();
}

type FontName = 'regular' | 'bold';

// The standard fonts encode Windows-1252: French amounts group digits with a narrow no-break
// space, which it lacks; a no-break space reads the same.
const NARROW_SPACES = /[\u202f\u2009]/g;

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

  /** What the font can show: anything outside Windows-1252 is shown as '?'. */
  private printable(text: string, font: PDFFont): string {
    const supported = new Set(font.getCharacterSet());
    return [...text.replace(NARROW_SPACES, '\u00a0')]
      .map((c) => (supported.has(c.codePointAt(0) as number) ? c : '?'))
      .join('');
  }

  private width(text: string, font: FontName, size: number) {
    return this.fonts[font].widthOfTextAtSize(text, size);
  }

  private draw(
    text: string,
    x: number,
    options: { font?: FontName; size?: number; maxWidth?: number; right?: boolean } = {},
  ) {
    const fontName = options.font ?? 'regular';
    const font = this.fonts[fontName];
    const size = options.size ?? SIZE.text;
    let shown = this.printable(text, font);
    const maxWidth = options.maxWidth ?? PAGE.width - PAGE.margin - x;
    while (shown.length > 1 && this.width(shown, fontName, size) > maxWidth) shown = `${shown.slice(0, -2)}…`;
    const left = options.right ? x + maxWidth - this.width(shown, fontName, size) : x;
    this.page.drawText(shown, { x: left, y: this.y, size, font, color: this.black });
  }

  text(text: string, options: { font?: FontName; size?: number } = {}) {
    const size = options.size ?? SIZE.text;
    this.room(size + 4);
    this.draw(text, PAGE.margin, options);
    this.y -= size + 4;
  }

  /** Text that wraps at word boundaries, indented from the margin. */
  paragraph(text: string, indent = 0) {
    const maxWidth = WIDTH - indent;
    const lines: string[] = [];
    let current = '';
    for (const word of this.printable(text, this.fonts.regular).split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (current && this.width(next, 'regular', SIZE.row) > maxWidth) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    for (const line of lines) {
      this.room(LINE);
      this.draw(line, PAGE.margin + indent, { size: SIZE.row, maxWidth });
      this.y -= LINE - 2;
    }
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

  /** Cells side by side, each cut to its width. */
  row(cells: Cell[]) {
    this.room(LINE);
    let x = PAGE.margin;
    for (const cell of cells) {
      this.draw(cell.text, x, {
        size: SIZE.row,
        maxWidth: cell.width - 6,
        ...(cell.right ? { right: true } : {}),
      });
      x += cell.width;
    }
    this.y -= LINE;
  }
}
