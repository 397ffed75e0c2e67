import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import type { Words } from '../../i18n/words.js';
import type { EventReader } from '../../ports/event-store.js';
import { type Html, html } from '../html.js';

/** The campaigns' names, to say which campaign an inquiry is about (its id while it has none). */
export async function campaignNames(store: EventReader): Promise<(campaignId: string) => string> {
  const catalog = await loadCatalog(store);
  return (campaignId) => catalog.get(campaignId)?.terms.name ?? campaignId;
}

export const topicInWords = (w: Words, topic: Inquiry['topic']) => w.t(`inquiry.topic.${topic}`);

export const inquiryStatus = (w: Words, status: Inquiry['status']): Html =>
  html`<span class="status">${w.t(`inquiry.status.${status}`)}</span>`;

/** Text someone wrote on several lines, shown on those lines. */
export const linesOf = (text: string): Html =>
  html`<p>${text.split(/\r?\n/).map((line, i) => (i > 0 ? html`<br>${line}` : line))}</p>`;
