import { randomUUID } from 'node:crypto';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, postForm, selectField, textAreaField, textField } from '../components.js';
import { type Html, html } from '../html.js';

/** The forms of an inquiry's page, each as shown anew or as sent and refused. */
export type InquiryForms = { answer?: FormState; resolve?: FormState };

export const OUTCOMES = ['adjusted', 'declined'] as const;

/**
 * A new answer form carries a key of its own: sent twice (a double click, a reload of the answer),
 * it answers once, as the API's `Idempotency-Key` does.
 */
export const newAnswerForm = (): FormState => emptyForm({ message: '', requestKey: randomUUID() });

const newResolveForm = (): FormState => emptyForm({ outcome: 'adjusted', amount: '', note: '' });

export function answerForm(w: Words, action: string, csrf: string, form = newAnswerForm()): Html {
  return html`<section aria-labelledby="answer">
<h2 id="answer">${w.t('inquiryPage.answer')}</h2>
${postForm(w, form, {
  action,
  csrf,
  submit: 'inquiryPage.answer.submit',
  label: w.t('inquiryPage.answer'),
  fields: [
    html`<input type="hidden" name="requestKey" value="${form.values.requestKey}">`,
    textAreaField(w, form, {
      name: 'message',
      label: 'inquiryPage.answer.message',
      hint: 'inquiryPage.answer.message.hint',
      maxlength: 2000,
    }),
  ],
})}
</section>`;
}

export function resolveForm(w: Words, action: string, csrf: string, form = newResolveForm()): Html {
  return html`<section aria-labelledby="resolve">
<h2 id="resolve">${w.t('inquiryPage.resolve')}</h2>
${postForm(w, form, {
  action,
  csrf,
  submit: 'inquiryPage.resolve.submit',
  label: w.t('inquiryPage.resolve'),
  fields: [
    selectField(w, form, {
      name: 'outcome',
      label: 'inquiryPage.resolve.outcome',
      options: OUTCOMES.map((outcome) => [outcome, w.t(`inquiryPage.resolve.outcome.${outcome}`)] as const),
    }),
    textField(w, form, {
      name: 'amount',
      label: 'inquiryPage.resolve.amount',
      hint: 'inquiryPage.resolve.amount.hint',
      maxlength: 30,
      optional: true,
    }),
    textAreaField(w, form, {
      name: 'note',
      label: 'inquiryPage.resolve.note',
      hint: 'inquiryPage.resolve.note.hint',
      maxlength: 1000,
    }),
  ],
})}
</section>`;
}
