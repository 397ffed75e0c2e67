import { describe, expect, it } from 'vitest';
import { STAFF, writingFor } from '../../../functions/email/readers.js';
import { catalogs } from '../../../functions/i18n/catalogs/index.js';
import { BASE_URL, everyEmail, PDF, partner, type RenderedEmail } from '../../support/email-fixtures.js';

const french = everyEmail(writingFor(BASE_URL, { language: 'fr', timeZone: 'America/Toronto' }));
const english = everyEmail(writingFor(BASE_URL, { language: 'en', timeZone: 'America/Toronto' }));
const unsaid = everyEmail(writingFor(BASE_URL, {}));
const staff = everyEmail(writingFor(BASE_URL, STAFF));
const named = (emails: RenderedEmail[], name: string) => {
  const found = emails.find((e) => e.name === name);
  if (!found) throw new Error(`No email named ${name}`);
  return found.email;
};
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const partnerEmails = english.filter((e) => e.reader === 'partner').map((e) => e.name);

// The words of the emails' catalog in each language, long enough to be telling, without their
// placeholders: an email in one language shows none of the other's (a message left untranslated
// would be in both).
const fragmentsOf = (language: 'en' | 'fr') =>
  Object.entries(catalogs[language])
    .filter(([key]) => key.startsWith('email.'))
    .flatMap(([, text]) => text.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length >= 12);
const ENGLISH_WORDS = fragmentsOf('en');
const FRENCH_WORDS = fragmentsOf('fr');
const shownOf = ({ subject, text, html }: { subject: string; text: string; html: string }) =>
  `${subject}\n${text}\n${html}`;

describe("A partner's emails", () => {
  it.each(partnerEmails)('%s: in French for a partner who reads French, with no English words', (name) => {
    const email = named(french, name);
    expect(email.html).toContain('<html lang="fr">');
    expect(FRENCH_WORDS.filter((words) => shownOf(email).includes(words))).not.toEqual([]);
    expect(ENGLISH_WORDS.filter((words) => shownOf(email).includes(words))).toEqual([]);
  });

  it.each(partnerEmails)('%s: in English for a partner who reads English, with no French words', (name) => {
    const email = named(english, name);
    expect(email.html).toContain('<html lang="en">');
    expect(ENGLISH_WORDS.filter((words) => shownOf(email).includes(words))).not.toEqual([]);
    expect(FRENCH_WORDS.filter((words) => shownOf(email).includes(words))).toEqual([]);
  });

  it('are in English, with dates in Toronto time, for a partner who signed up before saying (older partners)', () => {
    expect(unsaid.map((e) => e.email)).toEqual(english.map((e) => e.email));
  });

  it('write dates in words in the reader’s time zone, never an ISO instant', () => {
    const inVancouver = everyEmail(writingFor(BASE_URL, { language: 'fr', timeZone: 'America/Vancouver' }));
    expect(named(inVancouver, 'access code').text).toContain(
      'Date d’expiration\u00a0: 2 juillet 2026 à 05 h 00 HAP',
    );
    expect(named(english, 'access code').text).toContain('Valid until: July 2, 2026 at 8:00 a.m. EDT');
    expect(named(french, 'payment profile changed').text).toContain(
      'modifié le 2 juillet 2026 à 08 h 00 HAE',
    );
    for (const { email } of [...french, ...english]) expect(shownOf(email)).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('write amounts and numbers as the reader does', () => {
    expect(named(french, 'statement to the partner').text).toContain(
      'Montant gagné\u00a0: 1\u00a0700,00\u00a0CAD',
    );
    expect(named(english, 'statement to the partner').text).toContain('Amount earned: CAD\u00a01,700.00');
    expect(named(english, 'inquiry adjusted').text).toContain('Adjustment: CAD\u00a0320.00');
  });
});

describe('Every email', () => {
  const withLinks = [...french, ...english].filter((e) => e.link);

  it.each(withLinks.map((e) => [e.name, e] as const))(
    '%s leads to the page where its reader acts, by an absolute link',
    (_, { email, link }) => {
      expect(link?.startsWith(`${BASE_URL}/`)).toBe(true);
      expect(email.text).toMatch(new RegExp(`^.+: ${escaped(link ?? '')}$`, 'm'));
      expect(email.html).toContain(`href="${link}"`);
    },
  );

  it.each(['en', 'fr'] as const)('keeps the lines scripts read exactly, in %s', (language) => {
    const emails = language === 'fr' ? french : english;
    expect(named(emails, 'access code').text).toMatch(/^Access code: K7M4QX9P2T$/m);
    expect(named(emails, 'registration approved').text).toMatch(/^Status: approved$/m);
    expect(named(emails, 'registration rejected').text).toMatch(
      /^Status: rejected\nReason: Not an agreement we know\.$/m,
    );
    expect(named(emails, 'registration expired').text).toMatch(/^Status: expired$/m);
    expect(named(emails, 'approval request').text).toMatch(
      /^Review and decide: https:\/\/partners\.program\.example\/approvals\/selector\.verifier$/m,
    );
    expect(named(emails, 'approval request').subject).toContain(
      `${partner.companyName} (MPN ${partner.mpnId})`,
    );
  });
});

describe("The staff's emails", () => {
  it('are in English, dates in the program’s time zone (no approver, finance or program-team language is on record)', () => {
    for (const { email } of staff.filter((e) => e.reader === 'staff'))
      expect(email.html).toContain('<html lang="en">');
    expect(named(staff, 'approval request').text).toContain('Submitted: June 30, 2026 at 11:30 a.m. EDT');
  });
});

describe('The statement email', () => {
  it.each(['statement to the partner', 'statement to finance'])(
    '%s carries the statement as a PDF',
    (name) => {
      expect(named(french, name).attachments).toEqual([
        { fileName: 'statement-m365-e5-upsell-1234567.pdf', contentType: 'application/pdf', content: PDF },
      ]);
    },
  );

  it('is the only email with a file', () => {
    const others = english.filter((e) => !e.name.startsWith('statement'));
    expect(others.filter((e) => e.email.attachments)).toEqual([]);
  });
});
