import * as z from 'zod';
import type { PaymentPosition } from '../../../domain/payouts/payment-run.js';
import { moneyByStage, payoutStanding } from '../../../domain/payouts/payout-standing.js';
import { loadCampaign, loadCatalog } from '../../application/campaign-catalog.js';
import { partnerNames } from '../../application/partner-names.js';
import {
  campaignPaymentPositions,
  positionsOfCampaigns,
} from '../../application/payouts/payment-positions.js';
import { payoutsRecordedBy } from '../../application/payouts/payouts-recorded-by.js';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, paragraph, table } from '../components.js';
import { type Html, html } from '../html.js';
import { type ConsoleDeps, definePage, type PageAnswer, type PageContext, showPage } from '../page.js';
import { runActions, runNotice } from './payment-run-notice.js';
import { closeSection, paymentSection, scheduleSection } from './payment-run-sections.js';

export const RUNS_PATH = '/console/payment-runs';

/** Where a page of a campaign's run is; `done` names what a post just did, `request` which request did it. */
export const runPath = (campaignId: string, done?: { action: string; request: string }) =>
  `${RUNS_PATH}/${campaignId}${done ? `?${new URLSearchParams({ done: done.action, request: done.request })}` : ''}`;

const positionsMoney = (positions: readonly PaymentPosition[]) =>
  moneyByStage(
    positions.map((p) => ({
      ...payoutStanding('approved', p),
      amountCents: 0,
      dueCents: p.dueCents,
      issuedCents: p.issuedCents,
    })),
  );

/** Every campaign, with what its payment runs have left: to schedule, held, scheduled, and paid. */
export const paymentRuns = definePage<ConsoleDeps>({
  name: 'console-payment-runs',
  method: 'GET',
  path: RUNS_PATH,
  access: 'finance',
  handle: async ({ words: w }, deps) => {
    const catalog = loadCatalog(deps.store);
    const campaigns = [...(await catalog).values()];
    const byCampaign = await positionsOfCampaigns(
      deps,
      campaigns.map((c) => c.campaignId),
      { catalog },
    );
    const rows = campaigns.map((campaign) => {
      const positions = byCampaign.get(campaign.campaignId) ?? [];
      const money = positionsMoney(positions);
      return [
        html`<a href="${runPath(campaign.campaignId)}">${campaign.terms.name}</a>`,
        w.number(positions.filter((p) => p.status !== 'not-closed').length),
        w.money(money['to-schedule']),
        w.money(money.held),
        w.money(money.scheduled),
        w.money(money.paid),
      ];
    });
    const body = html`${paragraph(w.t('console.runs.intro'))}
${
  rows.length === 0
    ? paragraph(w.t('console.runs.noCampaigns'))
    : table({
        caption: w.t('console.runs.caption'),
        head: [
          w.t('console.payouts.col.campaign'),
          w.t('console.runs.col.closedCount'),
          w.t('console.payouts.stage.to-schedule'),
          w.t('console.payouts.stage.held'),
          w.t('console.payouts.stage.scheduled'),
          w.t('console.payouts.stage.paid'),
        ],
        rows,
        numeric: [1, 2, 3, 4, 5],
      })
}`;
    return showPage(w.t('console.runs.title'), body);
  },
});

const notFoundPage = (w: Words, campaignId: string) =>
  showPage(w.t('console.runs.notFound.title'), paragraph(w.t('console.runs.notFound', { campaignId })), 404);

const Done = z.object({ done: z.enum(runActions), request: z.string().min(1).max(200) });

/** What the person's last post on this page did, read from what it recorded. */
async function doneNotice(
  { words: w, query, staff }: PageContext,
  deps: ConsoleDeps,
  campaignId: string,
  partnerName: (mpnId: string) => string,
): Promise<Html | ''> {
  const done = Done.safeParse(query);
  if (!done.success || !staff) return '';
  const recorded = await payoutsRecordedBy(deps.store, campaignId, {
    causationId: done.data.request,
    actorId: staff.email,
  });
  return runNotice(w, done.data.done, recorded, partnerName);
}

/**
 * A campaign's payment run, in its three steps: close the statements, run the payments (each held
 * one says why), and record each payment sent. `payment` is the payment form as it was refused.
 */
export async function runPage(
  context: PageContext,
  deps: ConsoleDeps,
  payment: FormState = emptyForm(),
  status = 200,
): Promise<PageAnswer> {
  const { words: w, params, csrf } = context;
  const campaignId = params.campaignId ?? '';
  const [campaign, found] = await Promise.all([
    loadCampaign(deps.store, campaignId),
    campaignPaymentPositions(deps, campaignId),
  ]);
  if (!campaign.ok || !found.ok) return notFoundPage(w, campaignId);
  const { positions } = found;
  const companyName = await partnerNames(deps.readModels, [
    ...positions.map((p) => p.mpnId),
    ...(payment.values.mpnId ? [payment.values.mpnId] : []),
  ]);
  const partnerName = (mpnId: string) =>
    w.t('approval.partnerName', { companyName: companyName(mpnId), mpnId });
  const { terms } = campaign.campaign;
  const view = { campaignId, positions, partnerName, companyName, csrf, payment };
  const refused = Object.keys(payment.errors).length > 0 || payment.problem !== undefined;
  const period = { start: w.instant(terms.period.start), end: w.instant(terms.period.end) };
  const body = html`${await doneNotice(context, deps, campaignId, companyName)}
${refused ? html`<div class="notice bad" role="alert"><p><a href="#payment">${w.t('console.runs.payment.notRecorded')}</a></p></div>` : ''}
${paragraph(w.t('console.runs.period', period))}
${closeSection(w, view)}
${scheduleSection(w, view)}
${paymentSection(w, view)}
<p><a href="${RUNS_PATH}">${w.t('console.runs.back')}</a></p>`;
  return showPage(w.t('console.runs.campaign.title', { name: terms.name }), body, status);
}

export const paymentRun = definePage<ConsoleDeps>({
  name: 'console-payment-run',
  method: 'GET',
  path: `${RUNS_PATH}/{campaignId}`,
  access: 'finance',
  handle: (context, deps) => runPage(context, deps),
});
