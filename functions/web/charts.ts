import type { Words } from '../i18n/words.js';
import { table } from './components.js';
import { type Html, html } from './html.js';

/** One bar: what it stands for, its size, and its size as the reader reads it (money, a count). */
export type Bar = { label: string; value: number; shown: string };

export type BarChartOptions = {
  /** Unique in the page: the chart's parts are named from it. */
  id: string;
  title: string;
  /** A sentence under the title: what is counted, as of when. */
  caption?: string;
  bars: readonly Bar[];
  /** The table's column headings, for the labels and for the values. */
  labelHeading: string;
  valueHeading: string;
  /** What an empty chart says instead of the catalog's general sentence. */
  empty?: string;
};

/*
 * Geometry, in CSS pixels. The chart has no viewBox: its width is the page's (100 %), bars are
 * laid out in percentages of it, and its text keeps its size. Text scaled by a viewBox would be
 * half its size at 360 px if it were right at 1280 px.
 */
const FONT_PX = 14;
const ROW_PX = 46;
const TEXT_BASELINE_PX = 16;
const BAR_TOP_PX = 22;
const BAR_PX = 14;
/** The zero line stands out of the bar band by this much, above and below. */
const ZERO_OVERHANG_PX = 3;
/** The chart's narrowest width: a phone 360 px wide, the page's margins and a card's padding. */
const NARROW_PX = 284;
/** Its narrowest width once the page is 40rem wide, where the style sheet shows the long labels. */
const WIDE_PX = 560;
/** Space kept between a label and its value. */
const GAP_PX = 12;
const ELLIPSIS = '…';

/**
 * A slightly generous guess at how wide a text is in the pages' font, set by DejaVu Sans (Linux's
 * system font, wider than those of Windows, macOS, iOS and Android) in its bold, as the values are
 * written: labels are shortened on the server, where no font can be measured.
 */
export function estimatedWidthPx(text: string): number {
  let em = 0;
  for (const c of text) {
    if (/[\s.,:;'’!|iljI]/.test(c)) em += 0.34;
    else if (/[-()[\]frt]/.test(c)) em += 0.44;
    else if (/[mwMW@%…]/.test(c)) em += 1;
    else if (/[A-Z0-9]/.test(c)) em += 0.74;
    else if ((c.codePointAt(0) ?? 0) >= 0x2e80) em += 1;
    else em += 0.6;
  }
  return em * FONT_PX;
}

/** The longest start of `label` that fits in `px` with an ellipsis, or the label itself if it fits. */
export function shortened(label: string, px: number): string {
  if (estimatedWidthPx(label) <= px) return label;
  const room = px - estimatedWidthPx(ELLIPSIS);
  let kept = '';
  for (const c of label) {
    if (estimatedWidthPx(kept + c) > room) break;
    kept += c;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/** Where a bar starts and how long it is, in percent of the chart's width. */
export type Extent = { x: number; width: number };

/**
 * Bars drawn from a zero line: positive ones to the right, negative ones (a total that clawbacks
 * took below zero) to the left. The largest value reaches the right edge, the most negative one
 * the left edge; with no negative value the zero line is the left edge.
 */
export function barExtents(values: readonly number[]): { zero: number; bars: Extent[] } {
  const finite = values.map((v) => (Number.isFinite(v) ? v : 0));
  const high = Math.max(0, ...finite);
  const low = Math.min(0, ...finite);
  const span = high - low;
  const percent = (v: number) => (span === 0 ? 0 : Number(((v / span) * 100).toFixed(3)));
  const zero = percent(-low);
  return {
    zero,
    bars: finite.map((v) => {
      const width = percent(Math.abs(v));
      return { x: v < 0 ? Number((zero - width).toFixed(3)) : zero, width };
    }),
  };
}

/**
 * The label of a bar in the room its value leaves: shortened for a phone, and, when that cut it,
 * a longer one that the style sheet shows instead on wider pages.
 */
function labelText(bar: Bar): Html {
  const valuePx = estimatedWidthPx(bar.shown) + GAP_PX;
  const narrow = shortened(bar.label, Math.max(NARROW_PX - valuePx, 4 * FONT_PX));
  if (narrow === bar.label) return html`<text x="0" y="${TEXT_BASELINE_PX}">${bar.label}</text>`;
  const wide = shortened(bar.label, Math.max(WIDE_PX - valuePx, 4 * FONT_PX));
  return html`<text class="narrow" x="0" y="${TEXT_BASELINE_PX}">${narrow}</text><text class="wide" x="0" y="${TEXT_BASELINE_PX}">${wide}</text>`;
}

function barRow(bar: Bar, extent: Extent, zero: number, row: number): Html {
  return html`<g transform="translate(0 ${row * ROW_PX})"><title>${bar.label}</title>
${labelText(bar)}
<text class="value" x="100%" y="${TEXT_BASELINE_PX}" text-anchor="end">${bar.shown}</text>
<rect class="track" x="0" y="${BAR_TOP_PX}" width="100%" height="${BAR_PX}"/>
${extent.width > 0 ? html`<rect class="bar${bar.value < 0 ? ' negative' : ''}" x="${extent.x}%" y="${BAR_TOP_PX}" width="${extent.width}%" height="${BAR_PX}"/>` : ''}
<line class="zero" x1="${zero}%" x2="${zero}%" y1="${BAR_TOP_PX - ZERO_OVERHANG_PX}" y2="${BAR_TOP_PX + BAR_PX + ZERO_OVERHANG_PX}"/>
</g>`;
}

const figureHeading = (o: { title: string; caption?: string }): Html =>
  html`<figcaption><span class="chart-title">${o.title}</span>${o.caption ? html`<span class="hint">${o.caption}</span>` : ''}</figcaption>`;

/**
 * The same figures as a table, closed until asked for: without script, a `details` opens by
 * keyboard and by touch, and screen readers find it right after the chart.
 */
const asTable = (w: Words, figures: Parameters<typeof table>[0]): Html =>
  html`<details class="chart-table"><summary>${w.t('chart.showTable')}</summary>
${table(figures)}
</details>`;

/**
 * A horizontal bar chart drawn on the server, each bar labelled with its value, and its figures in
 * a table beside it.
 *
 * The drawing carries information, so it is an image (`role="img"`, which axe-core's svg-img-alt
 * accepts once it has a name) rather than hidden: hidden, it would be skipped without a word while
 * the table that stands for it is closed. It is named by its title and described by a summary that
 * says how many values it shows and that the table follows (WCAG 1.1.1 for a complex image: a short
 * alternative pointing to a long one nearby, technique G74). An image has no parts for assistive
 * technology, so its bars are read in the table, by row and column (1.3.1); the title of each bar
 * is for a pointer resting on it. Nothing rests on colour alone (1.4.1): each bar is written with
 * its value, and a negative one runs left of the zero line, its value with its sign.
 */
export function barChart(w: Words, o: BarChartOptions): Html {
  const heading = figureHeading(o);
  if (o.bars.length === 0) {
    return html`<figure class="chart" id="${o.id}">${heading}<p>${o.empty ?? w.t('chart.empty')}</p></figure>`;
  }
  const { zero, bars } = barExtents(o.bars.map((bar) => bar.value));
  const negative = o.bars.some((bar) => bar.value < 0);
  const summary = [o.caption, w.count('chart.bars', o.bars.length), negative && w.t('chart.negative')]
    .filter(Boolean)
    .join(' ');
  return html`<figure class="chart" id="${o.id}">${heading}
<svg role="img" aria-labelledby="${o.id}-title" aria-describedby="${o.id}-desc" width="100%" height="${o.bars.length * ROW_PX}" font-size="${FONT_PX}">
<title id="${o.id}-title">${o.title}</title>
<desc id="${o.id}-desc">${summary}</desc>
${o.bars.map((bar, i) => barRow(bar, bars[i] ?? { x: 0, width: 0 }, zero, i))}
</svg>
${asTable(w, {
  caption: o.title,
  head: [o.labelHeading, o.valueHeading],
  rows: o.bars.map((bar) => [bar.label, bar.shown]),
  numeric: [1],
})}
</figure>`;
}

export type StackedBarOptions = Omit<BarChartOptions, 'bars'> & {
  /** The parts of one whole, in the order they are drawn from the left. */
  parts: readonly Bar[];
};

const STACK_PX = 28;
/** The palette's colours that parts take in turn, each at 3:1 or more on the page. */
const PART_COLOURS = 5;

/**
 * Where each part of a whole starts and how long it is, in percent of the chart's width. A part of
 * a whole is not below zero: a negative one takes no room (its table row still says what it is).
 */
export function shareExtents(values: readonly number[]): Extent[] {
  const sizes = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = sizes.reduce((sum, v) => sum + v, 0);
  let start = 0;
  return sizes.map((v) => {
    const share = total === 0 ? 0 : (v / total) * 100;
    const extent = { x: Number(start.toFixed(3)), width: Number(share.toFixed(3)) };
    start += share;
    return extent;
  });
}

/**
 * A share in words: whole percents, but tenths next to 0 and 100, so that a sliver does not read
 * as none, nor nearly all as all.
 */
function shareInWords(w: Words, percent: number): string {
  const tenths = Math.round(percent * 10) / 10;
  const shown =
    percent > 0 && percent < 1
      ? Math.max(0.1, tenths)
      : percent > 99 && percent < 100
        ? Math.min(99.9, tenths)
        : Math.round(percent);
  return w.t('chart.share', { percent: w.number(shown) });
}

/**
 * One bar split into the parts of a whole (payouts by status), a legend that names the parts in the
 * order they are drawn, each with its value and share, and the same figures as a table. Parts are
 * told apart by a gap as well as by colour, and by their order in the legend: never by colour
 * alone. The drawing is an image for the reasons given at `barChart`.
 */
export function stackedBarChart(w: Words, o: StackedBarOptions): Html {
  const heading = figureHeading(o);
  const extents = shareExtents(o.parts.map((part) => part.value));
  if (extents.every((extent) => extent.width === 0)) {
    return html`<figure class="chart" id="${o.id}">${heading}<p>${o.empty ?? w.t('chart.empty')}</p></figure>`;
  }
  const colour = (i: number) => `p${i % PART_COLOURS}`;
  const shares = extents.map((extent) => shareInWords(w, extent.width));
  return html`<figure class="chart" id="${o.id}">${heading}
<svg role="img" aria-labelledby="${o.id}-title" aria-describedby="${o.id}-desc" width="100%" height="${STACK_PX}">
<title id="${o.id}-title">${o.title}</title>
<desc id="${o.id}-desc">${[o.caption, w.count('chart.parts', o.parts.length)].filter(Boolean).join(' ')}</desc>
${o.parts.map((part, i) => {
  const extent = extents[i];
  return extent && extent.width > 0
    ? html`<rect class="part ${colour(i)}" x="${extent.x}%" y="0" width="${extent.width}%" height="${STACK_PX}"><title>${part.label}</title></rect>`
    : '';
})}
</svg>
<ul class="legend">${o.parts.map(
    (part, i) =>
      html`<li><svg aria-hidden="true" width="14" height="14"><rect class="${colour(i)}" width="14" height="14"/></svg><span><span>${part.label}</span> <strong>${part.shown}</strong> <span class="share">${shares[i]}</span></span></li>`,
  )}</ul>
${asTable(w, {
  caption: o.title,
  head: [o.labelHeading, o.valueHeading, w.t('chart.share.heading')],
  rows: o.parts.map((part, i) => [part.label, part.shown, shares[i]]),
  numeric: [1, 2],
})}
</figure>`;
}
