import { html } from '../html.js';
import { definePage, showPage } from '../page.js';

/** Any other address under the portal: a page that says so, in the reader's language. */
export const notFound = definePage({
  name: 'portal-not-found',
  method: 'GET',
  path: '/portal/{proxy+}',
  access: 'anyone',
  handle: async ({ words: w, session }) =>
    showPage(
      w.t('page.notFound.title'),
      html`<p>${w.t('page.notFound.text')}</p><p><a href="${session ? '/portal/dashboard' : '/portal'}">${w.t('page.notFound.home')}</a></p>`,
      404,
    ),
});
