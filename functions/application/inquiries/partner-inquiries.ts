import { inquiryDecider } from '../../../domain/inquiries/decide.js';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { InquiryId } from '../../../events/inquiries.js';
import { streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';
import { readSlice } from '../read-slice.js';

export const newestFirst = (a: Inquiry, b: Inquiry) =>
  a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0;

/** A partner's inquiries, with finance's answers and resolutions, newest first. */
export async function partnerInquiries(readModels: ReadModelQueries, mpnId: string): Promise<Inquiry[]> {
  const inquiries = await readModels.queryViews<Inquiry>(readModelKeys.partner(mpnId).pk, 'inquiry#');
  return inquiries.sort(newestFirst);
}

/**
 * One of the partner's inquiries, from its stream (so one just raised or answered is there).
 * Another partner's inquiry is none, exactly like one that does not exist.
 */
export async function partnerInquiry(
  store: EventReader,
  inquiryId: string,
  mpnId: string,
): Promise<Inquiry | undefined> {
  if (!InquiryId.safeParse(inquiryId).success) return undefined;
  const { state } = await readSlice(store, inquiryDecider, streamIds.inquiry(inquiryId));
  return state?.mpnId === mpnId ? state : undefined;
}
