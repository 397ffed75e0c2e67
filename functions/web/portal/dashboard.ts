import { loadCatalog } from '../../application/campaign-catalog.js';
import { partnerRegistrations } from '../../application/partner-registrations.js';
import { table } from '../components.js';
import { html } from '../html.js';
import { definePage, showPage } from '../page.js';
import { statusBadge } from './registration-status.js';

/** The partner's registrations and where each stands, with the way to its rules and its statement. */
export const dashboard = definePage({
  name: 'portal-dashboard',
  method: 'GET',
  path: '/portal/dashboard',
  access: 'partner',
  handle: async ({ words: w, session }, deps) => {
    const mpnId = session?.mpnId ?? '';
    const [registrations, catalog] = await Promise.all([
      partnerRegistrations(deps.readModels, mpnId),
      loadCatalog(deps.store),
    ]);
    const nameOf = (campaignId: string) => catalog.get(campaignId)?.terms.name ?? campaignId;
    const welcome = session?.view
      ? html`<p>${w.t('dashboard.welcome', { companyName: session.view.companyName })}</p>`
      : '';
    if (registrations.length === 0) {
      return showPage(
        w.t('dashboard.title'),
        html`${welcome}<p>${w.t('dashboard.none')}</p><p><a href="/portal/campaigns">${w.t('dashboard.browse')}</a></p>`,
      );
    }
    const rows = registrations.map((r) => {
      const name = nameOf(r.campaignId);
      return [
        html`<a href="/portal/campaigns/${r.campaignId}" aria-label="${w.t('dashboard.viewCampaign', { name })}">${name}</a>`,
        statusBadge(w, r.status, r.reason),
        w.day(r.submittedAt),
        r.decidedAt ? w.day(r.decidedAt) : '',
        r.status === 'approved'
          ? html`<a href="/portal/statements/${r.campaignId}">${w.t('dashboard.viewStatement', { name })}</a>`
          : '',
      ];
    });
    return showPage(
      w.t('dashboard.title'),
      html`${welcome}
${table({
  caption: w.t('dashboard.caption'),
  head: [
    w.t('dashboard.campaign'),
    w.t('dashboard.status'),
    w.t('dashboard.submitted'),
    w.t('dashboard.decided'),
    w.t('dashboard.next'),
  ],
  rows,
})}
<p><a href="/portal/campaigns">${w.t('dashboard.browse')}</a></p>`,
    );
  },
});
