import { partnerInquiries } from '../../application/inquiries/partner-inquiries.js';
import { identifier, paragraph, table } from '../components.js';
import { html } from '../html.js';
import { definePage, showPage } from '../page.js';
import { campaignNames, inquiryStatus, topicInWords } from './inquiry-parts.js';

/** The partner's inquiries, newest first, each with where it stands and the way to its answers. */
export const inquiries = definePage({
  name: 'portal-inquiries',
  method: 'GET',
  path: '/portal/inquiries',
  access: 'partner',
  handle: async ({ words: w, session }, deps) => {
    const [mine, nameOf] = await Promise.all([
      partnerInquiries(deps.readModels, session?.mpnId ?? ''),
      campaignNames(deps.store),
    ]);
    const raise = html`<p><a href="/portal/inquiries/new">${w.t('inquiries.raise')}</a></p>`;
    if (mine.length === 0) {
      return showPage(
        w.t('inquiries.title'),
        html`${paragraph(w.t('inquiries.none'))}${paragraph(w.t('inquiries.how'))}${raise}`,
      );
    }
    const rows = mine.map((inquiry) => {
      const campaign = nameOf(inquiry.campaignId);
      const date = w.day(inquiry.raisedAt);
      const lastAnswer = inquiry.answers.at(-1);
      return [
        html`<a href="/portal/inquiries/${inquiry.inquiryId}" aria-label="${w.t('inquiries.link', { date, campaign })}">${date}</a>`,
        campaign,
        inquiry.saleId ? identifier(inquiry.saleId) : '',
        topicInWords(w, inquiry.topic),
        inquiryStatus(w, inquiry.status),
        lastAnswer ? w.day(lastAnswer.answeredAt) : w.t('inquiries.notAnswered'),
      ];
    });
    return showPage(
      w.t('inquiries.title'),
      html`${paragraph(w.t('inquiries.intro'))}${raise}
${table({
  caption: w.t('inquiries.caption'),
  head: [
    w.t('inquiry.raisedOn'),
    w.t('inquiry.campaign'),
    w.t('inquiry.sale'),
    w.t('inquiry.topic'),
    w.t('inquiry.status'),
    w.t('inquiries.lastAnswer'),
  ],
  rows,
})}`,
    );
  },
});
