import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { partnerInquiry } from '../../application/inquiries/partner-inquiries.js';
import type { Words } from '../../i18n/words.js';
import { details, identifier, notice, paragraph } from '../components.js';
import { type Html, html } from '../html.js';
import { definePage, showPage } from '../page.js';
import { campaignNames, inquiryStatus, linesOf, topicInWords } from './inquiry-parts.js';

function resolutionOf(w: Words, resolution: NonNullable<Inquiry['resolution']>): Html {
  const date = w.instant(resolution.resolvedAt);
  const outcome =
    resolution.adjustmentCents === undefined
      ? w.t('inquiry.declined', { date })
      : w.t('inquiry.adjusted', { date, amount: w.money(resolution.adjustmentCents) });
  return html`${paragraph(outcome)}
<h3>${w.t('inquiry.note')}</h3>
${linesOf(resolution.note)}`;
}

/**
 * One of the partner's inquiries: what it asked, every answer from finance, and how it was
 * resolved. Another partner's inquiry is answered as one that does not exist.
 */
export const inquiry = definePage({
  name: 'portal-inquiry',
  method: 'GET',
  path: '/portal/inquiries/{inquiryId}',
  access: 'partner',
  handle: async ({ words: w, params, query, session }, deps) => {
    const [found, nameOf] = await Promise.all([
      partnerInquiry(deps.store, params.inquiryId ?? '', session?.mpnId ?? ''),
      campaignNames(deps.store),
    ]);
    if (!found) return showPage(w.t('page.notFound.title'), paragraph(w.t('inquiry.notFound')), 404);
    const campaign = nameOf(found.campaignId);
    const answers =
      found.answers.length > 0
        ? found.answers.map(
            (answer) => html`<div class="card">
<p><strong>${w.t('inquiry.answeredOn', { date: w.instant(answer.answeredAt) })}</strong></p>
${linesOf(answer.message)}
</div>`,
          )
        : paragraph(w.t('inquiry.noAnswer'));
    const body = html`${query.raised ? notice('ok', w.t('inquiry.raised')) : ''}
${details([
  [w.t('inquiry.campaign'), campaign],
  found.saleId ? [w.t('inquiry.sale'), identifier(found.saleId)] : undefined,
  [w.t('inquiry.topic'), topicInWords(w, found.topic)],
  [w.t('inquiry.status'), inquiryStatus(w, found.status)],
  [w.t('inquiry.raisedOn'), w.instant(found.raisedAt)],
])}
<section aria-labelledby="question">
<h2 id="question">${w.t('inquiry.question')}</h2>
${linesOf(found.message)}
</section>
<section aria-labelledby="answers">
<h2 id="answers">${w.t('inquiry.answers')}</h2>
${answers}
</section>
<section aria-labelledby="resolution">
<h2 id="resolution">${w.t('inquiry.resolution')}</h2>
${found.resolution ? resolutionOf(w, found.resolution) : paragraph(w.t('inquiry.unresolved'))}
</section>
<p class="actions"><a href="/portal/statements/${found.campaignId}">${w.t('inquiry.statement', { campaign })}</a>
<a href="/portal/inquiries">${w.t('inquiry.all')}</a></p>`;
    return showPage(w.t('inquiry.title', { campaign }), body);
  },
});
