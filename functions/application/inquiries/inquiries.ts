import { randomUUID } from 'node:crypto';
import { conflict } from '../../../domain/errors.js';
import {
  answerInquiry as decideAnswer,
  raiseInquiry as decideRaise,
  resolveInquiry as decideResolve,
} from '../../../domain/inquiries/decide.js';
import { evolveInquiry, type Inquiry } from '../../../domain/inquiries/inquiry.js';
import { recordAdjustment } from '../../../domain/payouts/decide.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { inquiryAnsweredEmail, inquiryReceivedEmail, inquiryResolvedEmail } from '../../email/templates.js';
import type { Mailer } from '../../ports/mailer.js';
import { registrationStatement } from '../campaign-statements.js';
import type { AppDeps } from '../deps.js';
import { handleCommand, loadState } from '../handle-command.js';
import { sendNotification } from '../send-notification.js';
import { inquirySlice, partnerSlice, payoutSlice } from '../slices.js';

type Deps = AppDeps & { mailer: Mailer };

const NEW_INQUIRY_FIELDS = ['campaignId', 'mpnId', 'topic', 'saleId', 'message'] as const;
export type NewInquiry = Pick<Inquiry, (typeof NEW_INQUIRY_FIELDS)[number]>;

/** The partner is told at each step; each email goes once. */
async function tellPartner(
  deps: Deps,
  inquiry: Inquiry,
  step: 'received' | 'answered' | 'resolved',
  n: number,
  metadata: EventMetadata,
) {
  const { state: partner } = await loadState(deps.store, streamIds.partner(inquiry.mpnId), partnerSlice);
  if (partner.status === 'unknown') return;
  const message =
    step === 'received'
      ? inquiryReceivedEmail(partner.profile, inquiry)
      : step === 'answered'
        ? inquiryAnsweredEmail(partner.profile, inquiry, inquiry.answers.at(-1)?.message ?? '')
        : inquiryResolvedEmail(partner.profile, inquiry, {
            outcome: inquiry.status === 'adjusted' ? 'adjusted' : 'declined',
            note: inquiry.resolution?.note ?? '',
            ...(inquiry.resolution?.adjustmentCents !== undefined
              ? { adjustmentCents: inquiry.resolution.adjustmentCents }
              : {}),
          });
  await sendNotification(
    deps,
    {
      notificationId: `inquiry-${step}:${inquiry.inquiryId}:${n}`,
      template: `inquiry-${step}`,
      mpnId: inquiry.mpnId,
      message,
    },
    metadata,
  );
}

/**
 * A retried request (the same `Idempotency-Key`) gets what the first one recorded; the same key with
 * another request is refused rather than answered with what was asked before.
 */
function assertSameRequest(
  recorded: Record<string, unknown>,
  asked: Record<string, unknown>,
  fields: readonly string[],
) {
  const differs = fields.some((field) => recorded[field] !== asked[field]);
  if (differs) {
    throw conflict(
      'idempotency-key-reused',
      'This Idempotency-Key was used for another request: use a new key for a new request.',
    );
  }
}

/** A partner's inquiry on its statement (a line, or a missing sale), checked against the statement as it stands. */
export async function raiseInquiry(
  deps: Deps,
  input: NewInquiry,
  metadata: EventMetadata,
  idempotencyKey?: string,
): Promise<Inquiry> {
  const now = deps.clock.now();
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const [statement, payout] = await Promise.all([
    registrationStatement(deps.store, input.campaignId, input.mpnId, now),
    loadState(deps.store, streamIds.payout(registrationId), payoutSlice),
  ]);
  const issuedAt = payout.state.lastComputed?.asOf;
  const command = {
    type: 'RaiseInquiry',
    data: { inquiryId: randomUUID(), registrationId, ...input },
    context: {
      statementSaleIds: [...statement.lines, ...statement.excluded].map((l) => l.saleId),
      ...(issuedAt ? { statementIssuedAt: issuedAt } : {}),
    },
    metadata: { now },
  } as const;
  const { decided } = await handleCommand(
    deps.store,
    streamIds.inquiry(command.data.inquiryId),
    inquirySlice,
    (state) => decideRaise(command, state),
    { metadata, ...(idempotencyKey ? { idempotencyKey: `inquiry:${input.mpnId}:${idempotencyKey}` } : {}) },
  );
  const inquiry = decided.reduce(evolveInquiry, undefined) as Inquiry;
  assertSameRequest(inquiry as unknown as Record<string, unknown>, input, NEW_INQUIRY_FIELDS);
  await tellPartner(deps, inquiry, 'received', 0, metadata);
  return inquiry;
}

export async function answerInquiry(
  deps: Deps,
  input: { inquiryId: string; message: string },
  metadata: EventMetadata,
  idempotencyKey?: string,
): Promise<Inquiry> {
  const command = { type: 'AnswerInquiry', data: input, metadata: { now: deps.clock.now() } } as const;
  const { before, decided } = await handleCommand(
    deps.store,
    streamIds.inquiry(input.inquiryId),
    inquirySlice,
    (state) => decideAnswer(command, state),
    {
      metadata,
      ...(idempotencyKey ? { idempotencyKey: `inquiry-answer:${input.inquiryId}:${idempotencyKey}` } : {}),
    },
  );
  const inquiry = decided.reduce(evolveInquiry, before) as Inquiry;
  assertSameRequest({ message: inquiry.answers.at(-1)?.message }, input, ['message']);
  await tellPartner(deps, inquiry, 'answered', inquiry.answers.length, metadata);
  return inquiry;
}

/**
 * Resolves an inquiry. An adjustment is recorded on the partner's payout first (once per inquiry),
 * then the inquiry is closed: a retry after a failure in between finds the adjustment there and
 * records it no second time.
 */
export async function resolveInquiry(
  deps: Deps,
  input: { inquiryId: string; outcome: 'adjusted' | 'declined'; note: string; adjustmentCents?: number },
  metadata: EventMetadata,
): Promise<Inquiry> {
  const now = deps.clock.now();
  const command = { type: 'ResolveInquiry', data: input, metadata: { now } } as const;
  const { state: current } = await loadState(deps.store, streamIds.inquiry(input.inquiryId), inquirySlice);
  decideResolve(command, current);
  const inquiry = current as Inquiry;
  if (input.outcome === 'adjusted' && input.adjustmentCents) {
    const adjust = {
      type: 'RecordAdjustment',
      data: {
        registrationId: inquiry.registrationId,
        campaignId: inquiry.campaignId,
        mpnId: inquiry.mpnId,
        inquiryId: inquiry.inquiryId,
        ...(inquiry.saleId ? { saleId: inquiry.saleId } : {}),
        amountCents: input.adjustmentCents,
        note: input.note,
      },
      metadata: { now },
    } as const;
    await handleCommand(
      deps.store,
      streamIds.payout(inquiry.registrationId),
      payoutSlice,
      (state) => recordAdjustment(adjust, state),
      { metadata },
    );
  }
  const { before, decided } = await handleCommand(
    deps.store,
    streamIds.inquiry(input.inquiryId),
    inquirySlice,
    (state) => decideResolve(command, state),
    {
      metadata,
    },
  );
  const resolved = decided.reduce(evolveInquiry, before) as Inquiry;
  await tellPartner(deps, resolved, 'resolved', 0, metadata);
  return resolved;
}
