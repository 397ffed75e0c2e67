import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { InquiryFilter } from '../../application/inquiries/finance-inquiries.js';
import type { Words } from '../../i18n/words.js';
import { type Html, html } from '../html.js';

/** An inquiry's parts as finance reads them (the portal words them for the partner who asked). */

export const partnerText = (w: Words, companyName: string, mpnId: string) =>
  w.t('approval.partnerName', { companyName, mpnId });

export const topicText = (w: Words, topic: Inquiry['topic']) => w.t(`inquiryQueue.topic.${topic}`);

export const statusBadge = (w: Words, status: Inquiry['status']): Html =>
  html`<span class="status">${w.t(`inquiryQueue.status.${status}`)}</span>`;

export const filterText = (w: Words, filter: InquiryFilter) => w.t(`inquiryQueue.filter.${filter}`);
