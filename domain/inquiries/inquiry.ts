import type { EventOfType } from '../../events/catalog.js';

/** The events of an inquiry's stream. */
export const inquiryEventTypes = ['InquiryRaised', 'InquiryAnswered', 'InquiryResolved'] as const;

export type InquiryEvent = EventOfType<(typeof inquiryEventTypes)[number]>;

export type Inquiry = {
  inquiryId: string;
  registrationId: string;
  campaignId: string;
  mpnId: string;
  topic: 'statement-line' | 'missing-sale';
  saleId?: string;
  message: string;
  raisedAt: string;
  status: 'open' | 'answered' | 'adjusted' | 'declined';
  answers: { message: string; answeredAt: string }[];
  resolution?: { note: string; adjustmentCents?: number; resolvedAt: string };
};

export type InquiryState = Inquiry | undefined;

export const initialInquiryState = (): InquiryState => undefined;

/** An inquiry as its stream tells it; the same fold serves the command side and the lists. */
export function evolveInquiry(state: InquiryState, event: InquiryEvent): InquiryState {
  if (event.type === 'InquiryRaised') return { ...event.data, status: 'open', answers: [] };
  if (!state) return state;
  if (event.type === 'InquiryAnswered') {
    const { message, answeredAt } = event.data;
    return { ...state, status: 'answered', answers: [...state.answers, { message, answeredAt }] };
  }
  const { outcome, note, adjustmentCents, resolvedAt } = event.data;
  return {
    ...state,
    status: outcome,
    resolution: { note, resolvedAt, ...(adjustmentCents !== undefined ? { adjustmentCents } : {}) },
  };
}
