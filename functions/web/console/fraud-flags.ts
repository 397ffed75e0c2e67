import { loadCatalog } from '../../application/campaign-catalog.js';
import { mapWithConcurrency } from '../../application/concurrency.js';
import {
  type FlagOnRecord,
  flaggedSales,
  flagOnRecord,
  programFlags,
} from '../../application/fraud/flags-on-record.js';
import { partnerNames } from '../../application/partner-names.js';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, notice, paragraph, postForm, selectField } from '../components.js';
import { type Html, html } from '../html.js';
import { type ConsoleDeps, definePage, type PageAnswer, type PageContext, showPage } from '../page.js';
import { type FlagCardFacts, flagCard } from './flag-card.js';
import { flagAnchor, kindText } from './flag-words.js';
import { partnerText } from './inquiry-words.js';

/** A form of the page sent and refused: the scan's, or one flag's review. */
export type RefusedFlagForm = { scan: FormState } | { review: FormState; flagId: string };

type Names = Pick<FlagCardFacts, 'partnerOf' | 'campaignOf'>;

// Each flag's sales are read apart: a few flags at a time.
const FLAGS_IN_FLIGHT = 8;

/**
 * The scan this person just ran, read from the flags it raised: in their name, on that campaign,
 * by that request. A scan that finds nothing new records nothing, so that is all it can say then.
 */
function scanNotice(
  w: Words,
  flags: readonly FlagOnRecord[],
  names: Names,
  query: Record<string, string>,
  email: string,
): Html | '' {
  const { scanned = '', scan = '' } = query;
  if (!scanned || !scan) return '';
  const raised = flags.filter(
    (f) => f.campaignId === scanned && f.raisedIn === scan && f.raisedBy.id === email,
  );
  const campaign = names.campaignOf(scanned);
  if (raised.length === 0) return notice('ok', w.t('flagQueue.done.scannedNothing', { campaign }));
  return html`<div class="notice ok" role="status"><p>${w.count('flagQueue.done.scanned', raised.length, { campaign })}</p>
<ul>${raised.map(
    (f) =>
      html`<li><a href="#${flagAnchor(f.flagId)}">${w.t('flagQueue.done.item', { kind: kindText(w, f), partner: names.partnerOf(f.mpnId) })}</a></li>`,
  )}</ul></div>`;
}

/** The review this person just recorded, read from the flag's stream (the list may lag behind it). */
function reviewNotice(w: Words, names: Names, flag: FlagOnRecord | undefined, email: string): Html | '' {
  if (!flag || flag.status === 'open' || flag.reviewedBy?.id !== email) return '';
  const params = { kind: kindText(w, flag), partner: names.partnerOf(flag.mpnId) };
  return notice('ok', w.t(`flagQueue.done.${flag.status}`, params));
}

/** A review refused, said at the top too: its card may be far down the page. */
function refusedReviewNotice(w: Words, refused: RefusedFlagForm | undefined): Html | '' {
  if (!refused || !('flagId' in refused)) return '';
  const problems = [refused.review.problem, ...Object.values(refused.review.errors)].filter(Boolean);
  return html`<div class="notice bad" role="alert"><p><strong>${w.t('form.errors.title')}</strong></p><ul>${problems.map(
    (problem) => html`<li><a href="#${flagAnchor(refused.flagId)}-note">${problem}</a></li>`,
  )}</ul></div>`;
}

function scanForm(
  w: Words,
  campaigns: readonly (readonly [string, string])[],
  csrf: string,
  form: FormState,
) {
  const fields =
    campaigns.length === 0
      ? paragraph(w.t('flagQueue.scan.noCampaign'))
      : postForm(w, form, {
          action: '/console/fraud-flags/scan',
          csrf,
          submit: 'flagQueue.scan.submit',
          label: w.t('flagQueue.scan'),
          fields: selectField(w, form, {
            name: 'campaignId',
            label: 'flagQueue.campaign',
            options: campaigns,
          }),
        });
  return html`<section class="card" aria-labelledby="scan">
<h2 id="scan">${w.t('flagQueue.scan')}</h2>
${paragraph(w.t('flagQueue.scan.intro'))}
${fields}
</section>`;
}

/**
 * Finance's fraud flags: a scan to run over a campaign, then every flag, open ones first, each
 * with what its check saw, its sales and the form to confirm or clear it.
 */
export async function flagsPage(
  { words: w, query, staff, csrf }: PageContext,
  deps: ConsoleDeps,
  refused?: RefusedFlagForm,
  status = 200,
): Promise<PageAnswer> {
  const [flags, catalog, justReviewed] = await Promise.all([
    programFlags(deps.store),
    loadCatalog(deps.store),
    query.reviewed ? flagOnRecord(deps.store, query.reviewed) : undefined,
  ]);
  const mpnIds = flags.flatMap((f) => [f.mpnId, ...String(f.evidence.alsoClaimedBy ?? '').split(',')]);
  const [companyOf, sales] = await Promise.all([
    partnerNames(deps.readModels, mpnIds.filter(Boolean)),
    mapWithConcurrency(flags, FLAGS_IN_FLIGHT, (flag) => flaggedSales(deps.store, flag)),
  ]);
  const names: Names = {
    partnerOf: (mpnId) => partnerText(w, companyOf(mpnId), mpnId),
    campaignOf: (campaignId) => catalog.get(campaignId)?.terms.name ?? campaignId,
  };
  const email = staff?.email ?? '';
  const cards = (wanted: (flag: FlagOnRecord) => boolean) =>
    flags.flatMap((flag, i) =>
      wanted(flag)
        ? [
            flagCard(
              w,
              flag,
              { ...names, sales: sales[i] ?? [] },
              csrf,
              refused && 'flagId' in refused && refused.flagId === flag.flagId ? refused.review : undefined,
            ),
          ]
        : [],
    );
  const open = cards((f) => f.status === 'open');
  const reviewed = cards((f) => f.status !== 'open');
  const campaigns = [...catalog.values()].map((c) => [c.campaignId, c.terms.name] as const);
  const body = html`${refusedReviewNotice(w, refused)}
${scanNotice(w, flags, names, query, email)}
${reviewNotice(w, names, justReviewed, email)}
${paragraph(w.t('flagQueue.intro'))}
${scanForm(w, campaigns, csrf, refused && 'scan' in refused ? refused.scan : emptyForm())}
<section aria-labelledby="open-flags">
<h2 id="open-flags">${w.count('flagQueue.open', open.length)}</h2>
${open.length > 0 ? open : paragraph(w.t('flagQueue.open.none'))}
</section>
${
  reviewed.length > 0
    ? html`<section aria-labelledby="reviewed-flags">
<h2 id="reviewed-flags">${w.t('flagQueue.reviewed')}</h2>
${reviewed}
</section>`
    : ''
}`;
  return showPage(w.t('flagQueue.title'), body, status);
}

export const fraudFlags = definePage<ConsoleDeps>({
  name: 'console-fraud-flags',
  method: 'GET',
  path: '/console/fraud-flags',
  access: 'finance',
  handle: (context, deps) => flagsPage(context, deps),
});
