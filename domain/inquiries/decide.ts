import { addMs, instantMs } from '../../events/instant.js';
import { DAY_MS } from '../decider.js';
import { conflict, notFound, ruleViolation } from '../errors.js';
import type { Inquiry, InquiryEvent, InquiryState } from './inquiry.js';

/** Partners may question a statement for this long after it was issued (closed). */
export const INQUIRY_WINDOW_MS = 30 * DAY_MS;

export type RaiseInquiry = {
  type: 'RaiseInquiry';
  data: Pick<
    Inquiry,
    'inquiryId' | 'registrationId' | 'campaignId' | 'mpnId' | 'topic' | 'saleId' | 'message'
  >;
  /** The partner's statement as it stands: which sale lines it shows, and when it was last issued. */
  context: { statementSaleIds: string[]; statementIssuedAt?: string };
  metadata: { now: string };
};

export type AnswerInquiry = {
  type: 'AnswerInquiry';
  data: { inquiryId: string; message: string };
  metadata: { now: string };
};

export type ResolveInquiry = {
  type: 'ResolveInquiry';
  data: { inquiryId: string; outcome: 'adjusted' | 'declined'; note: string; adjustmentCents?: number };
  metadata: { now: string };
};

export type InquiryCommand = RaiseInquiry | AnswerInquiry | ResolveInquiry;

/**
 * A partner asks "why didn't that count?" about a line of its statement, or about a sale missing
 * from it, until 30 days after the statement was issued (before that, any time).
 */
export function raiseInquiry(command: RaiseInquiry, state: InquiryState): InquiryEvent[] {
  const { data, context, metadata } = command;
  if (state) return [];
  if (
    context.statementIssuedAt &&
    instantMs(metadata.now) > instantMs(addMs(context.statementIssuedAt, INQUIRY_WINDOW_MS))
  ) {
    throw ruleViolation(
      'inquiry-window-closed',
      'Inquiries on this statement closed 30 days after it was issued.',
      {
        statementIssuedAt: context.statementIssuedAt,
      },
    );
  }
  const onStatement = data.saleId !== undefined && context.statementSaleIds.includes(data.saleId);
  if (data.topic === 'statement-line' && !onStatement) {
    throw ruleViolation(
      'sale-not-on-statement',
      `Sale ${data.saleId ?? '(none)'} is not a line of your statement: ask about a missing sale instead.`,
    );
  }
  if (data.topic === 'missing-sale' && onStatement) {
    throw ruleViolation(
      'sale-on-statement',
      `Sale ${data.saleId} is on your statement: ask about that line instead.`,
    );
  }
  return [{ type: 'InquiryRaised', data: { ...data, raisedAt: metadata.now } }];
}

export function answerInquiry(command: AnswerInquiry, state: InquiryState): InquiryEvent[] {
  const inquiry = open(state, command.data.inquiryId);
  return [
    {
      type: 'InquiryAnswered',
      data: {
        inquiryId: inquiry.inquiryId,
        mpnId: inquiry.mpnId,
        message: command.data.message,
        answeredAt: command.metadata.now,
      },
    },
  ];
}

/** Resolved once: with a (non-zero) adjustment, or declined with no money moving. */
export function resolveInquiry(command: ResolveInquiry, state: InquiryState): InquiryEvent[] {
  const { data, metadata } = command;
  const inquiry = open(state, data.inquiryId);
  if (data.outcome === 'adjusted' && !data.adjustmentCents) {
    throw ruleViolation('adjustment-required', 'Resolving with an adjustment needs a non-zero amount.');
  }
  if (data.outcome === 'declined' && data.adjustmentCents !== undefined) {
    throw ruleViolation('no-adjustment-when-declined', 'A declined inquiry moves no money.');
  }
  return [
    {
      type: 'InquiryResolved',
      data: {
        inquiryId: inquiry.inquiryId,
        mpnId: inquiry.mpnId,
        outcome: data.outcome,
        note: data.note,
        ...(data.adjustmentCents !== undefined ? { adjustmentCents: data.adjustmentCents } : {}),
        resolvedAt: metadata.now,
      },
    },
  ];
}

export function decideInquiry(command: InquiryCommand, state: InquiryState): InquiryEvent[] {
  switch (command.type) {
    case 'RaiseInquiry':
      return raiseInquiry(command, state);
    case 'AnswerInquiry':
      return answerInquiry(command, state);
    case 'ResolveInquiry':
      return resolveInquiry(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown inquiry command ${JSON.stringify(unknown)}`);
    }
  }
}

function open(state: InquiryState, inquiryId: string): Inquiry {
  if (!state) throw notFound('inquiry-not-found', `There is no inquiry ${inquiryId}.`);
  if (state.status === 'adjusted' || state.status === 'declined') {
    throw conflict('inquiry-resolved', `Inquiry ${inquiryId} is already resolved (${state.status}).`, {
      status: state.status,
    });
  }
  return state;
}
