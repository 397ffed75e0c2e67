import { campaignPhase } from '../../../domain/campaigns/campaign-phase.js';
import type { StaffMember } from '../../../domain/staff/staff-member.js';
import { TermsText } from '../../../events/campaigns.js';
import { multiLine } from '../../../events/fields.js';
import { publishCampaign } from '../../application/publish-campaign.js';
import { type CampaignChange, campaignRecord } from '../../application/staff/campaign-record.js';
import {
  type CampaignRegistration,
  campaignRegistrations,
} from '../../application/staff/campaign-registrations.js';
import { listStaff } from '../../application/staff/staff-list.js';
import type { Words } from '../../i18n/words.js';
import {
  details,
  emptyForm,
  type FormState,
  notice,
  paragraph,
  postForm,
  table,
  textAreaField,
} from '../components.js';
import { readForm, refusedField } from '../form.js';
import { type Html, html } from '../html.js';
import {
  type ConsoleDeps,
  definePage,
  type PageAnswer,
  type PageContext,
  redirectTo,
  showPage,
} from '../page.js';
import { campaignRules, kindOf } from '../portal/campaign-rules.js';
import { statusBadge } from '../portal/registration-status.js';
import { shortVersion } from './campaign-preview.js';
import { phaseSentence } from './campaign-words.js';
import { withLineFeeds } from './typed-values.js';

/** What the admin just did to this campaign, as recorded: said only when its latest change was theirs. */
function doneNotice(w: Words, latest: CampaignChange, email: string): Html | '' {
  if (latest.actor.id !== email) return '';
  return latest.type === 'CampaignPublished'
    ? notice('ok', w.t('admin.campaign.published', { date: w.instant(latest.at) }))
    : notice(
        'ok',
        w.t('admin.campaign.revised', {
          date: w.instant(latest.at),
          version: shortVersion(latest.termsSha256),
        }),
      );
}

const decided = (w: Words, r: CampaignRegistration, staff: ReadonlyMap<string, StaffMember>) => {
  if (!r.decidedAt) return '';
  if (!r.decidedBy) return w.instant(r.decidedAt);
  const name = staff.get(r.decidedBy.toLowerCase())?.name;
  const who = name ? w.t('admin.registration.person', { name, email: r.decidedBy }) : r.decidedBy;
  return w.t('admin.registration.decided', { date: w.instant(r.decidedAt), who });
};

function registrationsTable(
  w: Words,
  registrations: readonly CampaignRegistration[],
  staff: ReadonlyMap<string, StaffMember>,
): Html {
  if (registrations.length === 0) return paragraph(w.t('admin.campaign.noRegistrations'));
  return table({
    caption: w.t('admin.campaign.registrations.caption'),
    head: [
      w.t('admin.registration.partner'),
      w.t('admin.registration.status'),
      w.t('admin.registration.submitted'),
      w.t('admin.registration.decidedCol'),
      w.t('admin.registration.reason'),
      w.t('admin.registration.historyCol'),
    ],
    rows: registrations.map((r) => [
      w.t('approval.partnerName', { companyName: r.companyName, mpnId: r.mpnId }),
      statusBadge(w, r.status),
      w.instant(r.submittedAt),
      decided(w, r, staff),
      // An expired registration's reason is the program's own sentence, which its status already says.
      r.status === 'rejected' ? (r.reason ?? '') : '',
      html`<a href="/console/history/registration/${r.registrationId}">${w.t('admin.registration.history')}</a>`,
    ]),
  });
}

const notFound = (w: Words) =>
  showPage(w.t('page.notFound.title'), paragraph(w.t('admin.campaign.notFound')), 404);

async function campaignPage(
  { words: w, params, query, staff, csrf }: PageContext,
  deps: ConsoleDeps,
  termsForm?: FormState,
  status = 200,
): Promise<PageAnswer> {
  const campaignId = params.campaignId ?? '';
  const record = await campaignRecord(deps.store, campaignId);
  if (!record) return notFound(w);
  const { campaign, latest } = record;
  const { terms } = campaign;
  const [registrations, people] = await Promise.all([
    campaignRegistrations(deps.readModels, campaignId),
    listStaff(deps.store),
  ]);
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const shownForm = termsForm ?? emptyForm({ termsText: campaign.termsText });
  const body = html`${query.published || query.revised ? doneNotice(w, latest, staff?.email ?? '') : ''}
${details([
  [w.t('admin.campaign.id'), campaignId],
  [w.t('admin.campaigns.col.kind'), kindOf(w, terms)],
  [w.t('admin.campaigns.col.phase'), phaseSentence(w, campaignPhase(terms, deps.clock.now()), terms)],
  [w.t('admin.campaign.publishedAt'), w.instant(campaign.publishedAt)],
  [w.t('admin.campaign.termsVersion'), shortVersion(campaign.termsSha256)],
])}
<section aria-labelledby="registrations">
<h2 id="registrations">${w.t('admin.campaign.registrations')}</h2>
${registrationsTable(w, registrations, byEmail)}
</section>
<section aria-labelledby="rules">
<h2 id="rules">${w.t('admin.campaign.rules')}</h2>
${paragraph(w.t('campaign.deadline', { date: w.instant(terms.registrationDeadline) }))}
${campaignRules(w, terms)}
</section>
<section aria-labelledby="terms">
<h2 id="terms">${w.t('campaign.terms')}</h2>
<p>${w.t('campaign.terms.version', { version: shortVersion(campaign.termsSha256) })}</p>
<div class="terms" role="region" tabindex="0" aria-label="${w.t('campaign.terms.region', { name: terms.name })}">${campaign.termsText}</div>
<details class="revise"${termsForm ? html` open=""` : ''}>
<summary>${w.t('admin.terms.revise')}</summary>
${paragraph(w.t('admin.terms.revise.intro'))}
${postForm(w, shownForm, {
  action: `/console/campaigns/${campaignId}/terms`,
  csrf,
  submit: 'admin.terms.revise.submit',
  fields: textAreaField(w, shownForm, {
    name: 'termsText',
    label: 'admin.terms.newText',
    maxlength: 200_000,
    rows: 12,
  }),
})}
</details>
</section>`;
  return showPage(terms.name, body, status);
}

/** One campaign: where it stands, its registrations and who decided them, its rules and its T&C. */
export const campaign = definePage<ConsoleDeps>({
  name: 'console-campaign',
  method: 'GET',
  path: '/console/campaigns/{campaignId}',
  access: 'program-admin',
  handle: (context, deps) => campaignPage(context, deps),
});

const TermsForm = { termsText: multiLine(TermsText) };

/**
 * A new T&C text for the campaign, published as the API does (the same terms with a new text):
 * partners who register from then on sign the new version.
 */
export const reviseTerms = definePage<ConsoleDeps>({
  name: 'console-campaign-revise-terms',
  method: 'POST',
  path: '/console/campaigns/{campaignId}/terms',
  access: 'program-admin',
  handle: async (context, deps) => {
    const { words: w, params, form, metadata } = context;
    const record = await campaignRecord(deps.store, params.campaignId ?? '');
    if (!record) return notFound(w);
    const termsText = withLineFeeds(form.termsText ?? '');
    const read = readForm(w, { termsText }, TermsForm, { termsText: 'admin.form.termsText.invalid' });
    if (!read.ok) return campaignPage(context, deps, { ...read.state, values: form }, 400);
    const revised = await publishCampaign(
      deps,
      { terms: record.campaign.terms, termsText: read.data.termsText },
      metadata,
    );
    if (!revised.ok) throw new Error(`Revising the T&C of ${record.campaign.campaignId} was refused`);
    if (!revised.changed) {
      return campaignPage(context, deps, refusedField(form, 'termsText', w.t('admin.terms.unchanged')), 409);
    }
    return redirectTo(`/console/campaigns/${record.campaign.campaignId}?revised=1`);
  },
});
