import * as z from 'zod';
import type { PublishedCampaign } from '../../../domain/campaigns/campaign.js';
import { AgreementNumber, Email, Sha256Hex, SingleLineText } from '../../../events/fields.js';
import { instantMs } from '../../../events/instant.js';
import { registrationIdOf } from '../../../events/streams.js';
import { loadCampaign } from '../../application/campaign-catalog.js';
import { partnerRegistration } from '../../application/partner-registrations.js';
import { registerForCampaign } from '../../application/register-for-campaign.js';
import { download, TEXT } from '../../http/responses.js';
import type { MessageKey } from '../../i18n/catalogs/index.js';
import type { Words } from '../../i18n/words.js';
import { checkboxField, emptyForm, type FormState, notice, postForm, textField } from '../components.js';
import { readForm, refusedForm } from '../form.js';
import { type Html, html } from '../html.js';
import {
  definePage,
  type PageAnswer,
  type PageContext,
  type PortalDeps,
  redirectTo,
  showPage,
} from '../page.js';
import { campaignRules, kindOf } from './campaign-rules.js';
import { statusBadge } from './registration-status.js';

const RegistrationForm = {
  agreementNumber: AgreementNumber,
  signerName: SingleLineText(200),
  signerEmail: Email,
  termsSha256: Sha256Hex,
  accept: z.literal('yes'),
};

const shortVersion = (sha256: string) => sha256.slice(0, 12);

function registrationForm(w: Words, campaign: PublishedCampaign, form: FormState, csrf: string): Html {
  return html`<section aria-labelledby="register">
<h2 id="register">${w.t('register.title')}</h2>
<p>${w.t('register.intro')}</p>
${postForm(w, form, {
  action: `/portal/campaigns/${campaign.campaignId}/registration`,
  csrf,
  submit: 'register.submit',
  fields: [
    html`<input type="hidden" name="termsSha256" value="${campaign.termsSha256}">`,
    textField(w, form, {
      name: 'agreementNumber',
      label: 'register.agreementNumber',
      hint: 'register.agreementNumber.hint',
      maxlength: 64,
    }),
    textField(w, form, {
      name: 'signerName',
      label: 'register.signerName',
      autocomplete: 'name',
      maxlength: 200,
    }),
    textField(w, form, {
      name: 'signerEmail',
      label: 'register.signerEmail',
      type: 'email',
      autocomplete: 'email',
      maxlength: 254,
    }),
    checkboxField(form, {
      name: 'accept',
      value: 'yes',
      label: w.t('register.accept', { version: shortVersion(campaign.termsSha256) }),
    }),
  ],
})}
</section>`;
}

/**
 * A campaign's page: its rules in words, its T&Cs to read and download, and the partner's
 * registration, or the form to register by signing this exact version of the T&Cs.
 */
async function campaignPage(
  { words: w, params, session, csrf, query }: PageContext,
  deps: PortalDeps,
  form?: FormState,
  status = 200,
): Promise<PageAnswer> {
  const found = await loadCampaign(deps.store, params.campaignId ?? '');
  if (!found.ok) return showPage(w.t('page.notFound.title'), html`<p>${w.t('register.notFound')}</p>`, 404);
  const { campaign } = found;
  const { terms } = campaign;
  const mpnId = session?.mpnId ?? '';
  const registration = await partnerRegistration(
    deps.store,
    registrationIdOf(campaign.campaignId, mpnId),
    mpnId,
  );
  const closed = instantMs(deps.clock.now()) > instantMs(terms.registrationDeadline);
  const yours = registration
    ? html`<section class="card" aria-labelledby="yours">
<h2 id="yours">${w.t('campaign.yourRegistration')}</h2>
${query.registered ? notice('ok', w.t('register.done')) : ''}
<p>${statusBadge(w, registration.view.status, registration.view.reason)}</p>
<p>${w.t('campaign.registeredOn', { date: w.day(registration.view.submittedAt), agreementNumber: registration.view.agreementNumber })}</p>
${registration.view.decidedAt ? html`<p>${w.t('campaign.decidedOn', { date: w.day(registration.view.decidedAt) })}</p>` : ''}
${registration.view.status === 'approved' ? html`<p><a href="/portal/statements/${campaign.campaignId}">${w.t('campaign.statement')}</a></p>` : ''}
</section>`
    : closed
      ? html`<p>${w.t('campaign.deadlinePassed', { date: w.instant(terms.registrationDeadline) })}</p>`
      : '';
  const body = html`<p>${kindOf(w, terms)}</p>
${yours}
<section aria-labelledby="rules">
<h2 id="rules">${w.t('campaign.rules')}</h2>
${registration || closed ? '' : html`<p>${w.t('campaign.deadline', { date: w.instant(terms.registrationDeadline) })}</p>`}
${campaignRules(w, terms)}
</section>
<section aria-labelledby="terms">
<h2 id="terms">${w.t('campaign.terms')}</h2>
<p>${w.t('campaign.terms.version', { version: shortVersion(campaign.termsSha256) })}</p>
<div class="terms" role="region" tabindex="0" aria-label="${w.t('campaign.terms.region', { name: terms.name })}">${campaign.termsText}</div>
<p><a href="/portal/campaigns/${campaign.campaignId}/terms" download>${w.t('campaign.terms.download')}</a></p>
</section>
${registration || closed ? '' : registrationForm(w, campaign, form ?? emptyForm({ signerEmail: session?.view?.contactEmail ?? '' }), csrf)}`;
  return showPage(terms.name, body, status);
}

export const campaign = definePage({
  name: 'portal-campaign',
  method: 'GET',
  path: '/portal/campaigns/{campaignId}',
  access: 'partner',
  handle: (context, deps) => campaignPage(context, deps),
});

/**
 * Registering signs the T&C version the page showed (its SHA-256 came with the form, nobody typed
 * it): if the T&Cs changed meanwhile, the page shows the new version to accept instead.
 */
export const register = definePage({
  name: 'portal-register',
  method: 'POST',
  path: '/portal/campaigns/{campaignId}/registration',
  access: 'partner',
  handle: async (context, deps) => {
    const { words: w, form, params, session, metadata } = context;
    const campaignId = params.campaignId ?? '';
    const read = readForm(w, form, RegistrationForm, {
      agreementNumber: 'register.agreementNumber.invalid',
      signerName: 'register.signerName.invalid',
      signerEmail: 'register.signerEmail.invalid',
      termsSha256: 'register.termsChanged',
      accept: 'register.accept.invalid',
    });
    if (!read.ok) return campaignPage(context, deps, read.state, 400);
    const { agreementNumber, signerName, signerEmail, termsSha256 } = read.data;
    const registered = await registerForCampaign(
      deps,
      {
        campaignId,
        mpnId: session?.mpnId ?? '',
        agreementNumber,
        signature: { signerName, signerEmail, termsSha256 },
      },
      metadata,
    );
    if (registered.ok || registered.refusal.code === 'already-registered') {
      return redirectTo(`/portal/campaigns/${campaignId}?registered=1`);
    }
    const problems: Partial<Record<string, MessageKey>> = {
      'terms-version-outdated': 'register.termsChanged',
      'registration-deadline-passed': 'register.deadlinePassed',
      'campaign-not-found': 'register.notFound',
    };
    const problem = problems[registered.refusal.code];
    if (!problem) throw new Error(`Registering from the portal was refused: ${registered.refusal.code}`);
    const { accept: _, ...kept } = form;
    return campaignPage(context, deps, refusedForm(kept, w.t(problem)), 409);
  },
});

/** The T&Cs as a file to keep: the exact text whose SHA-256 the partner signs. */
export const termsFile = definePage({
  name: 'portal-campaign-terms',
  method: 'GET',
  path: '/portal/campaigns/{campaignId}/terms',
  access: 'partner',
  handle: async ({ words: w, params }, deps) => {
    const found = await loadCampaign(deps.store, params.campaignId ?? '');
    if (!found.ok) return showPage(w.t('page.notFound.title'), html`<p>${w.t('register.notFound')}</p>`, 404);
    const { campaignId, termsSha256, termsText } = found.campaign;
    return {
      kind: 'file',
      result: download(`${campaignId}-terms-${shortVersion(termsSha256)}.txt`, TEXT, termsText),
    };
  },
});
