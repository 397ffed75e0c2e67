import { registrationDecider } from '../../domain/registrations/decide.js';
import type { RegistrationEvent } from '../../domain/registrations/registration.js';
import {
  evolveRegistrationView,
  type RegistrationView,
} from '../../domain/registrations/registration-view.js';
import { RegistrationId, streamIds } from '../../events/streams.js';
import type { EventReader } from '../ports/event-store.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { readModelKeys } from '../read-models/targets.js';
import { type Recorded, readSlice } from './read-slice.js';

/** A partner's registrations and where each stands, newest first: its dashboard. */
export async function partnerRegistrations(
  readModels: ReadModelQueries,
  mpnId: string,
): Promise<RegistrationView[]> {
  const { pk } = readModelKeys.partner(mpnId);
  const views = await readModels.queryViews<RegistrationView>(pk, 'registration#');
  return views.sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : 0));
}

/**
 * One of the partner's registrations, from its stream (so a registration just recorded is there),
 * with its history. Another partner's registration is none, exactly like one that does not exist.
 */
export async function partnerRegistration(
  store: EventReader,
  registrationId: string,
  mpnId: string,
): Promise<{ view: RegistrationView; history: Recorded<RegistrationEvent>[] } | undefined> {
  if (!RegistrationId.safeParse(registrationId).success) return undefined;
  const { events } = await readSlice(store, registrationDecider, streamIds.registration(registrationId));
  const view = events.reduce<RegistrationView | undefined>(evolveRegistrationView, undefined);
  return view && view.mpnId === mpnId ? { view, history: events } : undefined;
}
