import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { inquiryOnRecord } from '../../application/inquiries/finance-inquiries.js';
import { answerInquiry, resolveInquiry } from '../../application/inquiries/inquiries.js';
import { AnswerBody, ResolveBody } from '../../http/inquiry-body.js';
import { centsOfWrittenAmount } from '../../i18n/written-amounts.js';
import { readForm, refusedField, refusedForm } from '../form.js';
import { type ConsoleDeps, definePage, type PageContext, redirectTo } from '../page.js';
import { inquiryNotFound, inquiryPage, inquiryPath } from './inquiry-page.js';

/** The API's body, and the key the form carries from the page that showed it. */
const AnswerForm = { ...AnswerBody.shape, requestKey: z.uuid() };

/** The answer, in the finance person's name, with the API's use case; the partner is emailed it. */
export const answerPost = definePage<ConsoleDeps>({
  name: 'console-inquiry-answer',
  method: 'POST',
  path: '/console/inquiries/{inquiryId}/answer',
  access: 'finance',
  handle: async (context, deps) => {
    const { words: w, params, form, metadata } = context;
    const inquiryId = params.inquiryId ?? '';
    const read = readForm(w, form, AnswerForm, {
      message: 'inquiryPage.answer.message.invalid',
      requestKey: 'inquiryPage.form.stale',
    });
    if (!read.ok) {
      const { requestKey, ...fields } = read.state.errors;
      const state = requestKey
        ? { ...refusedForm({ ...form, requestKey: randomUUID() }, requestKey), errors: fields }
        : read.state;
      return inquiryPage(context, deps, { answer: state }, 400);
    }
    const { message, requestKey } = read.data;
    const answered = await answerInquiry(deps, { inquiryId, message }, metadata, requestKey);
    if (answered.ok) return redirectTo(`${inquiryPath(inquiryId)}?done=answered`);
    const refusal = answered.refusal.code;
    switch (refusal) {
      case 'inquiry-not-found':
        return inquiryNotFound(w);
      case 'inquiry-resolved':
        return inquiryPage(context, deps, { answer: refusedForm(form, w.t('inquiryPage.resolved')) }, 409);
      case 'idempotency-key-reused':
        return inquiryPage(
          context,
          deps,
          { answer: refusedForm({ ...form, requestKey: randomUUID() }, w.t('inquiryPage.form.reused')) },
          409,
        );
      default:
        throw new Error(`Answering an inquiry from the console was refused: ${refusal}`);
    }
  },
});

const ResolveForm = { outcome: ResolveBody.shape.outcome, note: ResolveBody.shape.note };

/**
 * A form sent again once its inquiry is resolved, exactly as it was resolved by this person (a
 * double click): what it asked is done, and the page says so.
 */
async function resolvedAsAsked(
  context: PageContext,
  deps: ConsoleDeps,
  asked: { outcome: string; note: string; adjustmentCents: number | undefined },
) {
  const record = await inquiryOnRecord(deps.store, context.params.inquiryId ?? '');
  const resolution = record?.inquiry.resolution;
  return (
    record?.resolvedBy?.id === context.staff?.email &&
    record?.inquiry.status === asked.outcome &&
    resolution?.note === asked.note &&
    resolution?.adjustmentCents === asked.adjustmentCents
  );
}

/**
 * The resolution, in the finance person's name, with the API's use case: an adjustment written in
 * dollars and cents as the reader writes them (recorded in exact cents), or declined; with a note.
 */
export const resolvePost = definePage<ConsoleDeps>({
  name: 'console-inquiry-resolve',
  method: 'POST',
  path: '/console/inquiries/{inquiryId}/resolve',
  access: 'finance',
  handle: async (context, deps) => {
    const { words: w, params, form, metadata } = context;
    const inquiryId = params.inquiryId ?? '';
    const read = readForm(w, form, ResolveForm, {
      outcome: 'inquiryPage.resolve.outcome.invalid',
      note: 'inquiryPage.resolve.note.invalid',
    });
    const written = (form.amount ?? '').trim();
    const adjustmentCents = written ? centsOfWrittenAmount(written, w.language) : undefined;
    if (!read.ok || (written && adjustmentCents === undefined)) {
      const errors = {
        ...(read.ok ? {} : read.state.errors),
        ...(written && adjustmentCents === undefined
          ? { amount: w.t('inquiryPage.resolve.amount.invalid') }
          : {}),
      };
      return inquiryPage(context, deps, { resolve: { values: form, errors } }, 400);
    }
    const asked = { ...read.data, adjustmentCents };
    const resolved = await resolveInquiry(
      deps,
      { inquiryId, ...read.data, ...(adjustmentCents !== undefined ? { adjustmentCents } : {}) },
      metadata,
    );
    const done = redirectTo(`${inquiryPath(inquiryId)}?done=resolved`);
    if (resolved.ok) return done;
    const refusal = resolved.refusal.code;
    const refusedBeside = (field: string, message: string) =>
      inquiryPage(context, deps, { resolve: refusedField(form, field, message) }, 422);
    switch (refusal) {
      case 'inquiry-not-found':
        return inquiryNotFound(w);
      case 'adjustment-required':
        return refusedBeside('amount', w.t('inquiryPage.resolve.amount.required'));
      case 'no-adjustment-when-declined':
        return refusedBeside('amount', w.t('inquiryPage.resolve.amount.declined'));
      case 'adjustment-conflict': {
        const { recordedAmountCents } = resolved.refusal.details;
        const amount = typeof recordedAmountCents === 'number' ? w.money(recordedAmountCents) : '';
        return refusedBeside('amount', w.t('inquiryPage.resolve.amount.conflict', { amount }));
      }
      case 'inquiry-resolved':
        if (await resolvedAsAsked(context, deps, asked)) return done;
        return inquiryPage(context, deps, { resolve: refusedForm(form, w.t('inquiryPage.resolved')) }, 409);
      default:
        throw new Error(`Resolving an inquiry from the console was refused: ${refusal}`);
    }
  },
});
