import { publishCampaign } from '../../application/publish-campaign.js';
import { emptyForm, type FormState, notice, paragraph } from '../components.js';
import { refusedField } from '../form.js';
import { html } from '../html.js';
import {
  type ConsoleDeps,
  definePage,
  type PageAnswer,
  type PageContext,
  redirectTo,
  showPage,
} from '../page.js';
import { campaignForm, NEW_CAMPAIGN_PATH, publishForm } from './campaign-form.js';
import { type PublishInput, readCampaignForm } from './campaign-form-reading.js';
import { campaignPreview } from './campaign-preview.js';

const formPage = ({ words: w, csrf }: PageContext, form: FormState, status = 200): PageAnswer =>
  showPage(
    w.t('admin.new.title'),
    html`${paragraph(w.t('admin.new.intro'))}
${campaignForm(w, form, csrf)}`,
    status,
  );

/** The campaign as partners will read it, the button that publishes exactly that, and the form to change it. */
const previewPage = ({ words: w, csrf, form }: PageContext, body: PublishInput): PageAnswer =>
  showPage(
    w.t('admin.preview.title', { name: body.terms.name }),
    html`${notice('info', w.t('admin.preview.intro'))}
${campaignPreview(w, body.terms, body.termsText)}
<section class="card" aria-labelledby="publish">
<h2 id="publish">${w.t('admin.preview.publishTitle')}</h2>
${paragraph(w.t('admin.preview.publishWarning'))}
${publishForm(w, form, csrf)}
</section>
<section aria-labelledby="change">
<h2 id="change">${w.t('admin.preview.change')}</h2>
${campaignForm(w, { values: form, errors: {} }, csrf)}
</section>`,
  );

/** The form to publish a campaign: every field of `POST /admin/campaigns`, previewed before it is published. */
export const newCampaign = definePage<ConsoleDeps>({
  name: 'console-campaign-new',
  method: 'GET',
  path: NEW_CAMPAIGN_PATH,
  access: 'program-admin',
  handle: async (context) => formPage(context, emptyForm({ type: 'dollarPerSku', metric: 'transactions' })),
});

/**
 * Previews the campaign, or publishes it with the API's use case in the admin's own name. Both
 * check the form with the API's schema first: a refusal shows the form again as it was typed.
 */
export const newCampaignPost = definePage<ConsoleDeps>({
  name: 'console-campaign-publish',
  method: 'POST',
  path: NEW_CAMPAIGN_PATH,
  access: 'program-admin',
  handle: async (context, deps) => {
    const { words: w, form, metadata } = context;
    const read = readCampaignForm(w, form);
    if (!read.ok) return formPage(context, read.state, 400);
    if (form.action !== 'publish') return previewPage(context, read.body);
    const published = await publishCampaign(deps, read.body, metadata);
    if (!published.ok) {
      // The one refusal: the id is a published campaign's, whose terms never change.
      return formPage(context, refusedField(form, 'campaignId', w.t('admin.new.idTaken')), 409);
    }
    return redirectTo(`/console/campaigns/${published.campaignId}?published=1`);
  },
});
