import { html } from '../html.js';
import { type ConsoleDeps, definePage, showPage } from '../page.js';

/** Where a person lands: who they are signed in as, and what each of their roles does here. */
export const home = definePage<ConsoleDeps>({
  name: 'console-home',
  method: 'GET',
  path: '/console',
  access: 'staff',
  handle: async ({ words: w, staff }) => {
    const roles = staff?.roles ?? [];
    return showPage(
      w.t('console.home.title'),
      html`<p>${
        staff?.name && staff.name !== staff.email
          ? w.t('console.home.signedInAs', { name: staff.name, email: staff.email })
          : w.t('console.home.signedInAsEmail', { email: staff?.email ?? '' })
      }</p>
<p>${w.t('console.home.roles', { roles: w.list(roles.map((role) => w.t(`role.${role}`))) })}</p>
<ul class="plain">${roles.map((role) => html`<li>${w.t(`console.home.${role}`)}</li>`)}</ul>`,
    );
  },
});
