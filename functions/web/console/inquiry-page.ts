import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { Actor } from '../../../events/envelope.js';
import {
  type InquiryOnRecord,
  inquiryOnRecord,
  isResolved,
} from '../../application/inquiries/finance-inquiries.js';
import { inquiryLine } from '../../application/inquiries/inquiry-line.js';
import { partnerNames } from '../../application/partner-names.js';
import { whoText } from '../../format/history-words.js';
import type { Words } from '../../i18n/words.js';
import { details, identifier, notice, paragraph } from '../components.js';
import { type Html, html } from '../html.js';
import { type ConsoleDeps, type PageAnswer, type PageContext, showPage } from '../page.js';
import { campaignNames, linesOf } from '../portal/inquiry-parts.js';
import { answerForm, type InquiryForms, resolveForm } from './inquiry-forms.js';
import { saleSection } from './inquiry-sale.js';
import { partnerText, statusBadge, topicText } from './inquiry-words.js';

export const inquiryPath = (inquiryId: string) => `/console/inquiries/${inquiryId}`;

export const inquiryNotFound = (w: Words) =>
  showPage(w.t('inquiryPage.notFound.title'), paragraph(w.t('inquiryPage.notFound')), 404);

const byWhom = (w: Words, actor: Actor | undefined) => (actor ? whoText(w, actor) : '');

function answersSection(w: Words, { inquiry, answeredBy }: InquiryOnRecord): Html {
  const answers = inquiry.answers.map(
    (answer, i) => html`<div class="card">
<p><strong>${w.t('inquiryPage.answeredOn', { date: w.instant(answer.answeredAt), who: byWhom(w, answeredBy[i]) })}</strong></p>
${linesOf(answer.message)}
</div>`,
  );
  return html`<section aria-labelledby="answers">
<h2 id="answers">${w.t('inquiryPage.answers')}</h2>
${answers.length > 0 ? answers : paragraph(w.t('inquiryPage.noAnswer'))}
</section>`;
}

function resolutionSection(w: Words, { inquiry, resolvedBy }: InquiryOnRecord): Html | '' {
  const { resolution } = inquiry;
  if (!resolution) return '';
  const params = { date: w.instant(resolution.resolvedAt), who: byWhom(w, resolvedBy) };
  const outcome =
    resolution.adjustmentCents === undefined
      ? w.t('inquiryPage.declined', params)
      : w.t('inquiryPage.adjusted', { ...params, amount: w.money(resolution.adjustmentCents) });
  return html`<section aria-labelledby="resolution">
<h2 id="resolution">${w.t('inquiryPage.resolution')}</h2>
${paragraph(outcome)}
<h3>${w.t('inquiryPage.note')}</h3>
${linesOf(resolution.note)}
</section>`;
}

/**
 * What was just done, read from the inquiry as recorded: said only to the person it records as
 * having done it, so that a link cannot make the page claim anything.
 */
function doneNotice(w: Words, done: string | undefined, record: InquiryOnRecord, email: string): Html | '' {
  const { inquiry, answeredBy, resolvedBy } = record;
  const lastAnswer = inquiry.answers.at(-1);
  if (done === 'answered' && lastAnswer && answeredBy.at(-1)?.id === email) {
    return notice('ok', w.t('inquiryPage.done.answered', { date: w.instant(lastAnswer.answeredAt) }));
  }
  const cents = inquiry.resolution?.adjustmentCents;
  if (done === 'resolved' && inquiry.resolution && resolvedBy?.id === email) {
    return notice(
      'ok',
      cents === undefined
        ? w.t('inquiryPage.done.declined')
        : w.t('inquiryPage.done.adjusted', { amount: w.money(cents) }),
    );
  }
  return '';
}

const factsOf = (w: Words, inquiry: Inquiry, partner: string, campaign: string) =>
  details([
    [w.t('inquiryQueue.col.partner'), partner],
    [w.t('inquiryQueue.col.campaign'), campaign],
    [w.t('inquiryQueue.col.sale'), inquiry.saleId ? identifier(inquiry.saleId) : w.t('inquiryQueue.noSale')],
    [w.t('inquiryQueue.col.topic'), topicText(w, inquiry.topic)],
    [w.t('inquiryQueue.col.status'), statusBadge(w, inquiry.status)],
    [w.t('inquiryQueue.col.raised'), w.instant(inquiry.raisedAt)],
  ]);

/**
 * One inquiry for finance: who asked what about which sale, that sale as the statement shows it,
 * the answers so far and the resolution; while it is open, the forms to answer and to resolve it.
 * A form sent and refused comes back as it was sent, even once the inquiry is resolved.
 */
export async function inquiryPage(
  { words: w, params, query, staff, csrf }: PageContext,
  deps: ConsoleDeps,
  forms: InquiryForms = {},
  status = 200,
): Promise<PageAnswer> {
  const record = await inquiryOnRecord(deps.store, params.inquiryId ?? '');
  if (!record) return inquiryNotFound(w);
  const { inquiry } = record;
  const [campaignOf, companyOf, line] = await Promise.all([
    campaignNames(deps.store),
    partnerNames(deps.readModels, [inquiry.mpnId]),
    inquiryLine(deps.store, inquiry, deps.clock.now()),
  ]);
  const partner = partnerText(w, companyOf(inquiry.mpnId), inquiry.mpnId);
  const path = inquiryPath(inquiry.inquiryId);
  const open = !isResolved(inquiry);
  const body = html`${doneNotice(w, query.done, record, staff?.email ?? '')}
${factsOf(w, inquiry, partner, campaignOf(inquiry.campaignId))}
<section aria-labelledby="question">
<h2 id="question">${w.t('inquiryPage.question')}</h2>
${linesOf(inquiry.message)}
</section>
${saleSection(w, inquiry, line)}
${answersSection(w, record)}
${resolutionSection(w, record)}
${open || forms.answer ? answerForm(w, `${path}/answer`, csrf, forms.answer) : ''}
${open || forms.resolve ? resolveForm(w, `${path}/resolve`, csrf, forms.resolve) : ''}
<p class="actions"><a href="/console/inquiries">${w.t('inquiryPage.queue')}</a></p>`;
  return showPage(w.t('inquiryPage.title', { partner: companyOf(inquiry.mpnId) }), body, status);
}
