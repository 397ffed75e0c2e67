import * as z from 'zod';
import { Email, MpnId, PartnerLanguage, PartnerTimeZone, SingleLineText } from '../../../events/fields.js';
import { requestAccessCode } from '../../application/request-access-code.js';
import { signUpPartner } from '../../application/sign-up-partner.js';
import { TIME_ZONES } from '../../i18n/language.js';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, postForm, selectField, textField } from '../components.js';
import { readForm, refusedField, refusedForm } from '../form.js';
import { html } from '../html.js';
import { definePage, redirectTo, showPage } from '../page.js';

// The program's country first; the others are there so that a partner elsewhere learns it cannot join.
const COUNTRIES = ['CA', 'US', 'MX', 'GB', 'FR', 'ZZ'] as const;

const SignUpForm = {
  mpnId: MpnId,
  companyName: SingleLineText(200),
  contactEmail: Email,
  country: z.enum(COUNTRIES),
  language: PartnerLanguage,
  timeZone: PartnerTimeZone,
};

function signUpPage(w: Words, form: FormState, csrf: string, status = 200) {
  return showPage(
    w.t('signUp.title'),
    html`<div class="narrow">
<p>${w.t('signUp.intro')}</p>
${postForm(w, form, {
  action: '/portal/sign-up',
  csrf,
  submit: 'signUp.submit',
  fields: [
    textField(w, form, {
      name: 'mpnId',
      label: 'logIn.mpnId',
      hint: 'logIn.mpnId.hint',
      inputmode: 'numeric',
      maxlength: 10,
    }),
    textField(w, form, {
      name: 'companyName',
      label: 'signUp.companyName',
      autocomplete: 'organization',
      maxlength: 200,
    }),
    textField(w, form, {
      name: 'contactEmail',
      label: 'signUp.contactEmail',
      hint: 'signUp.contactEmail.hint',
      type: 'email',
      autocomplete: 'email',
      maxlength: 254,
    }),
    selectField(w, form, {
      name: 'country',
      label: 'signUp.country',
      options: COUNTRIES.map(
        (code) => [code, code === 'ZZ' ? w.t('signUp.country.elsewhere') : w.region(code)] as const,
      ),
    }),
    selectField(w, form, {
      name: 'language',
      label: 'signUp.language',
      options: PartnerLanguage.options.map((language) => [language, w.t(`language.${language}`)] as const),
    }),
    selectField(w, form, {
      name: 'timeZone',
      label: 'signUp.timeZone',
      options: TIME_ZONES.map((zone) => [zone, w.t(`timeZone.${zone}`)] as const),
    }),
  ],
})}
<p><a href="/portal">${w.t('signUp.haveCode')}</a></p>
</div>`,
    status,
  );
}

/** Request a first access code: the partner's details, its language and the time zone of its dates. */
export const signUp = definePage({
  name: 'portal-sign-up',
  method: 'GET',
  path: '/portal/sign-up',
  access: 'anyone',
  handle: async ({ words: w, csrf }) =>
    signUpPage(w, emptyForm({ country: 'CA', language: w.language, timeZone: w.timeZone }), csrf),
});

export const signUpPost = definePage({
  name: 'portal-sign-up-post',
  method: 'POST',
  path: '/portal/sign-up',
  access: 'anyone',
  handle: async ({ words: w, form, csrf, sourceIp, metadata }, deps) => {
    const read = readForm(w, form, SignUpForm, {
      mpnId: 'logIn.mpnId.invalid',
      companyName: 'signUp.companyName.invalid',
      contactEmail: 'signUp.contactEmail.invalid',
      country: 'signUp.country.invalid',
      language: 'signUp.language.invalid',
      timeZone: 'signUp.timeZone.invalid',
    });
    if (!read.ok) return signUpPage(w, read.state, csrf, 400);
    const signedUp = await signUpPartner(deps, { ...read.data, sourceIp }, metadata);
    if (signedUp.ok) return redirectTo(`/portal/code-sent?${new URLSearchParams({ mpnId: signedUp.mpnId })}`);
    if (signedUp.refusal.code === 'country-not-eligible') {
      return signUpPage(w, refusedField(form, 'country', w.t('signUp.country.notEligible')), csrf, 422);
    }
    return signUpPage(w, refusedForm(form, w.t('signUp.tooMany')), csrf, 429);
  },
});

/** "I do not have an access code": a new one to the contact on file, for the MPN ID alone. */
function newCodePage(w: Words, form: FormState, csrf: string, status = 200) {
  return showPage(
    w.t('newCode.title'),
    html`<div class="narrow">
<p>${w.t('newCode.intro')}</p>
${postForm(w, form, {
  action: '/portal/access-code',
  csrf,
  submit: 'newCode.submit',
  fields: textField(w, form, {
    name: 'mpnId',
    label: 'logIn.mpnId',
    hint: 'logIn.mpnId.hint',
    inputmode: 'numeric',
    maxlength: 10,
  }),
})}
<p>${w.t('newCode.notSignedUp')} <a href="/portal/sign-up">${w.t('logIn.new')}</a></p>
</div>`,
    status,
  );
}

export const newCode = definePage({
  name: 'portal-access-code',
  method: 'GET',
  path: '/portal/access-code',
  access: 'anyone',
  handle: async ({ words: w, query, csrf }) => newCodePage(w, emptyForm({ mpnId: query.mpnId ?? '' }), csrf),
});

export const newCodePost = definePage({
  name: 'portal-access-code-post',
  method: 'POST',
  path: '/portal/access-code',
  access: 'anyone',
  handle: async ({ words: w, form, csrf, sourceIp, metadata }, deps) => {
    const read = readForm(w, form, { mpnId: MpnId }, { mpnId: 'logIn.mpnId.invalid' });
    if (!read.ok) return newCodePage(w, read.state, csrf, 400);
    const requested = await requestAccessCode(deps, { mpnId: read.data.mpnId, sourceIp }, metadata);
    if (!requested.ok) return newCodePage(w, refusedForm(form, w.t('newCode.tooMany')), csrf, 429);
    return redirectTo(`/portal/code-sent?${new URLSearchParams({ mpnId: requested.mpnId })}`);
  },
});

/** The same answer whether or not a code went: nobody learns from it which MPN IDs signed up. */
export const codeSent = definePage({
  name: 'portal-code-sent',
  method: 'GET',
  path: '/portal/code-sent',
  access: 'anyone',
  handle: async ({ words: w, query }) => {
    const mpnId = MpnId.safeParse(query.mpnId);
    if (!mpnId.success) return redirectTo('/portal/access-code');
    return showPage(
      w.t('sent.title'),
      html`<div class="narrow">
<p>${w.t('sent.text', { mpnId: mpnId.data })}</p>
<p>${w.t('sent.spam')}</p>
<p><a href="/portal?${String(new URLSearchParams({ mpnId: mpnId.data }))}">${w.t('sent.logIn')}</a></p>
</div>`,
    );
  },
});
