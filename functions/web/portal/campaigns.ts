import { openForRegistration } from '../../../domain/campaigns/catalog.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import { partnerRegistrations } from '../../application/partner-registrations.js';
import { paragraph } from '../components.js';
import { html } from '../html.js';
import { definePage, showPage } from '../page.js';
import { kindOf } from './campaign-rules.js';

/** The catalogue: every campaign still open for registration, soonest deadline first. */
export const campaigns = definePage({
  name: 'portal-campaigns',
  method: 'GET',
  path: '/portal/campaigns',
  access: 'partner',
  handle: async ({ words: w, session }, deps) => {
    const [catalog, registrations] = await Promise.all([
      loadCatalog(deps.store),
      session ? partnerRegistrations(deps.readModels, session.mpnId) : [],
    ]);
    const open = openForRegistration(catalog, deps.clock.now());
    const mine = new Map(registrations.map((r) => [r.campaignId, r]));
    const cards = open.map(({ campaignId, terms }) => {
      const registration = mine.get(campaignId);
      return html`<section class="card" aria-labelledby="c-${campaignId}">
<h2 id="c-${campaignId}">${terms.name}</h2>
<p>${kindOf(w, terms)}</p>
<ul>
<li>${w.t('campaigns.period', { start: w.day(terms.period.start), end: w.day(terms.period.end) })}</li>
<li>${w.t('campaigns.registerBy', { date: w.instant(terms.registrationDeadline) })}</li>
</ul>
${registration ? html`<p>${w.t('campaigns.yours', { status: w.t(`status.${registration.status}`) })}</p>` : ''}
<p><a href="/portal/campaigns/${campaignId}">${w.t('campaigns.read')}</a></p>
</section>`;
    });
    return showPage(
      w.t('campaigns.title'),
      cards.length > 0 ? html`${cards}` : paragraph(w.t('campaigns.none')),
    );
  },
});
