import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { DAY_MS } from '../../../domain/durations.js';
import { INQUIRY_WINDOW_MS } from '../../../domain/inquiries/decide.js';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { raiseInquiry } from '../../application/inquiries/inquiries.js';
import { partnerRegistrations } from '../../application/partner-registrations.js';
import { InquiryBody } from '../../http/inquiry-body.js';
import type { Words } from '../../i18n/words.js';
import {
  emptyForm,
  type FormState,
  paragraph,
  postForm,
  selectField,
  textAreaField,
  textField,
} from '../components.js';
import { readForm, refusedField, refusedForm } from '../form.js';
import { html } from '../html.js';
import {
  definePage,
  type PageAnswer,
  type PageContext,
  type PortalDeps,
  redirectTo,
  showPage,
} from '../page.js';
import { campaignNames, topicInWords } from './inquiry-parts.js';

/**
 * The API's body, and a key the form carries from the page that showed it: sent twice (a double
 * click, a reload of the answer), it raises one inquiry, as the API's `Idempotency-Key` does.
 */
const InquiryForm = { ...InquiryBody.shape, requestKey: z.uuid() };

const TOPICS = InquiryBody.shape.topic.options;

function newInquiryPage(
  w: Words,
  registrations: readonly RegistrationView[],
  nameOf: (campaignId: string) => string,
  form: FormState,
  csrf: string,
  status = 200,
): PageAnswer {
  if (registrations.length === 0) {
    return showPage(
      w.t('inquiry.new.title'),
      html`${paragraph(w.t('inquiry.new.notRegistered'))}<p><a href="/portal/campaigns">${w.t('dashboard.browse')}</a></p>`,
      status,
    );
  }
  return showPage(
    w.t('inquiry.new.title'),
    html`${paragraph(w.t('inquiry.new.intro'))}
${postForm(w, form, {
  action: '/portal/inquiries',
  csrf,
  submit: 'inquiry.new.submit',
  fields: [
    html`<input type="hidden" name="requestKey" value="${form.values.requestKey}">`,
    selectField(w, form, {
      name: 'campaignId',
      label: 'inquiry.campaign',
      options: registrations.map((r) => [r.campaignId, nameOf(r.campaignId)] as const),
    }),
    selectField(w, form, {
      name: 'topic',
      label: 'inquiry.topic',
      options: TOPICS.map((topic) => [topic, topicInWords(w, topic)] as const),
    }),
    textField(w, form, {
      name: 'saleId',
      label: 'inquiry.saleId',
      hint: 'inquiry.saleId.hint',
      maxlength: 100,
      optional: true,
    }),
    textAreaField(w, form, {
      name: 'message',
      label: 'inquiry.message',
      hint: 'inquiry.message.hint',
      maxlength: 2000,
    }),
  ],
})}`,
    status,
  );
}

async function showNewInquiry(
  { words: w, session, csrf }: PageContext,
  deps: PortalDeps,
  form: FormState,
  status?: number,
): Promise<PageAnswer> {
  const [registrations, nameOf] = await Promise.all([
    partnerRegistrations(deps.readModels, session?.mpnId ?? ''),
    campaignNames(deps.store),
  ]);
  return newInquiryPage(w, registrations, nameOf, form, csrf, status);
}

/**
 * The form to raise an inquiry. A statement links each of its lines here with the campaign and
 * the sale filled in (`?campaignId=...&saleId=...`): a sale named is a line asked about.
 */
export const newInquiry = definePage({
  name: 'portal-inquiry-new',
  method: 'GET',
  path: '/portal/inquiries/new',
  access: 'partner',
  handle: (context, deps) => {
    const { campaignId = '', saleId = '' } = context.query;
    return showNewInquiry(
      context,
      deps,
      emptyForm({
        campaignId,
        saleId,
        topic: saleId ? 'statement-line' : 'missing-sale',
        message: '',
        requestKey: randomUUID(),
      }),
    );
  },
});

/** Raises the inquiry with the API's use case; a refusal is said beside the field it is about. */
export const raise = definePage({
  name: 'portal-inquiry-raise',
  method: 'POST',
  path: '/portal/inquiries',
  access: 'partner',
  handle: async (context, deps) => {
    const { words: w, form, session, metadata } = context;
    const { saleId, ...rest } = form;
    const read = readForm(w, saleId ? form : rest, InquiryForm, {
      campaignId: 'inquiry.campaign.invalid',
      topic: 'inquiry.topic.invalid',
      saleId: 'inquiry.saleId.invalid',
      message: 'inquiry.message.invalid',
      requestKey: 'inquiry.form.stale',
    });
    if (!read.ok) {
      const { requestKey, ...fields } = read.state.errors;
      const state = requestKey
        ? { ...refusedForm({ ...form, requestKey: randomUUID() }, requestKey), errors: fields }
        : read.state;
      return showNewInquiry(context, deps, state, 400);
    }
    const { requestKey, ...asked } = read.data;
    const raised = await raiseInquiry(deps, { ...asked, mpnId: session?.mpnId ?? '' }, metadata, requestKey);
    if (raised.ok) return redirectTo(`/portal/inquiries/${raised.inquiry.inquiryId}?raised=1`);
    const refusal = raised.refusal.code;
    const refusedBeside = (field: string, message: string, status = 422) =>
      showNewInquiry(context, deps, refusedField(form, field, message), status);
    switch (refusal) {
      case 'campaign-not-found':
      case 'registration-not-found':
        return refusedBeside('campaignId', w.t('inquiry.campaign.invalid'), 404);
      case 'inquiry-window-closed':
        return refusedBeside('campaignId', w.count('inquiry.windowClosed', INQUIRY_WINDOW_MS / DAY_MS));
      case 'sale-not-on-statement':
        return refusedBeside(
          'saleId',
          w.t(asked.saleId ? 'inquiry.saleId.notOnStatement' : 'inquiry.saleId.required'),
        );
      case 'sale-on-statement':
        return refusedBeside('saleId', w.t('inquiry.saleId.onStatement'));
      case 'idempotency-key-reused':
        return showNewInquiry(
          context,
          deps,
          refusedForm({ ...form, requestKey: randomUUID() }, w.t('inquiry.form.reused')),
          409,
        );
      default:
        throw new Error(`Raising an inquiry from the portal was refused: ${refusal}`);
    }
  },
});
