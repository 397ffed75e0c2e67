import { isOneOf } from '../../events/catalog.js';
import type { Fold } from '../decider.js';
import {
  evolveRegistration,
  initialRegistrationState,
  type Registration,
  type RegistrationEvent,
  registrationEventTypes,
} from './registration.js';

/** A campaign's registrations by id, as the campaign's registrations index folds them. */
export type CampaignRegistrations = Map<string, Registration>;

export const campaignRegistrationsFold: Fold<CampaignRegistrations, RegistrationEvent> = {
  isOwnEvent: isOneOf(registrationEventTypes),
  evolve: (registrations, event) => {
    const id = event.data.registrationId;
    const next = evolveRegistration(registrations.get(id) ?? initialRegistrationState(), event);
    if (next.status !== 'none') registrations.set(id, next);
    return registrations;
  },
  initialState: () => new Map(),
};
