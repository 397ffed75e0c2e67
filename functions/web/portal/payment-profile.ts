import { DAY_MS, HOUR_MS } from '../../../domain/durations.js';
import { accountLikeness } from '../../../domain/payment-profiles/bank-reference.js';
import type { PaymentProfile } from '../../../domain/payment-profiles/payment-profile.js';
import { loadPaymentProfile, updatePaymentProfile } from '../../application/payment-profile.js';
import { PaymentProfileBody } from '../../http/payment-profile-body.js';
import type { Words } from '../../i18n/words.js';
import { details, emptyForm, type FormState, notice, paragraph, postForm, textField } from '../components.js';
import { readForm } from '../form.js';
import { type Html, html } from '../html.js';
import {
  definePage,
  type PageAnswer,
  type PageContext,
  type PortalDeps,
  redirectTo,
  showPage,
} from '../page.js';

const PATH = '/portal/payment-profile';

/** How long after a change a payment run holds the partner's payments, as the program's policy says. */
const holdPeriod = (w: Words, ms: number) =>
  ms % DAY_MS === 0
    ? w.count('payment.period.days', ms / DAY_MS)
    : w.count('payment.period.hours', Math.ceil(ms / HOUR_MS));

/** What the partner reads after saving: a change is told to everyone who would notice, and may hold payments. */
function savedNotice(w: Words, saved: string | undefined, holdMs: number): Html | '' {
  if (saved === 'first') return notice('ok', w.t('payment.saved.first'));
  if (saved === 'unchanged') return notice('info', w.t('payment.saved.unchanged'));
  if (saved !== 'changed') return '';
  return html`<div class="notice ok" role="status">
${paragraph(w.t('payment.saved.changed'))}
${holdMs > 0 ? paragraph(w.t('payment.saved.hold', { period: holdPeriod(w, holdMs) })) : ''}
</div>`;
}

// The bank reference is shown by its end only: enough to recognise it, too little to reuse it.
const onFile = (w: Words, profile: PaymentProfile) =>
  details([
    [w.t('payment.legalName'), profile.legalName],
    [w.t('payment.remittanceEmail'), profile.remittanceEmail],
    [
      w.t('payment.bankReference'),
      w.t('payment.bankReference.masked', { last4: profile.bankReference.slice(-4) }),
    ],
    [w.t('payment.updatedAt'), w.instant(profile.updatedAt)],
  ]);

async function paymentProfilePage(
  { words: w, session, csrf, query }: PageContext,
  deps: PortalDeps,
  form?: FormState,
  status = 200,
): Promise<PageAnswer> {
  const profile = await loadPaymentProfile(deps.store, session?.mpnId ?? '');
  const shown =
    form ??
    emptyForm(profile ? { legalName: profile.legalName, remittanceEmail: profile.remittanceEmail } : {});
  const body = html`${savedNotice(w, query.saved, deps.policy.paymentProfileChangeHoldMs)}
<section class="card" aria-labelledby="on-file">
<h2 id="on-file">${w.t('payment.onFile')}</h2>
${profile ? onFile(w, profile) : paragraph(w.t('payment.none'))}
</section>
<section aria-labelledby="change">
<h2 id="change">${w.t(profile ? 'payment.form.change' : 'payment.form.give')}</h2>
${profile ? paragraph(w.t('payment.form.retype')) : ''}
${postForm(w, shown, {
  action: PATH,
  csrf,
  submit: 'payment.submit',
  fields: [
    textField(w, shown, {
      name: 'legalName',
      label: 'payment.legalName',
      autocomplete: 'organization',
      maxlength: 200,
    }),
    textField(w, shown, {
      name: 'remittanceEmail',
      label: 'payment.remittanceEmail',
      hint: 'payment.remittanceEmail.hint',
      type: 'email',
      autocomplete: 'email',
      maxlength: 254,
    }),
    textField(w, shown, {
      name: 'bankReference',
      label: 'payment.bankReference',
      hint: 'payment.bankReference.hint',
      autocomplete: 'off',
      maxlength: 64,
    }),
  ],
})}
</section>`;
  return showPage(w.t('payment.title'), body, status);
}

/** Where the partner is paid: the profile on file, and the form to give or change it. */
export const paymentProfile = definePage({
  name: 'portal-payment-profile',
  method: 'GET',
  path: PATH,
  access: 'partner',
  handle: (context, deps) => paymentProfilePage(context, deps),
});

/**
 * Saves the profile with the API's use case and rules. What reads as an account, card or IBAN is
 * refused beside the field, saying which; the page it leads to says what saving did.
 */
export const paymentProfileSave = definePage({
  name: 'portal-payment-profile-save',
  method: 'POST',
  path: PATH,
  access: 'partner',
  handle: async (context, deps) => {
    const { words: w, form, session, metadata } = context;
    const read = readForm(w, form, PaymentProfileBody.shape, {
      legalName: 'payment.legalName.invalid',
      remittanceEmail: 'payment.remittanceEmail.invalid',
      bankReference: 'payment.bankReference.invalid',
    });
    if (!read.ok) {
      const likeness = accountLikeness(form.bankReference ?? '');
      const { errors } = read.state;
      const state =
        errors.bankReference && likeness
          ? { ...read.state, errors: { ...errors, bankReference: w.t(`payment.bankReference.${likeness}`) } }
          : read.state;
      return paymentProfilePage(context, deps, state, 400);
    }
    const { outcome } = await updatePaymentProfile(deps, session?.mpnId ?? '', read.data, metadata);
    return redirectTo(`${PATH}?saved=${outcome}`);
  },
});
