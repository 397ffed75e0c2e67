import { inquiryDecider } from '../../../domain/inquiries/decide.js';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { Actor } from '../../../events/envelope.js';
import { InquiryId } from '../../../events/inquiries.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';
import { readSlice } from '../read-slice.js';
import { newestFirst } from './partner-inquiries.js';

/** Which inquiries finance lists: open ones (asked or answered, not resolved), answered ones, resolved ones, or all. */
export const inquiryFilters = ['open', 'answered', 'resolved', 'all'] as const;
export type InquiryFilter = (typeof inquiryFilters)[number];

export const isResolved = (inquiry: Inquiry) =>
  inquiry.status === 'adjusted' || inquiry.status === 'declined';

const inFilter: Record<InquiryFilter, (inquiry: Inquiry) => boolean> = {
  open: (inquiry) => !isResolved(inquiry),
  answered: (inquiry) => inquiry.status === 'answered',
  resolved: isResolved,
  all: () => true,
};

/** The partners' inquiries finance asks for, newest first, from the read models. */
export async function financeInquiries(
  readModels: ReadModelQueries,
  filter: InquiryFilter,
): Promise<Inquiry[]> {
  const { pk, sk } = readModelKeys.inquiry('');
  const all = await readModels.queryViews<Inquiry>(pk, sk);
  return all.filter(inFilter[filter]).sort(newestFirst);
}

/** An inquiry as recorded, with who answered it (answer by answer) and who resolved it. */
export type InquiryOnRecord = { inquiry: Inquiry; answeredBy: Actor[]; resolvedBy?: Actor };

/** One inquiry from its stream (so one just answered is there), or none for an id that names none. */
export async function inquiryOnRecord(
  store: EventReader,
  inquiryId: string,
): Promise<InquiryOnRecord | undefined> {
  if (!InquiryId.safeParse(inquiryId).success) return undefined;
  const { state, events } = await readSlice(store, inquiryDecider, streamIds.inquiry(inquiryId));
  if (!state) return undefined;
  const resolvedBy = events.find((e) => e.type === 'InquiryResolved')?.metadata.actor;
  return {
    inquiry: state,
    answeredBy: events.filter((e) => e.type === 'InquiryAnswered').map((e) => e.metadata.actor),
    ...(resolvedBy ? { resolvedBy } : {}),
  };
}
