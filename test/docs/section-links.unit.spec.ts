import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorOf, anchors, sectionLinks } from '../support/markdown.js';

const root = join(import.meta.dirname, '../..');
const read = (document: string) => readFileSync(join(root, document), 'utf8');

/** The links of a document to a section that has no heading, as `link -> document#anchor`. */
function brokenSectionLinks(document: string, markdown = read(document)): string[] {
  return sectionLinks(markdown)
    .map(({ document: target, anchor }) => ({
      target: target === '' ? document : join(dirname(document), target),
      anchor,
    }))
    .filter(({ target, anchor }) => !anchors(read(target)).includes(anchor))
    .map(({ target, anchor }) => `${document} -> ${target}#${anchor}`);
}

describe('Every link to a section of a document leads to one of its headings', () => {
  it.each(['README.md', 'docs/http-api.md', 'docs/incentive-rules.md'])('%s', (document) => {
    expect(brokenSectionLinks(document)).toEqual([]);
  });

  it('names sections as GitHub anchors them', () => {
    expect(anchorOf('The payout lifecycle')).toBe('the-payout-lifecycle');
    expect(anchorOf('`POST /partners/signup`')).toBe('post-partnerssignup');
    expect(anchorOf('Statements, payment profile and inquiries')).toBe(
      'statements-payment-profile-and-inquiries',
    );
  });

  it('reports a link to a section that does not exist, in another document or its own', () => {
    const markdown = 'See [the rules](docs/incentive-rules.md#no-such-rule) and [below](#no-such-section).';
    expect(brokenSectionLinks('README.md', markdown)).toEqual([
      'README.md -> docs/incentive-rules.md#no-such-rule',
      'README.md -> README.md#no-such-section',
    ]);
  });
});
