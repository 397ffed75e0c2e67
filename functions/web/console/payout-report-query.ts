import * as z from 'zod';
import { type PayoutStanding, payoutStandings } from '../../../domain/payouts/payout-standing.js';
import { CampaignId } from '../../../events/fields.js';
import { Instant } from '../../../events/instant.js';
import { instantOfWallClock, wallClockOf } from '../../i18n/wall-clock.js';
import type { Words } from '../../i18n/words.js';
import type { FormState } from '../components.js';
import { readForm } from '../form.js';

/** The columns the report's table sorts by. */
export const sortColumns = ['partner', 'campaign', 'status', 'amount', 'paid', 'due', 'excluded'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';

/** What the reader asked the report for: as of when, which campaign and status, sorted how, as what. */
export type ReportAsked = {
  asOf: string;
  /** Whether the reader picked the instant; if not, the report is read as it stands. */
  pinned: boolean;
  campaignId: string | undefined;
  status: PayoutStanding | undefined;
  sort: SortColumn;
  dir: SortDirection;
  format: 'page' | 'csv';
};

/** Amounts read largest first when a reader sorts by them; words, from A. */
export const firstDirection = (column: SortColumn): SortDirection =>
  column === 'partner' || column === 'campaign' || column === 'status' ? 'asc' : 'desc';

/**
 * The query read with the report route's own field schemas: `asOf` as the date-and-time field
 * writes it, on the reader's wall clock (or as an instant, as the page's own links write it); empty
 * choices mean every campaign and every status. A sort the page does not offer reads as its default.
 */
export function readReportQuery(
  w: Words,
  query: Readonly<Record<string, string>>,
  now: string,
): { ok: true; asked: ReportAsked; form: FormState } | { ok: false; form: FormState } {
  const asOf = z
    .string()
    .trim()
    .transform((text, context) => {
      if (text === '') return now;
      const instant = Instant.safeParse(text);
      const read = instant.success ? instant.data : instantOfWallClock(text, w.timeZone);
      if (read) return read;
      context.addIssue({ code: 'custom', message: 'not a date and time' });
      return z.NEVER;
    });
  const read = readForm(
    w,
    { asOf: '', campaignId: '', status: '', ...query },
    {
      asOf,
      campaignId: z.union([z.literal(''), CampaignId]),
      status: z.union([z.literal(''), z.enum(payoutStandings)]),
    },
    {
      asOf: 'console.payouts.asOf.invalid',
      campaignId: 'console.payouts.campaign.invalid',
      status: 'console.payouts.status.invalid',
    },
  );
  if (!read.ok) return { ok: false, form: read.state };
  const sort = z.enum(sortColumns).catch('campaign').parse(query.sort);
  const asked: ReportAsked = {
    asOf: read.data.asOf,
    pinned: (query.asOf ?? '').trim() !== '',
    campaignId: read.data.campaignId || undefined,
    status: read.data.status || undefined,
    sort,
    dir: z.enum(['asc', 'desc']).catch(firstDirection(sort)).parse(query.dir),
    format: query.format === 'csv' ? 'csv' : 'page',
  };
  return { ok: true, asked, form: { values: formValues(w, asked), errors: {} } };
}

/** The filter form as the report was asked: the instant on the reader's wall clock, to the second. */
const formValues = (w: Words, asked: ReportAsked): Record<string, string> => ({
  asOf: wallClockOf(asked.asOf, w.timeZone),
  campaignId: asked.campaignId ?? '',
  status: asked.status ?? '',
});

/** A link to the same report (its instant, if the reader picked one), changed as given: sorted otherwise, or as a file. */
export function reportHref(asked: ReportAsked, change: Partial<ReportAsked> = {}): string {
  const next = { ...asked, ...change };
  const params = new URLSearchParams(next.pinned ? { asOf: next.asOf } : {});
  if (next.campaignId) params.set('campaignId', next.campaignId);
  if (next.status) params.set('status', next.status);
  params.set('sort', next.sort);
  params.set('dir', next.dir);
  if (next.format === 'csv') params.set('format', 'csv');
  return `/console/payouts?${params}`;
}
