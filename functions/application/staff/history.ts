import type { RecordedEvent } from '../../../events/catalog.js';
import { CampaignId, MpnId } from '../../../events/fields.js';
import { indexKeys, RegistrationId, registrationIdOf, streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { executionNameOf } from '../../workflow/journeys.js';
import { loadCatalog } from '../campaign-catalog.js';

/** What the history is of: as the console's addresses name it. */
export const HISTORY_SUBJECTS = ['registration', 'partner', 'payout', 'campaign'] as const;
export type HistorySubject = (typeof HISTORY_SUBJECTS)[number];

/** The most a page shows of one history, the latest kept: a campaign's may hold its every sale. */
export const HISTORY_LIMIT = 500;

const ids = { registration: RegistrationId, partner: MpnId, payout: RegistrationId, campaign: CampaignId };

export const isHistorySubject = (subject: string): subject is HistorySubject =>
  (HISTORY_SUBJECTS as readonly string[]).includes(subject);

export const isSubjectId = (subject: HistorySubject, id: string) => ids[subject].safeParse(id).success;

const streams = (store: EventReader, names: readonly string[]) =>
  Promise.all(names.map(async (name) => (await store.readStream(name)).events));

/** Its streams, and the emails that can be named from it (the outbox's notifications of it). */
async function registrationEvents(store: EventReader, registrationId: string): Promise<RecordedEvent[][]> {
  return streams(store, [
    streamIds.registration(registrationId),
    streamIds.payout(registrationId),
    streamIds.journey(executionNameOf({ kind: 'registration', registrationId })),
    streamIds.notification(`decision:${registrationId}`),
    streamIds.notification(`registration-expired:${registrationId}`),
  ]);
}

/** The payout, and the inquiries whose adjustments it holds. */
async function payoutEvents(store: EventReader, registrationId: string): Promise<RecordedEvent[][]> {
  const { events } = await store.readStream(streamIds.payout(registrationId));
  const inquiries = [
    ...new Set(events.flatMap((e) => (e.type === 'AdjustmentRecorded' ? [e.data.inquiryId] : []))),
  ];
  return [
    events,
    ...(await streams(
      store,
      inquiries.map((id) => streamIds.inquiry(id)),
    )),
  ];
}

/** The partner's own streams and its registrations in every campaign (its sales are left out: too many). */
async function partnerEvents(store: EventReader, mpnId: string): Promise<RecordedEvent[][]> {
  const campaigns = [...(await loadCatalog(store)).keys()];
  return [
    ...(await streams(store, [
      streamIds.partner(mpnId),
      streamIds.paymentProfile(mpnId),
      streamIds.journey(executionNameOf({ kind: 'onboarding', mpnId })),
      ...campaigns.map((campaignId) => streamIds.registration(registrationIdOf(campaignId, mpnId))),
    ])),
    await store.readIndex(indexKeys.fraudFlagsOfPartner(mpnId)),
  ];
}

async function campaignEvents(store: EventReader, campaignId: string): Promise<RecordedEvent[][]> {
  return [
    (await store.readStream(streamIds.campaign(campaignId))).events,
    await store.readIndex(indexKeys.registrationsOfCampaign(campaignId)),
    await store.readIndex(indexKeys.payoutsOfCampaign(campaignId)),
  ];
}

const readers = {
  registration: registrationEvents,
  partner: partnerEvents,
  payout: payoutEvents,
  campaign: campaignEvents,
};

/**
 * Every event of a registration, partner, payout or campaign, in the order recorded, the latest
 * `HISTORY_LIMIT` of them; and how many there were in all.
 */
export async function historyOf(
  store: EventReader,
  subject: HistorySubject,
  id: string,
): Promise<{ events: RecordedEvent[]; total: number }> {
  const all = (await readers[subject](store, id))
    .flat()
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return { events: all.slice(-HISTORY_LIMIT), total: all.length };
}
