import * as z from 'zod';
import type { Refusal } from '../../../domain/refusal.js';
import { MpnId } from '../../../events/fields.js';
import { type LogInRefusalCode, logIn } from '../../application/log-in.js';
import { logOut } from '../../application/log-out.js';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, notice, postForm, textField } from '../components.js';
import { clearCookie, setCookie, YEAR_SECONDS } from '../cookies.js';
import { readForm, refusedField, refusedForm } from '../form.js';
import { html } from '../html.js';
import { portalPathOrNothing } from '../local-path.js';
import { definePage, redirectTo, showPage } from '../page.js';

const AccessCode = z.string().trim().min(1).max(64);

function logInPage(
  w: Words,
  form: FormState,
  csrf: string,
  next: string | undefined,
  message?: string,
  status = 200,
) {
  const action = next ? `/portal/log-in?${new URLSearchParams({ next })}` : '/portal/log-in';
  return showPage(
    w.t('logIn.title'),
    html`<div class="narrow">
${message ? notice('info', message) : ''}
<p>${w.t('logIn.intro')}</p>
${postForm(w, form, {
  action,
  csrf,
  submit: 'logIn.submit',
  fields: [
    textField(w, form, {
      name: 'mpnId',
      label: 'logIn.mpnId',
      hint: 'logIn.mpnId.hint',
      autocomplete: 'username',
      inputmode: 'numeric',
      maxlength: 10,
    }),
    textField(w, form, {
      name: 'accessCode',
      label: 'logIn.accessCode',
      hint: 'logIn.accessCode.hint',
      autocomplete: 'one-time-code',
      maxlength: 64,
    }),
  ],
})}
<ul class="plain">
<li><a href="/portal/access-code">${w.t('logIn.noCode')}</a></li>
<li><a href="/portal/sign-up">${w.t('logIn.new')}</a></li>
</ul>
</div>`,
    status,
  );
}

/** The portal's door: log in with the MPN ID and the emailed code (an email's link fills in the MPN ID). */
export const home = definePage({
  name: 'portal-home',
  method: 'GET',
  path: '/portal',
  access: 'anyone',
  handle: async ({ words: w, query, session, csrf }) => {
    if (session) return redirectTo('/portal/dashboard');
    const message = query.out ? w.t('logIn.loggedOut') : query.ended ? w.t('logIn.sessionEnded') : undefined;
    return logInPage(
      w,
      emptyForm({ mpnId: query.mpnId ?? '' }),
      csrf,
      portalPathOrNothing(query.next),
      message,
    );
  },
});

export const root = definePage({
  name: 'portal-root',
  method: 'GET',
  path: '/',
  access: 'anyone',
  handle: async () => redirectTo('/portal'),
});

const SESSION_COOKIES = ['session', 'signed-in'] as const;

/** How a refused login shows on its form: what went wrong, beside the code or above the form. */
function refusalOnForm(
  w: Words,
  form: Readonly<Record<string, string>>,
  refusal: Refusal<LogInRefusalCode>,
): [status: number, state: FormState] {
  switch (refusal.code) {
    case 'too-many-logins': {
      const minutes = Math.ceil((refusal.retryAfterSeconds ?? 60) / 60);
      return [429, refusedForm(form, w.count('tooMany.minutes', minutes))];
    }
    case 'access-code-expired':
      return [410, refusedField(form, 'accessCode', w.t('logIn.expired'))];
    case 'access-code-locked':
      return [429, refusedField(form, 'accessCode', w.t('logIn.locked'))];
    default:
      return [401, refusedField(form, 'accessCode', w.t('logIn.wrongCode'))];
  }
}

/**
 * A right code opens a session kept in an HttpOnly cookie the page's scripts (it has none) could not
 * read either; a refusal shows the form again, saying what to do in the partner's words.
 */
export const logInPost = definePage({
  name: 'portal-log-in',
  method: 'POST',
  path: '/portal/log-in',
  access: 'anyone',
  handle: async ({ words: w, form, query, csrf, sourceIp, metadata }, deps) => {
    const next = portalPathOrNothing(query.next);
    const read = readForm(
      w,
      form,
      { mpnId: MpnId, accessCode: AccessCode },
      {
        mpnId: 'logIn.mpnId.invalid',
        accessCode: 'logIn.accessCode.invalid',
      },
    );
    if (!read.ok) return logInPage(w, read.state, csrf, next, undefined, 400);
    const session = await logIn(deps, { ...read.data, sourceIp }, metadata);
    if (session.ok) {
      const maxAgeSeconds = (Date.parse(session.expiresAt) - Date.parse(deps.clock.now())) / 1000;
      const { language, timeZone } = session.reader;
      return redirectTo(next ?? '/portal/dashboard', [
        setCookie('session', session.token, { maxAgeSeconds, sameSite: 'Strict' }),
        setCookie('signed-in', '1', { maxAgeSeconds, sameSite: 'Lax' }),
        // The partner's view in the read models may lag its events: the browser keeps what it reads in.
        ...(language ? [setCookie('lang', language, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Lax' })] : []),
        ...(timeZone ? [setCookie('tz', timeZone, { maxAgeSeconds: YEAR_SECONDS, sameSite: 'Lax' })] : []),
      ]);
    }
    const { refusal } = session;
    const [status, state] = refusalOnForm(w, form, refusal);
    return logInPage(w, state, csrf, next, undefined, status);
  },
});

export const logOutPost = definePage({
  name: 'portal-log-out',
  method: 'POST',
  path: '/portal/log-out',
  access: 'partner',
  handle: async ({ session, metadata }, deps) => {
    if (session) await logOut(deps, session, metadata);
    return redirectTo('/portal?out=1', SESSION_COOKIES.map(clearCookie));
  },
});
