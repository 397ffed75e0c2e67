import { FraudFlagId } from '../../../events/fraud.js';
import { reviewFraudFlag, scanCampaign } from '../../application/fraud/fraud-flags.js';
import { CampaignBody } from '../../http/campaign-body.js';
import { ReviewBody } from '../../http/fraud-flag-body.js';
import { paragraph } from '../components.js';
import { readForm, refusedField } from '../form.js';
import { type ConsoleDeps, definePage, redirectTo, showPage } from '../page.js';
import { flagsPage } from './fraud-flags.js';

/** Runs the fraud checks over a campaign, in the finance person's name, with the API's use case. */
export const scanPost = definePage<ConsoleDeps>({
  name: 'console-fraud-flags-scan',
  method: 'POST',
  path: '/console/fraud-flags/scan',
  access: 'finance',
  handle: async (context, deps) => {
    const { words: w, form, metadata } = context;
    const read = readForm(w, form, CampaignBody.shape, { campaignId: 'flagQueue.campaign.invalid' });
    if (!read.ok) return flagsPage(context, deps, { scan: read.state }, 400);
    const scanned = await scanCampaign(deps, read.data.campaignId, metadata);
    if (!scanned.ok) {
      const state = refusedField(form, 'campaignId', w.t('flagQueue.campaign.invalid'));
      return flagsPage(context, deps, { scan: state }, 404);
    }
    const scan = metadata.correlationId;
    return redirectTo(`/console/fraud-flags?${new URLSearchParams({ scanned: read.data.campaignId, scan })}`);
  },
});

/** Confirms or clears a flag with a note, in the finance person's name, with the API's use case. */
export const reviewPost = definePage<ConsoleDeps>({
  name: 'console-fraud-flag-review',
  method: 'POST',
  path: '/console/fraud-flags/{flagId}/review',
  access: 'finance',
  handle: async (context, deps) => {
    const { words: w, params, form, metadata } = context;
    const flagId = params.flagId ?? '';
    const notFound = () =>
      showPage(w.t('flagQueue.notFound.title'), paragraph(w.t('flagQueue.notFound')), 404);
    if (!FraudFlagId.safeParse(flagId).success) return notFound();
    const read = readForm(w, form, ReviewBody.shape, {
      verdict: 'flagQueue.verdict.invalid',
      note: 'flagQueue.note.invalid',
    });
    if (!read.ok) {
      const { verdict, ...errors } = read.state.errors;
      const review = { ...read.state, errors, ...(verdict ? { problem: verdict } : {}) };
      return flagsPage(context, deps, { review, flagId }, 400);
    }
    const reviewed = await reviewFraudFlag(deps, { flagId, ...read.data }, metadata);
    if (!reviewed.ok) return notFound();
    return redirectTo(`/console/fraud-flags?${new URLSearchParams({ reviewed: flagId })}`);
  },
});
