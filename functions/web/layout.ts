import type { Words } from '../i18n/words.js';
import { type Html, html, render, trusted } from './html.js';
import { STYLE } from './style.js';

/** Who is looking at a page: a partner in session (its navigation and a way out), or anyone. */
export type Viewer = { mpnId: string; csrf: string } | undefined;

export type PageFrame = {
  title: string;
  body: Html;
  viewer: Viewer;
  /** The page's own path: the navigation marks where the reader is. */
  path: string;
  /** For anyone: the same page in the other language (partners read theirs). */
  otherLanguageHref?: string;
  /** Go on to this path of the program at once (a browser that does not follow it shows a link). */
  refreshTo?: string;
  /** Words at the foot of the page, for its readers (partners, unless said). */
  footer?: string;
};

const NAV = [
  ['/portal/dashboard', 'layout.nav.dashboard'],
  ['/portal/campaigns', 'layout.nav.campaigns'],
  ['/portal/inquiries', 'layout.nav.inquiries'],
  ['/portal/payment-profile', 'layout.nav.payment'],
] as const;

const navigation = (
  w: Words,
  viewer: NonNullable<Viewer>,
  path: string,
) => html`<nav class="site" aria-label="${w.t('layout.nav.label')}">
<ul>${NAV.map(
  ([href, key]) =>
    html`<li><a href="${href}"${path === href || path.startsWith(`${href}/`) ? html` aria-current="page"` : ''}>${w.t(key)}</a></li>`,
)}</ul>
</nav>
<span class="who">${w.t('layout.signedInAs', { mpnId: viewer.mpnId })}</span>
<form class="inline" method="post" action="/portal/log-out">
<input type="hidden" name="_csrf" value="${viewer.csrf}">
<button class="link" type="submit">${w.t('layout.logOut')}</button>
</form>`;

const otherLanguage = (w: Words, href: string) => {
  const other = w.language === 'en' ? 'fr' : 'en';
  return html`<a href="${href}" lang="${other}" hreflang="${other}">${w.t('layout.language.switch')}</a>`;
};

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
<body>
<a class="skip" href="#content">${w.t('layout.skip')}</a>
<header class="site"><div class="bar">
<a class="brand" href="${frame.viewer ? '/portal/dashboard' : '/portal'}">${w.t('program.name')}</a>
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
