import type { PublishedCampaign } from '../../../domain/campaigns/campaign.js';
import { campaignPhase } from '../../../domain/campaigns/campaign-phase.js';
import type { RegistrationStatus } from '../../../domain/registrations/registration.js';
import { instantMs } from '../../../events/instant.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import { campaignRegistrations } from '../../application/staff/campaign-registrations.js';
import type { Words } from '../../i18n/words.js';
import { paragraph, table } from '../components.js';
import { html } from '../html.js';
import { type ConsoleDeps, definePage, showPage } from '../page.js';
import { kindOf } from '../portal/campaign-rules.js';
import { NEW_CAMPAIGN_PATH } from './campaign-form.js';
import { phaseWords } from './campaign-words.js';

const STATUSES: readonly RegistrationStatus[] = ['pending-approval', 'approved', 'rejected', 'expired'];

/** "2 waiting for approval and 5 approved": the statuses a campaign's registrations are in. */
function registrationCounts(w: Words, statuses: readonly RegistrationStatus[]): string {
  const counted = STATUSES.flatMap((status) => {
    const n = statuses.filter((s) => s === status).length;
    return n > 0 ? [w.count(`admin.count.${status}`, n)] : [];
  });
  return counted.length > 0 ? w.list(counted) : w.t('admin.campaigns.noRegistrations');
}

// The newest period first: the campaigns an admin follows now are at the top.
const newestFirst = (a: PublishedCampaign, b: PublishedCampaign) =>
  instantMs(b.terms.period.start) - instantMs(a.terms.period.start) ||
  a.campaignId.localeCompare(b.campaignId);

/** Every published campaign: its kind, dates, where it stands and how its registrations stand. */
export const campaigns = definePage<ConsoleDeps>({
  name: 'console-campaigns',
  method: 'GET',
  path: '/console/campaigns',
  access: 'program-admin',
  handle: async ({ words: w }, deps) => {
    const catalog = [...(await loadCatalog(deps.store)).values()].sort(newestFirst);
    const registrations = await Promise.all(
      catalog.map((c) => campaignRegistrations(deps.readModels, c.campaignId)),
    );
    const now = deps.clock.now();
    const body = html`${paragraph(w.t('admin.campaigns.intro'))}
<p class="actions"><a class="button" href="${NEW_CAMPAIGN_PATH}">${w.t('admin.campaigns.new')}</a></p>
${
  catalog.length === 0
    ? paragraph(w.t('admin.campaigns.none'))
    : table({
        caption: w.t('admin.campaigns.caption'),
        head: [
          w.t('admin.campaigns.col.name'),
          w.t('admin.campaigns.col.kind'),
          w.t('admin.campaigns.col.period'),
          w.t('admin.campaigns.col.deadline'),
          w.t('admin.campaigns.col.phase'),
          w.t('admin.campaigns.col.registrations'),
        ],
        rows: catalog.map(({ campaignId, terms }, i) => [
          html`<a href="/console/campaigns/${campaignId}">${terms.name}</a>`,
          kindOf(w, terms),
          w.t('admin.campaigns.period', { start: w.day(terms.period.start), end: w.day(terms.period.end) }),
          w.instant(terms.registrationDeadline),
          phaseWords(w, campaignPhase(terms, now)),
          registrationCounts(
            w,
            (registrations[i] ?? []).map((r) => r.status),
          ),
        ]),
      })
}`;
    return showPage(w.t('admin.campaigns.title'), body);
  },
});
