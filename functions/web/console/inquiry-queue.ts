import * as z from 'zod';
import {
  financeInquiries,
  type InquiryFilter,
  inquiryFilters,
} from '../../application/inquiries/finance-inquiries.js';
import { partnerNames } from '../../application/partner-names.js';
import type { Words } from '../../i18n/words.js';
import { identifier, paragraph, table } from '../components.js';
import { html } from '../html.js';
import { type ConsoleDeps, definePage, showPage } from '../page.js';
import { campaignNames } from '../portal/inquiry-parts.js';
import { filterText, partnerText, statusBadge, topicText } from './inquiry-words.js';

const Filter = z.enum(inquiryFilters).catch('open');

/** The filters as links, the one shown marked: a reader moves between them without a form. */
const filterLinks = (w: Words, shown: InquiryFilter) =>
  html`<nav class="filters" aria-label="${w.t('inquiryQueue.filter.label')}"><ul>${inquiryFilters.map(
    (filter) =>
      html`<li><a href="/console/inquiries?status=${filter}"${filter === shown ? html` aria-current="page"` : ''}>${filterText(w, filter)}</a></li>`,
  )}</ul></nav>`;

/**
 * Finance's queue of the partners' inquiries, newest first, by the API's filters (open ones by
 * default): who asked, about what, where each stands, and the way to answer or resolve it.
 */
export const inquiryQueue = definePage<ConsoleDeps>({
  name: 'console-inquiries',
  method: 'GET',
  path: '/console/inquiries',
  access: 'finance',
  handle: async ({ words: w, query }, deps) => {
    const filter = Filter.parse(query.status);
    const [inquiries, campaignOf] = await Promise.all([
      financeInquiries(deps.readModels, filter),
      campaignNames(deps.store),
    ]);
    const companyOf = await partnerNames(
      deps.readModels,
      inquiries.map((i) => i.mpnId),
    );
    const rows = inquiries.map((inquiry) => {
      const partner = partnerText(w, companyOf(inquiry.mpnId), inquiry.mpnId);
      const date = w.day(inquiry.raisedAt);
      const lastAnswer = inquiry.answers.at(-1);
      return [
        html`<a href="/console/inquiries/${inquiry.inquiryId}" aria-label="${w.t('inquiryQueue.link', { partner, date })}">${date}</a>`,
        partner,
        campaignOf(inquiry.campaignId),
        inquiry.saleId ? identifier(inquiry.saleId) : w.t('inquiryQueue.noSale'),
        topicText(w, inquiry.topic),
        statusBadge(w, inquiry.status),
        lastAnswer ? w.day(lastAnswer.answeredAt) : w.t('inquiryQueue.notAnswered'),
      ];
    });
    const body = html`${paragraph(w.t('inquiryQueue.intro'))}
${filterLinks(w, filter)}
${
  rows.length === 0
    ? paragraph(w.t(`inquiryQueue.none.${filter}`))
    : table({
        caption: w.t('inquiryQueue.caption', { filter: filterText(w, filter) }),
        head: [
          w.t('inquiryQueue.col.raised'),
          w.t('inquiryQueue.col.partner'),
          w.t('inquiryQueue.col.campaign'),
          w.t('inquiryQueue.col.sale'),
          w.t('inquiryQueue.col.topic'),
          w.t('inquiryQueue.col.status'),
          w.t('inquiryQueue.col.lastAnswer'),
        ],
        rows,
      })
}`;
    return showPage(w.t('inquiryQueue.title'), body);
  },
});
