import type { CampaignTerms } from '../../../events/campaign-terms.js';
import { LANGUAGES } from '../../i18n/language.js';
import { type Words, wordsFor } from '../../i18n/words.js';
import { sha256Hex } from '../../security/sha256.js';
import { type Html, html } from '../html.js';
import { campaignRules, kindOf } from '../portal/campaign-rules.js';

export const shortVersion = (sha256: string) => sha256.slice(0, 12);

/** What a partner reading in `pw`'s language sees of a campaign before registering: its kind, deadline and rules. */
const asPartnersRead = (pw: Words, terms: CampaignTerms): Html =>
  html`<p><strong>${terms.name}</strong></p>
<p>${kindOf(pw, terms)}</p>
<p>${pw.t('campaign.deadline', { date: pw.instant(terms.registrationDeadline) })}</p>
${campaignRules(pw, terms)}`;

/**
 * A campaign as partners will read it, in each of their languages (the reader's first), with the
 * portal's own words and components, and the T&C text with the version partners will sign.
 */
export function campaignPreview(w: Words, terms: CampaignTerms, termsText: string): Html {
  const languages = [...LANGUAGES].sort((a, b) => Number(b === w.language) - Number(a === w.language));
  return html`<section aria-labelledby="as-partners-read">
<h2 id="as-partners-read">${w.t('admin.preview.asPartnersRead')}</h2>
<div class="side-by-side">
${languages.map(
  (language) => html`<section class="card" aria-labelledby="in-${language}">
<h3 id="in-${language}">${w.t(`admin.preview.in.${language}`)}</h3>
<div lang="${language}">${asPartnersRead(wordsFor(language, w.timeZone), terms)}</div>
</section>`,
)}
</div>
<section class="card" aria-labelledby="preview-terms">
<h3 id="preview-terms">${w.t('campaign.terms')}</h3>
<p>${w.t('campaign.terms.version', { version: shortVersion(sha256Hex(termsText)) })}</p>
<div class="terms" role="region" tabindex="0" aria-label="${w.t('campaign.terms.region', { name: terms.name })}">${termsText}</div>
</section>
</section>`;
}
