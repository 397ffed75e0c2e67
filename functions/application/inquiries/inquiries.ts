import { randomUUID } from 'node:crypto';
import { type InquiryRefusalCode, inquiryDecider } from '../../../domain/inquiries/decide.js';
import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { type PayoutRefusalCode, payoutDecider } from '../../../domain/payouts/decide.js';
import { conflict, type Result, refused } from '../../../domain/refusal.js';
import type { EventMetadata } from '../../../events/envelope.js';
import { registrationIdOf, streamIds } from '../../../events/streams.js';
import { registrationStatement, type StatementRefusalCode } from '../campaign-statements.js';
import type { AppDeps } from '../deps.js';
import { execute } from '../execute.js';
import { readSlice } from '../read-slice.js';

const NEW_INQUIRY_FIELDS = ['campaignId', 'mpnId', 'topic', 'saleId', 'message'] as const;
export type NewInquiry = Pick<Inquiry, (typeof NEW_INQUIRY_FIELDS)[number]>;

type IdempotencyRefusalCode = 'idempotency-key-reused';

/**
 * A retried request (the same `Idempotency-Key`) gets what the first one recorded; the same key with
 * another request is refused rather than answered with what was asked before.
 */
function sameRequest(
  recorded: Record<string, unknown>,
  asked: Record<string, unknown>,
  fields: readonly string[],
) {
  return fields.every((field) => recorded[field] === asked[field]);
}

const keyReused = () =>
  refused(
    conflict(
      'idempotency-key-reused',
      'This Idempotency-Key was used for another request: use a new key for a new request.',
    ),
  );

/** The inquiry a command left, which a command that was accepted always does. */
function recordedInquiry(inquiry: Inquiry | undefined, inquiryId: string): Inquiry {
  if (!inquiry) throw new Error(`Inquiry ${inquiryId} was accepted but is not recorded`);
  return inquiry;
}

/** A partner's inquiry on its statement (a line, or a missing sale), checked against the statement as it stands. */
export async function raiseInquiry(
  deps: AppDeps,
  input: NewInquiry,
  metadata: EventMetadata,
  idempotencyKey?: string,
): Promise<Result<{ inquiry: Inquiry }, InquiryRefusalCode | StatementRefusalCode | IdempotencyRefusalCode>> {
  const now = deps.clock.now();
  const registrationId = registrationIdOf(input.campaignId, input.mpnId);
  const [statement, payout] = await Promise.all([
    registrationStatement(deps.store, input.campaignId, input.mpnId, now),
    readSlice(deps.store, payoutDecider, streamIds.payout(registrationId)),
  ]);
  if (!statement.ok) return statement;
  const issuedAt = payout.state.lastComputed?.asOf;
  const { lines, excluded } = statement.statement;
  const command = {
    type: 'RaiseInquiry',
    data: { inquiryId: randomUUID(), registrationId, ...input },
    context: {
      statementSaleIds: [...lines, ...excluded].map((l) => l.saleId),
      ...(issuedAt ? { statementIssuedAt: issuedAt } : {}),
    },
    metadata: { now },
  } as const;
  const executed = await execute(
    deps.store,
    inquiryDecider,
    streamIds.inquiry(command.data.inquiryId),
    command,
    {
      metadata,
      ...(idempotencyKey ? { idempotencyKey: `inquiry:${input.mpnId}:${idempotencyKey}` } : {}),
    },
  );
  if (!executed.ok) return refused(executed.refusal);
  const inquiry = recordedInquiry(executed.after, command.data.inquiryId);
  if (!sameRequest(inquiry, input, NEW_INQUIRY_FIELDS)) return keyReused();
  return { ok: true, inquiry };
}

export async function answerInquiry(
  deps: AppDeps,
  input: { inquiryId: string; message: string },
  metadata: EventMetadata,
  idempotencyKey?: string,
): Promise<Result<{ inquiry: Inquiry }, InquiryRefusalCode | IdempotencyRefusalCode>> {
  const command = { type: 'AnswerInquiry', data: input, metadata: { now: deps.clock.now() } } as const;
  const executed = await execute(deps.store, inquiryDecider, streamIds.inquiry(input.inquiryId), command, {
    metadata,
    ...(idempotencyKey ? { idempotencyKey: `inquiry-answer:${input.inquiryId}:${idempotencyKey}` } : {}),
  });
  if (!executed.ok) return refused(executed.refusal);
  const inquiry = recordedInquiry(executed.after, input.inquiryId);
  if (!sameRequest({ message: inquiry.answers.at(-1)?.message }, input, ['message'])) return keyReused();
  return { ok: true, inquiry };
}

/**
 * Resolves an inquiry. An adjustment is recorded on the partner's payout first (once per inquiry),
 * then the inquiry is closed: a retry after a failure in between finds the adjustment there and
 * records it no second time.
 */
export async function resolveInquiry(
  deps: AppDeps,
  input: { inquiryId: string; outcome: 'adjusted' | 'declined'; note: string; adjustmentCents?: number },
  metadata: EventMetadata,
): Promise<Result<{ inquiry: Inquiry }, InquiryRefusalCode | PayoutRefusalCode>> {
  const now = deps.clock.now();
  const stream = streamIds.inquiry(input.inquiryId);
  const command = { type: 'ResolveInquiry', data: input, metadata: { now } } as const;
  const { state: current } = await readSlice(deps.store, inquiryDecider, stream);
  const check = inquiryDecider.decide(command, current);
  if (!check.ok) return refused(check.refusal);
  const inquiry = recordedInquiry(current, input.inquiryId);
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
    const adjusted = await execute(
      deps.store,
      payoutDecider,
      streamIds.payout(inquiry.registrationId),
      adjust,
      {
        metadata,
      },
    );
    if (!adjusted.ok) return refused(adjusted.refusal);
  }
  const executed = await execute(deps.store, inquiryDecider, stream, command, { metadata });
  if (!executed.ok) return refused(executed.refusal);
  const resolved = recordedInquiry(executed.after, input.inquiryId);
  return { ok: true, inquiry: resolved };
}
