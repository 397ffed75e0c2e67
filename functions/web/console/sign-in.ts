import { STAFF_SESSION_MS, signInStaff, signOutStaff } from '../../application/staff/staff-sessions.js';
import type { Words } from '../../i18n/words.js';
import { STAFF_CONSOLE_RETURNS } from '../../runtime/staff-identity.js';
import {
  signPendingSignIn,
  signStaffSessionToken,
  verifyPendingSignIn,
} from '../../security/staff-session-tokens.js';
import { notice } from '../components.js';
import { clearCookie, cookieNamed, cookiesOf, setCookie } from '../cookies.js';
import { html } from '../html.js';
import { sitePathOrNothing } from '../local-path.js';
import { type ConsoleDeps, definePage, type PageAnswer, redirectTo, showPage } from '../page.js';

/** How long a browser may spend at the identity service before its sign-in is stale. */
const PENDING_SECONDS = 600;
const PENDING = 'staff-sign-in';

// A link, not a form: the page's policy lets forms post only to the program, and the way to the
// identity service is a redirect to another site.
const signInPage = (w: Words, next: string | undefined, message?: Parameters<typeof notice>, status = 200) =>
  showPage(
    w.t('console.signIn.title'),
    html`<div class="narrow">
${message ? notice(...message) : ''}
<p>${w.t('console.signIn.intro')}</p>
<p><a class="button primary" href="/console/sign-in/start${next ? `?${new URLSearchParams({ next })}` : ''}">${w.t('console.signIn.submit')}</a></p>
</div>`,
    status,
  );

/** Where a browser without a session is sent; it says why when a session ended or the person left. */
export const signIn = definePage<ConsoleDeps>({
  name: 'console-sign-in',
  method: 'GET',
  path: '/console/sign-in',
  access: 'anyone',
  handle: async ({ words: w, query, staff }) => {
    const next = sitePathOrNothing('console', query.next);
    if (staff) return redirectTo(next ?? '/console');
    const message: Parameters<typeof notice> | undefined = query.ended
      ? ['info', w.t('console.signIn.ended')]
      : query.out
        ? ['ok', w.t('console.signIn.out')]
        : undefined;
    return signInPage(w, next, message);
  },
});

/**
 * Off to the identity service. What ties its answer to this browser (state, PKCE verifier, nonce)
 * stays in a signed, HttpOnly cookie that is Lax, so that the browser brings it back from there.
 */
export const signInStart = definePage<ConsoleDeps>({
  name: 'console-sign-in-start',
  method: 'GET',
  path: '/console/sign-in/start',
  access: 'anyone',
  handle: async ({ query }, deps) => {
    const next = sitePathOrNothing('console', query.next) ?? '/console';
    const { location, pending } = deps.staffSignIn.start(
      `${deps.publicBaseUrl}${STAFF_CONSOLE_RETURNS.signedIn}`,
    );
    const exp = new Date(Date.parse(deps.clock.now()) + PENDING_SECONDS * 1000).toISOString();
    const token = signPendingSignIn(await deps.sessionKey(), { ...pending, next, exp });
    return redirectTo(location, [
      setCookie(PENDING, token, { maxAgeSeconds: PENDING_SECONDS, sameSite: 'Lax' }),
    ]);
  },
});

/**
 * Back from the identity service: the person it vouches for gets a session if the directory gives
 * them a role. The session's cookie is Strict, and a browser coming from another site leaves it
 * behind once more: the page takes one step from this site to where the person was going.
 */
export const signedIn = definePage<ConsoleDeps>({
  name: 'console-signed-in',
  method: 'GET',
  path: STAFF_CONSOLE_RETURNS.signedIn,
  access: 'anyone',
  handle: async ({ words: w, query, event, metadata }, deps): Promise<PageAnswer> => {
    const key = await deps.sessionKey();
    const token = cookieNamed(cookiesOf(event), PENDING);
    const pending = token ? verifyPendingSignIn(key, token, deps.clock.now()) : undefined;
    const person = pending
      ? await deps.staffSignIn.finish(`${deps.publicBaseUrl}${STAFF_CONSOLE_RETURNS.signedIn}`, pending, {
          code: query.code ?? '',
          state: query.state ?? '',
        })
      : undefined;
    const spent = [clearCookie(PENDING)];
    if (!pending || !person) {
      return {
        ...signInPage(w, pending?.next, ['bad', w.t('console.signIn.failed')], 400),
        cookies: spent,
      };
    }
    const { correlationId, causationId } = metadata;
    const opened = await signInStaff(deps, person, { correlationId, causationId });
    if (!opened.ok) {
      return {
        ...showPage(
          w.t('console.notStaff.title'),
          html`<p>${w.t('console.notStaff.text', { email: person.email })}</p>`,
          403,
        ),
        cookies: spent,
      };
    }
    const maxAgeSeconds = STAFF_SESSION_MS / 1000;
    return {
      ...showPage(
        w.t('page.continue.title'),
        html`<p><a href="${pending.next}">${w.t('page.continue.link')}</a></p>`,
      ),
      refreshTo: pending.next,
      cookies: [
        ...spent,
        setCookie('staff', signStaffSessionToken(key, opened.session), { maxAgeSeconds, sameSite: 'Strict' }),
        setCookie('staff-signed-in', '1', { maxAgeSeconds, sameSite: 'Lax' }),
      ],
    };
  },
});

/**
 * Ends the person's sessions here, then at the identity service, which sends the browser back.
 * A page takes that step, not a redirect: the page's policy lets a form lead only to the program.
 */
export const signOut = definePage<ConsoleDeps>({
  name: 'console-sign-out',
  method: 'POST',
  path: '/console/sign-out',
  access: 'staff',
  handle: async ({ words: w, staff, metadata }, deps) => {
    if (staff) await signOutStaff(deps, staff.email, metadata);
    const there = deps.staffSignIn.signOutLocation(`${deps.publicBaseUrl}${STAFF_CONSOLE_RETURNS.signedOut}`);
    return {
      ...showPage(
        w.t('console.signOut.title'),
        html`<p><a href="${there}">${w.t('console.signOut.continue')}</a></p>`,
      ),
      refreshTo: there,
      cookies: [clearCookie('staff'), clearCookie('staff-signed-in')],
    };
  },
});
