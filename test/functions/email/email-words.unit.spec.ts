import { describe, expect, it } from 'vitest';
import { composeEmail } from '../../../functions/email/layout.js';
import { portalLinks } from '../../../functions/email/links.js';
import type { Writing } from '../../../functions/email/templates.js';
import { LANGUAGES } from '../../../functions/i18n/language.js';
import { wordsFor } from '../../../functions/i18n/words.js';
import type { EmailMessage } from '../../../functions/ports/mailer.js';
import { BASE_URL, DATA_VALUES, everyEmail } from '../../support/email-fixtures.js';
import { visibleText } from '../../support/page-client.js';

/**
 * Every word an email shows comes from a message catalog. Each email is written with marked words
 * (messages come out ⟦…⟧, formatted values ⟪…⟫): once the marked parts, the values it was written
 * from, its links and the fixed lines that scripts read are taken away, only spaces and
 * punctuation may be left, in the subject, the text part and the HTML part.
 */
const markedWriting = (language: (typeof LANGUAGES)[number]): Writing => ({
  w: wordsFor(language, 'America/Toronto', { marked: true }),
  links: portalLinks(BASE_URL),
});

function withoutMarkedParts(text: string): string {
  let rest = text.replace(/⟪[^⟪⟫]*⟫/g, ' ');
  // Messages nest (a field's line holds its name): the innermost go first.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

// The fixed lines of docs/http-api.md ("Emails that scripts read"): their labels and values.
const withoutScriptLines = (text: string) =>
  text
    .replace(/^(Access code|Review and decide|Reason): /gm, '')
    .replace(/^Status: (approved|rejected|expired)$/gm, '');

// The longest first: a value may hold a shorter one (an answer names a sale).
const LONGEST_FIRST = [...DATA_VALUES].sort((a, b) => b.length - a.length);
const withoutData = (text: string) =>
  LONGEST_FIRST.reduce((rest, value) => rest.replaceAll(value, ' '), text).replace(/https:\/\/\S+/g, ' ');

/** What an email shows that is neither a catalog's words, nor data, nor a line scripts read. */
function wordsOutsideCatalogs({ subject, text, html }: EmailMessage): string[] {
  return [subject, withoutScriptLines(text), visibleText(html)]
    .map((part) => withoutData(withoutMarkedParts(part)))
    .flatMap((rest) => rest.split(/[\s\p{P}\p{S}]+/u))
    .filter((word) => word !== '');
}

describe('The emails', () => {
  it.each(
    LANGUAGES.flatMap((language) =>
      everyEmail(markedWriting(language)).map((e) => [language, e.name, e.email] as const),
    ),
  )('in %s: %s shows no word outside the catalogs', (_, __, email) => {
    expect(wordsOutsideCatalogs(email)).toEqual([]);
  });

  it('would catch a word written into an email, in any part', () => {
    const { w } = markedWriting('fr');
    const written = composeEmail(w, {
      to: 'ops@northwind.example',
      subject: `${w.t('email.codeExpired.subject')} now`,
      blocks: [
        { text: 'Hello' },
        { fields: [['Total', w.money(100)]] },
        { link: `${BASE_URL}/portal`, label: 'Go' },
      ],
    });
    // A field's name and a link's label are inside the field's message in the text part, and bare in the HTML part.
    expect(wordsOutsideCatalogs(written)).toEqual(['now', 'Hello', 'Hello', 'Total', 'Go']);
  });
});
