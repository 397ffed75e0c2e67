import { isOneOf } from '../../events/catalog.js';
import { addMs, instantMs } from '../../events/instant.js';
import { accept, type Decider, type Decision, type Refused, refuse } from '../decider.js';
import { DAY_MS } from '../durations.js';
import { conflict, notFound, ruleViolation } from '../refusal.js';
import {
  evolveInquiry,
  type Inquiry,
  type InquiryEvent,
  type InquiryState,
  initialInquiryState,
  inquiryEventTypes,
} from './inquiry.js';

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

export type InquiryRefusalCode =
  | 'inquiry-window-closed'
  | 'sale-not-on-statement'
  | 'sale-on-statement'
  | 'inquiry-not-found'
  | 'inquiry-resolved'
  | 'adjustment-required'
  | 'no-adjustment-when-declined';

type InquiryDecision = Decision<InquiryEvent, InquiryRefusalCode>;

/**
 * A partner asks "why didn't that count?" about a line of its statement, or about a sale missing
 * from it, until 30 days after the statement was issued (before that, any time).
 */
export function raiseInquiry(command: RaiseInquiry, state: InquiryState): InquiryDecision {
  const { data, context, metadata } = command;
  if (state) return accept();
  if (
    context.statementIssuedAt &&
    instantMs(metadata.now) > instantMs(addMs(context.statementIssuedAt, INQUIRY_WINDOW_MS))
  ) {
    return refuse(
      ruleViolation(
        'inquiry-window-closed',
        'Inquiries on this statement closed 30 days after it was issued.',
        {
          statementIssuedAt: context.statementIssuedAt,
        },
      ),
    );
  }
  const onStatement = data.saleId !== undefined && context.statementSaleIds.includes(data.saleId);
  if (data.topic === 'statement-line' && !onStatement) {
    return refuse(
      ruleViolation(
        'sale-not-on-statement',
        `Sale ${data.saleId ?? '(none)'} is not a line of your statement: ask about a missing sale instead.`,
      ),
    );
  }
  if (data.topic === 'missing-sale' && onStatement) {
    return refuse(
      ruleViolation(
        'sale-on-statement',
        `Sale ${data.saleId} is on your statement: ask about that line instead.`,
      ),
    );
  }
  return accept({ type: 'InquiryRaised', data: { ...data, raisedAt: metadata.now } });
}

export function answerInquiry(command: AnswerInquiry, state: InquiryState): InquiryDecision {
  const inquiry = openInquiry(state, command.data.inquiryId);
  if (!inquiry.ok) return inquiry;
  return accept({
    type: 'InquiryAnswered',
    data: {
      inquiryId: inquiry.inquiry.inquiryId,
      mpnId: inquiry.inquiry.mpnId,
      message: command.data.message,
      answeredAt: command.metadata.now,
    },
  });
}

/** Resolved once: with a (non-zero) adjustment, or declined with no money moving. */
export function resolveInquiry(command: ResolveInquiry, state: InquiryState): InquiryDecision {
  const { data, metadata } = command;
  const open = openInquiry(state, data.inquiryId);
  if (!open.ok) return open;
  if (data.outcome === 'adjusted' && !data.adjustmentCents) {
    return refuse(
      ruleViolation('adjustment-required', 'Resolving with an adjustment needs a non-zero amount.'),
    );
  }
  if (data.outcome === 'declined' && data.adjustmentCents !== undefined) {
    return refuse(ruleViolation('no-adjustment-when-declined', 'A declined inquiry moves no money.'));
  }
  return accept({
    type: 'InquiryResolved',
    data: {
      inquiryId: open.inquiry.inquiryId,
      mpnId: open.inquiry.mpnId,
      outcome: data.outcome,
      note: data.note,
      ...(data.adjustmentCents !== undefined ? { adjustmentCents: data.adjustmentCents } : {}),
      resolvedAt: metadata.now,
    },
  });
}

export function decideInquiry(command: InquiryCommand, state: InquiryState): InquiryDecision {
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

export const inquiryDecider: Decider<InquiryCommand, InquiryState, InquiryEvent, InquiryRefusalCode> = {
  isOwnEvent: isOneOf(inquiryEventTypes),
  decide: decideInquiry,
  evolve: evolveInquiry,
  initialState: initialInquiryState,
};

export const inquiryNotFound = (inquiryId: string) =>
  notFound('inquiry-not-found', `There is no inquiry ${inquiryId}.`);

function openInquiry(
  state: InquiryState,
  inquiryId: string,
): { ok: true; inquiry: Inquiry } | Refused<never, InquiryRefusalCode> {
  if (!state) return refuse(inquiryNotFound(inquiryId));
  if (state.status === 'adjusted' || state.status === 'declined') {
    return refuse(
      conflict('inquiry-resolved', `Inquiry ${inquiryId} is already resolved (${state.status}).`, {
        status: state.status,
      }),
    );
  }
  return { ok: true, inquiry: state };
}
