import type * as z from 'zod';
import { PublishBody } from '../../handlers/api/admin-campaigns.js';
import type { MessageKey } from '../../i18n/catalogs/index.js';
import { instantOfWallClock } from '../../i18n/wall-clock.js';
import type { Words } from '../../i18n/words.js';
import type { FormState } from '../components.js';
import { centsOfDollars, numberedLines, wholeNumber, withLineFeeds, wordsOf } from './typed-values.js';

/** The fields of the campaign form, in the order the form shows them (and lists what is wrong). */
export const CAMPAIGN_FIELDS = [
  'campaignId',
  'name',
  'type',
  'periodStart',
  'periodEnd',
  'registrationDeadline',
  'rateCard',
  'maxUnitsPerPartner',
  'metric',
  'eligibleSkus',
  'tiers',
  'newCustomerLookbackDays',
  'eligibleLicenseTypes',
  'minUnitsPerSale',
  'minUnitsPerPartner',
  'maxPayout',
  'termsText',
] as const;

export type CampaignField = (typeof CAMPAIGN_FIELDS)[number];

/** What `POST /admin/campaigns` takes: the campaign form reads into the same body. */
export type PublishInput = z.output<typeof PublishBody>;

type Line = { line: number; text: string };

const INVALID: Partial<Record<CampaignField, MessageKey>> = {
  campaignId: 'admin.form.campaignId.invalid',
  name: 'admin.form.name.invalid',
  type: 'admin.form.type.invalid',
  metric: 'admin.form.metric.invalid',
  maxUnitsPerPartner: 'admin.form.maxUnitsPerPartner.invalid',
  newCustomerLookbackDays: 'admin.form.newCustomerLookbackDays.invalid',
  minUnitsPerSale: 'admin.form.minUnitsPerSale.invalid',
  minUnitsPerPartner: 'admin.form.minUnitsPerPartner.invalid',
  maxPayout: 'admin.form.maxPayout.invalid',
  eligibleLicenseTypes: 'admin.form.eligibleLicenseTypes.invalid',
  termsText: 'admin.form.termsText.invalid',
};

/** Where a term of the body is typed on the form, when the two names differ. */
const FIELD_OF_TERM: Readonly<Record<string, CampaignField>> = { maxPayoutCentsPerPartner: 'maxPayout' };

/** A list's own rules (at least one, each once...), by what zod says of the whole list. */
function listProblem(list: 'rateCard' | 'tiers' | 'eligibleSkus', issue: z.core.$ZodIssue): MessageKey {
  if (issue.code === 'too_small') return `admin.form.${list}.empty`;
  if (issue.code === 'too_big') return `admin.form.${list}.tooMany`;
  // The tiers have two rules of their own; the schema's message tells which one a list broke.
  if (list === 'tiers' && !issue.message.includes('repeat')) return 'admin.form.tiers.lessForMore';
  return `admin.form.${list}.twice`;
}

/** The entries of a list typed one a line, with the lines they came from; those that do not read apart. */
function entriesOf<T>(typed: string, read: (words: string[]) => T | undefined) {
  const entries: { lines: Line[]; values: T[]; unread: Line[] } = { lines: [], values: [], unread: [] };
  for (const line of numberedLines(typed)) {
    const value = read(line.text.split(/\s+/));
    if (value === undefined) entries.unread.push(line);
    else {
      entries.lines.push(line);
      entries.values.push(value);
    }
  }
  return entries;
}

const rateCardEntry = ([sku, amount, ...more]: string[]) => {
  const amountCents = centsOfDollars(amount ?? '');
  return sku && amountCents !== undefined && more.length === 0 ? { sku, amountCents } : undefined;
};

const tierEntry = ([threshold, amount, ...more]: string[]) => {
  const count = wholeNumber(threshold ?? '');
  const amountCents = centsOfDollars(amount ?? '');
  return count !== undefined && amountCents !== undefined && more.length === 0
    ? { threshold: count, amountCents }
    : undefined;
};

const defined = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/**
 * The terms as typed, in the shape of the API's body, with what could not be read refused beside
 * its field. A value that does not read is still sent on as typed, so that the schema checks the
 * rest of the form: all that is wrong is said at once.
 */
function typedTerms(w: Words, form: Readonly<Record<string, string>>, refuse: Refuse) {
  const typed = (field: CampaignField) => (form[field] ?? '').trim();
  const instant = (field: CampaignField) => {
    const at = instantOfWallClock(typed(field), w.timeZone);
    if (!at) refuse(field, w.t('admin.form.when.invalid'));
    return at ?? typed(field);
  };
  const optionalNumber = (field: CampaignField, read: (text: string) => number | undefined) => {
    if (typed(field) === '') return undefined;
    const value = read(typed(field));
    if (value === undefined) refuse(field, w.t(INVALID[field] ?? 'admin.form.problem'));
    return value ?? typed(field);
  };
  const rateCard = entriesOf(form.rateCard ?? '', rateCardEntry);
  const tiers = entriesOf(form.tiers ?? '', tierEntry);
  const type = form.type;
  if (type === 'dollarPerSku')
    for (const line of rateCard.unread) refuse('rateCard', w.t('admin.form.rateCard.line', line));
  if (type === 'frequency')
    for (const line of tiers.unread) refuse('tiers', w.t('admin.form.tiers.line', line));
  const terms = {
    campaignId: typed('campaignId'),
    name: form.name ?? '',
    type,
    currency: 'CAD',
    period: { start: instant('periodStart'), end: instant('periodEnd') },
    registrationDeadline: instant('registrationDeadline'),
    eligibleLicenseTypes: wordsOf(form.eligibleLicenseTypes ?? ''),
    ...defined({
      minUnitsPerSale: optionalNumber('minUnitsPerSale', wholeNumber),
      minUnitsPerPartner: optionalNumber('minUnitsPerPartner', wholeNumber),
      maxPayoutCentsPerPartner: optionalNumber('maxPayout', centsOfDollars),
    }),
    ...(type === 'dollarPerSku'
      ? {
          rateCard: rateCard.values,
          ...defined({ maxUnitsPerPartner: optionalNumber('maxUnitsPerPartner', wholeNumber) }),
        }
      : {}),
    ...(type === 'frequency'
      ? {
          metric: form.metric,
          eligibleSkus: wordsOf(form.eligibleSkus ?? ''),
          tiers: tiers.values,
          ...defined({ newCustomerLookbackDays: optionalNumber('newCustomerLookbackDays', wholeNumber) }),
        }
      : {}),
  };
  return { terms, lines: { rateCard: rateCard.lines, tiers: tiers.lines } };
}

type Refuse = (field: CampaignField, message: string) => void;

/**
 * Reads the campaign form into the body of `POST /admin/campaigns`, checked with the API's own
 * schema: each of its refusals is said beside the field it concerns (a list's beside the line),
 * in the reader's words. Dates and times are read as the clocks of the reader's time zone show
 * them; amounts in dollars; a rate card or tiers one entry a line.
 */
export function readCampaignForm(
  w: Words,
  form: Readonly<Record<string, string>>,
): { ok: true; body: PublishInput } | { ok: false; state: FormState } {
  const errors = new Map<CampaignField, string>();
  const refuse: Refuse = (field, message) => {
    if (!errors.has(field)) errors.set(field, message);
  };
  let problem: string | undefined;
  const { terms, lines } = typedTerms(w, form, refuse);
  const parsed = PublishBody.safeParse({ terms, termsText: withLineFeeds(form.termsText ?? '') });
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const said = whereAndWhat(issue, { ...lines, eligibleSkus: (terms.eligibleSkus as string[]) ?? [] });
    if (said) refuse(said[0], w.t(said[1], said[2]));
    else problem = w.t('admin.form.problem');
  }
  if (parsed.success && errors.size === 0) return { ok: true, body: parsed.data };
  const ordered = CAMPAIGN_FIELDS.flatMap((field) => {
    const error = errors.get(field);
    return error ? [[field, error] as const] : [];
  });
  return {
    ok: false,
    state: { values: form, errors: Object.fromEntries(ordered), ...(problem ? { problem } : {}) },
  };
}

type Said = readonly [CampaignField, MessageKey, Record<string, string | number>?];

/** The field a refusal of the schema is about, and what to say of it there. */
function whereAndWhat(
  issue: z.core.$ZodIssue,
  typed: { rateCard: Line[]; tiers: Line[]; eligibleSkus: readonly string[] },
): Said | undefined {
  const [top, term, index, part] = issue.path;
  if (top === 'termsText') return ['termsText', 'admin.form.termsText.invalid'];
  if (top !== 'terms' || typeof term !== 'string') return undefined;
  if (term === 'period') {
    if (index === 'end' && issue.code === 'custom') return ['periodEnd', 'admin.form.periodEnd.beforeStart'];
    return [index === 'end' ? 'periodEnd' : 'periodStart', 'admin.form.when.invalid'];
  }
  if (term === 'registrationDeadline') {
    if (issue.code === 'custom') return ['registrationDeadline', 'admin.form.registrationDeadline.afterEnd'];
    return ['registrationDeadline', 'admin.form.when.invalid'];
  }
  if (term === 'rateCard' || term === 'tiers') {
    if (typeof index !== 'number') return [term, listProblem(term, issue)];
    const line = typed[term][index] ?? { line: index + 1, text: '' };
    return [term, part === 'sku' ? 'admin.form.rateCard.sku' : `admin.form.${term}.line`, line];
  }
  if (term === 'eligibleSkus') {
    if (typeof index !== 'number') return [term, listProblem(term, issue)];
    return [term, 'admin.form.eligibleSkus.sku', { sku: typed.eligibleSkus[index] ?? '' }];
  }
  const field = FIELD_OF_TERM[term] ?? (term as CampaignField);
  const key = INVALID[field];
  return key ? [field, key] : undefined;
}
