import type { StaffRole } from '../../events/staff.js';
import type { MessageKey } from '../i18n/catalogs/index.js';
import type { Words } from '../i18n/words.js';
import { type Html, html, render, trusted } from './html.js';
import { STYLE } from './style.js';

/**
 * Who is looking at a page: a partner in session or a member of the staff (each with their
 * navigation and a way out), or anyone.
 */
export type Viewer =
  | { kind: 'partner'; mpnId: string; csrf: string }
  | { kind: 'staff'; name: string; roles: readonly StaffRole[]; csrf: string }
  | undefined;

export type PageFrame = {
  title: string;
  body: Html;
  viewer: Viewer;
  /** The page's own path: the navigation marks where the reader is. */
  path: string;
  /** For anyone: the same page in the other language (partners read theirs). */
  otherLanguageHref?: string;
  /** Go on to this path of the program at once, or (signing out) to the identity service; a browser that does not follow it shows a link. */
  refreshTo?: string;
  /** Words at the foot of the page, for its readers (partners, unless said). */
  footer?: string;
};

type NavLink = readonly [href: string, key: MessageKey];

const PARTNER_NAV: readonly NavLink[] = [
  ['/portal/dashboard', 'layout.nav.dashboard'],
  ['/portal/campaigns', 'layout.nav.campaigns'],
  ['/portal/inquiries', 'layout.nav.inquiries'],
  ['/portal/payment-profile', 'layout.nav.payment'],
];

/** Each role's pages; a person sees the links of every role they hold, once each. */
const STAFF_NAV: Readonly<Record<StaffRole, readonly NavLink[]>> = {
  approver: [['/console/approvals', 'layout.nav.approvals']],
  finance: [
    ['/console/payouts', 'layout.nav.payouts'],
    ['/console/payment-runs', 'layout.nav.paymentRuns'],
    ['/console/inquiries', 'layout.nav.financeInquiries'],
    ['/console/fraud-flags', 'layout.nav.fraudFlags'],
  ],
  'program-admin': [
    ['/console/campaigns', 'layout.nav.adminCampaigns'],
    ['/console/staff', 'layout.nav.staff'],
  ],
};

const staffLinks = (roles: readonly StaffRole[]): NavLink[] => [
  ['/console', 'layout.nav.home'],
  ...(['approver', 'finance', 'program-admin'] as const)
    .filter((r) => roles.includes(r))
    .flatMap((r) => STAFF_NAV[r]),
  ['/console/history', 'layout.nav.history'],
];

const current = (path: string, href: string) =>
  path === href || (href !== '/console' && path.startsWith(`${href}/`));

const navigation = (w: Words, viewer: NonNullable<Viewer>, path: string) => {
  const links = viewer.kind === 'partner' ? PARTNER_NAV : staffLinks(viewer.roles);
  const who =
    viewer.kind === 'partner'
      ? w.t('layout.signedInAs', { mpnId: viewer.mpnId })
      : w.t('layout.staffSignedInAs', { name: viewer.name });
  const out = viewer.kind === 'partner' ? '/portal/log-out' : '/console/sign-out';
  return html`<nav class="site" aria-label="${w.t('layout.nav.label')}">
<ul>${links.map(
    ([href, key]) =>
      html`<li><a href="${href}"${current(path, href) ? html` aria-current="page"` : ''}>${w.t(key)}</a></li>`,
  )}</ul>
</nav>
<span class="who">${who}</span>
<form class="inline" method="post" action="${out}">
<input type="hidden" name="_csrf" value="${viewer.csrf}">
<button class="link" type="submit">${w.t('layout.logOut')}</button>
</form>`;
};

const otherLanguage = (w: Words, href: string) => {
  const other = w.language === 'en' ? 'fr' : 'en';
  return html`<a href="${href}" lang="${other}" hreflang="${other}">${w.t('layout.language.switch')}</a>`;
};

const brandHref = (viewer: Viewer) =>
  viewer?.kind === 'staff' ? '/console' : viewer?.kind === 'partner' ? '/portal/dashboard' : '/portal';

/** A whole page: the program's frame around its body, in the reader's language. */
export function layout(w: Words, frame: PageFrame): string {
  const page = html`<!doctype html>
<html lang="${w.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${frame.refreshTo ? html`<meta http-equiv="refresh" content="0; url=${frame.refreshTo}">` : ''}
<title>${w.t('layout.title', { page: frame.title, program: w.t('program.name') })}</title>
<style>${trusted(STYLE)}</style>
</head>
<body${frame.viewer?.kind === 'staff' ? html` class="staff"` : ''}>
<a class="skip" href="#content">${w.t('layout.skip')}</a>
<header class="site"><div class="bar">
<a class="brand" href="${brandHref(frame.viewer)}">${w.t('program.name')}</a>
${frame.viewer ? navigation(w, frame.viewer, frame.path) : ''}
${frame.otherLanguageHref ? otherLanguage(w, frame.otherLanguageHref) : ''}
</div></header>
<main id="content" tabindex="-1">
<h1>${frame.title}</h1>
${frame.body}
</main>
<footer class="site"><p>${frame.footer ?? w.t('layout.footer')}</p></footer>
</body>
</html>
`;
  return render(page);
}
