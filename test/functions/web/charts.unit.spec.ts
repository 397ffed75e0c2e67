import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../functions/i18n/words.js';
import {
  type Bar,
  barChart,
  barExtents,
  shareExtents,
  shortened,
  stackedBarChart,
} from '../../../functions/web/charts.js';
import { render } from '../../../functions/web/html.js';
import { STYLE } from '../../../functions/web/style.js';

const en = wordsFor('en');
const fr = wordsFor('fr');

const chart = (bars: readonly Bar[], words = en) =>
  render(
    barChart(words, {
      id: 'payouts',
      title: 'Payouts by campaign',
      caption: 'Projected, as of July 31, 2026.',
      bars,
      labelHeading: 'Campaign',
      valueHeading: 'Payout',
    }),
  );

const money = (cents: number) => ({ value: cents, shown: en.money(cents) });

/** The bars as drawn: class, start and length in percent, in the order of the rows. */
const rects = (markup: string) =>
  [...markup.matchAll(/<rect class="([^"]*)" x="([^"]*)%" y="[^"]*" width="([^"]*)%"/g)].map(
    ([, cls, x, width]) => ({ cls, x: Number(x), width: Number(width) }),
  );

const cells = (markup: string) => [...markup.matchAll(/<td [^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);

describe('A bar chart', () => {
  describe('Given positive values', () => {
    const markup = chart([
      { label: 'M365 E5 upsell', ...money(1_200_000) },
      { label: 'New customers', ...money(600_000) },
      { label: 'Azure migration', ...money(300_000) },
    ]);

    it('draws each bar as long as its value, the largest across the whole width from the left edge', () => {
      expect(rects(markup)).toEqual([
        { cls: 'bar', x: 0, width: 100 },
        { cls: 'bar', x: 0, width: 50 },
        { cls: 'bar', x: 0, width: 25 },
      ]);
    });

    it('writes each label and its value as it is shown', () => {
      expect(markup).toContain('<text x="0" y="16">New customers</text>');
      expect(markup).toContain('text-anchor="end">CAD\u00a06,000.00</text>');
    });

    it('is an image named by its title and described by a summary that points to the table', () => {
      expect(markup).toContain(
        '<svg role="img" aria-labelledby="payouts-title" aria-describedby="payouts-desc"',
      );
      expect(markup).toContain('<title id="payouts-title">Payouts by campaign</title>');
      expect(markup).toContain(
        '<desc id="payouts-desc">Projected, as of July 31, 2026. A bar chart of 3 values. The table that follows holds the same figures.</desc>',
      );
    });

    it('holds every label and value in a table behind a "Show as a table" summary', () => {
      expect(markup).toMatch(
        /<details class="chart-table"><summary>Show as a table<\/summary>\s*<div class="table-wrap"/,
      );
      expect(cells(markup)).toEqual([
        'M365 E5 upsell',
        'CAD\u00a012,000.00',
        'New customers',
        'CAD\u00a06,000.00',
        'Azure migration',
        'CAD\u00a03,000.00',
      ]);
      expect(markup).toContain('<caption>Payouts by campaign</caption>');
    });

    it('takes the page width and keeps its text at its own size (no viewBox to scale it)', () => {
      expect(markup).toMatch(/<svg [^>]*width="100%" height="138" font-size="14">/);
      expect(markup).not.toContain('viewBox');
    });
  });

  describe('Given a total that clawbacks took below zero', () => {
    const markup = chart([
      { label: 'Frequency Q3', ...money(300_000) },
      { label: 'Dollar per SKU', ...money(-100_000) },
    ]);

    it('draws the negative bar leftward from a zero line placed so that both extremes fill the width', () => {
      expect(rects(markup)).toEqual([
        { cls: 'bar', x: 25, width: 75 },
        { cls: 'bar negative', x: 0, width: 25 },
      ]);
      expect(markup.match(/<line class="zero" x1="25%" x2="25%"/g)).toHaveLength(2);
    });

    it('says in its description that bars left of the zero line are negative', () => {
      expect(markup).toContain('Bars to the left of the zero line are negative amounts.</desc>');
    });

    it('keeps the minus sign in the shown value and in the table', () => {
      expect(markup).toContain('text-anchor="end">-CAD\u00a01,000.00</text>');
      expect(cells(markup)).toContain('-CAD\u00a01,000.00');
    });
  });

  describe('Given only negative values', () => {
    it('puts the zero line at the right edge and the most negative bar across the whole width', () => {
      expect(barExtents([-400, -100])).toEqual({
        zero: 100,
        bars: [
          { x: 0, width: 100 },
          { x: 75, width: 25 },
        ],
      });
    });
  });

  describe('Given values that are all zero', () => {
    it('draws no bar and no impossible length, and still shows each value', () => {
      const markup = chart([{ label: 'Pending', value: 0, shown: '0' }]);
      expect(rects(markup)).toEqual([]);
      expect(markup).not.toMatch(/NaN|Infinity/);
      expect(markup).toContain('text-anchor="end">0</text>');
    });
  });

  describe('Given labels that carry markup', () => {
    const markup = chart([{ label: '<script>alert(1)</script> Smith & Sons', value: 5, shown: '5 <b>' }]);

    it('writes them as text', () => {
      expect(markup).not.toContain('<script>');
      expect(markup).not.toContain('<b>');
      expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Smith &amp; Sons');
      expect(markup).toContain('5 &lt;b&gt;');
    });
  });

  describe('Given a label too long for a phone', () => {
    const label = 'Contoso Cloud Solutions and Managed Services International Holdings Incorporated';
    const markup = chart([{ label, ...money(250_000_00) }]);
    const shown = (cls: string) =>
      new RegExp(`<text class="${cls}" x="0" y="16">([^<]*)</text>`).exec(markup)?.[1] ?? '';

    it('shortens it with an ellipsis, more on a phone than on a wider page', () => {
      const narrow = shown('narrow');
      const wide = shown('wide');
      expect(narrow).toMatch(/^Contoso Cloud.*…$/);
      expect(wide).toMatch(/…$/);
      expect(label.startsWith(narrow.slice(0, -1))).toBe(true);
      expect(label.startsWith(wide.slice(0, -1))).toBe(true);
      expect(wide.length).toBeGreaterThan(narrow.length);
    });

    it('keeps the full label in the title of its bar and in the table', () => {
      expect(markup).toContain(`<g transform="translate(0 0)"><title>${label}</title>`);
      expect(cells(markup)).toContain(label);
    });

    it('does not shorten a label that fits', () => {
      expect(shortened('Northwind', 200)).toBe('Northwind');
    });

    it('does not cut a character in two', () => {
      expect(shortened('😀😀😀😀😀😀😀😀😀😀', 60)).toMatch(/^(😀)+…$/u);
    });
  });

  describe('Given no bars', () => {
    it('says so in a sentence of the catalog instead of drawing an empty chart', () => {
      const markup = chart([], fr);
      expect(markup).toContain('<p>Il n’y a encore rien à montrer ici.</p>');
      expect(markup).toContain('<span class="chart-title">Payouts by campaign</span>');
      expect(markup).not.toContain('<svg');
      expect(markup).not.toContain('<table');
    });

    it('says what its caller asked instead, when it did', () => {
      const markup = render(
        barChart(en, {
          id: 'excluded',
          title: 'Why lines earned nothing',
          bars: [],
          labelHeading: 'Reason',
          valueHeading: 'Lines',
          empty: 'Every line earned.',
        }),
      );
      expect(markup).toContain('<p>Every line earned.</p>');
    });
  });

  it('sets no style attribute, which the pages’ content security policy would refuse', () => {
    const long = 'A partner name long enough to be shortened on every page width there is';
    for (const words of [en, fr]) {
      const markup = chart(
        [
          { label: long, value: 7, shown: words.number(7) },
          { label: 'Clawbacks', value: -3, shown: words.number(-3) },
          { label: 'Nothing', value: 0, shown: words.number(0) },
        ],
        words,
      );
      expect(markup).toContain('<svg');
      expect(markup).not.toMatch(/\sstyle\s*=/i);
      expect(markup).not.toMatch(/<style/i);
    }
  });
});

describe('A bar split into the parts of a whole', () => {
  const byStatus = (parts: readonly Bar[], words = en) =>
    render(
      stackedBarChart(words, {
        id: 'by-status',
        title: 'Payouts by status',
        parts,
        labelHeading: 'Status',
        valueHeading: 'Amount',
      }),
    );
  const parts = [
    { label: 'Paid', ...money(600_000) },
    { label: 'Scheduled', ...money(300_000) },
    { label: 'Held', ...money(100_000) },
  ];
  const markup = byStatus(parts);
  const drawn = [...markup.matchAll(/<rect class="part (p\d)" x="([^"]*)%" y="0" width="([^"]*)%"/g)].map(
    ([, colour, x, width]) => ({ colour, x: Number(x), width: Number(width) }),
  );

  it('draws the parts side by side from the left, each as long as its share, filling the width', () => {
    expect(drawn).toEqual([
      { colour: 'p0', x: 0, width: 60 },
      { colour: 'p1', x: 60, width: 30 },
      { colour: 'p2', x: 90, width: 10 },
    ]);
  });

  it('names the parts in a legend, in the order they are drawn, with their value and share', () => {
    const legend = [
      ...markup.matchAll(
        /<rect class="(p\d)"[^>]*\/><\/svg><span><span>([^<]*)<\/span> <strong>([^<]*)<\/strong> <span class="share">([^<]*)</g,
      ),
    ].map((m) => m.slice(1));
    expect(legend).toEqual([
      ['p0', 'Paid', 'CAD\u00a06,000.00', '60%'],
      ['p1', 'Scheduled', 'CAD\u00a03,000.00', '30%'],
      ['p2', 'Held', 'CAD\u00a01,000.00', '10%'],
    ]);
    expect(markup).toContain('<svg aria-hidden="true" width="14" height="14">');
  });

  it('holds every part, value and share in its table', () => {
    expect(cells(markup)).toEqual([
      'Paid',
      'CAD\u00a06,000.00',
      '60%',
      'Scheduled',
      'CAD\u00a03,000.00',
      '30%',
      'Held',
      'CAD\u00a01,000.00',
      '10%',
    ]);
  });

  it('writes shares as the reader writes percents, and a sliver as tenths rather than none', () => {
    const french = byStatus(
      [
        { label: 'Payé', value: 996, shown: '996' },
        { label: 'Retenu', value: 4, shown: '4' },
      ],
      fr,
    );
    expect(cells(french)).toEqual(['Payé', '996', '99,6\u00a0%', 'Retenu', '4', '0,4\u00a0%']);
    const sliver = byStatus([
      { label: 'Paid', value: 99_999, shown: '' },
      { label: 'Held', value: 1, shown: '' },
    ]);
    expect(cells(sliver)).toEqual(['Paid', '', '99.9%', 'Held', '', '0.1%']);
  });

  it('gives a negative part no room, and still lists it', () => {
    expect(shareExtents([300, -50, 100])).toEqual([
      { x: 0, width: 75 },
      { x: 75, width: 0 },
      { x: 75, width: 25 },
    ]);
    expect(cells(byStatus([...parts, { label: 'Reversed', value: -5, shown: '-5' }]))).toContain('Reversed');
  });

  it('says there is nothing to show when the whole is nothing', () => {
    const nothing = byStatus([{ label: 'Paid', value: 0, shown: '0' }]);
    expect(nothing).toContain('<p>There is nothing to show here yet.</p>');
    expect(nothing).not.toContain('<svg');
  });

  it('sets no style attribute, and escapes its labels', () => {
    const hostile = byStatus([{ label: '<img src=x onerror=alert(1)> & co', value: 1, shown: '1' }]);
    expect(hostile).not.toMatch(/\sstyle\s*=/i);
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });
});

/** WCAG 2.x relative luminance and contrast ratio of two `#rrggbb` colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('The colours of the charts in the style sheet', () => {
  const palette = Object.fromEntries(
    [...(/:root \{([^}]*)\}/.exec(STYLE)?.[1] ?? '').matchAll(/--([\w-]+): (#[0-9a-f]{6})/g)].map(
      ([, name, hex]) => [name, hex],
    ),
  );
  const colourOf = (selector: string, property: string) => {
    const rule = new RegExp(
      `${selector.replace(/\./g, '\\.')} \\{[^}]*${property}: var\\(--([\\w-]+)\\)`,
    ).exec(STYLE);
    return palette[rule?.[1] ?? ''] ?? 'missing';
  };
  const backgrounds = { page: palette.bg ?? 'missing', card: '#ffffff' };

  it.each(Object.entries(backgrounds))('keep text at 4.5:1 or more on the %s background', (_, background) => {
    for (const [selector, property] of [
      ['.chart text', 'fill'],
      ['.chart summary', 'color'],
    ] as const) {
      expect(contrast(colourOf(selector, property), background), selector).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(Object.entries(backgrounds))(
    'keep bars and the zero line at 3:1 or more on the %s background (WCAG 1.4.11)',
    (_, background) => {
      for (const [selector, property] of [
        ['.chart .bar', 'fill'],
        ['.chart .bar.negative', 'fill'],
        ['.chart .zero', 'stroke'],
      ] as const) {
        expect(contrast(colourOf(selector, property), background), selector).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('would catch a colour too pale', () => {
    expect(contrast('#c9d1d9', '#ffffff')).toBeLessThan(3);
  });
});
