import { isOneOf } from '../../events/catalog.js';
import type { FraudFlagKind } from '../../events/fraud.js';
import type { Fold } from '../decider.js';
import { evolveFraudFlag, type FraudFlag, type FraudFlagEvent, fraudFlagEventTypes } from './fraud-flag.js';

/** The flags raised on a partner by id, as the partner's flags index folds them. */
export type PartnerFlags = Map<string, FraudFlag>;

export const partnerFlagsFold: Fold<PartnerFlags, FraudFlagEvent> = {
  isOwnEvent: isOneOf(fraudFlagEventTypes),
  evolve: (flags, event) => {
    const flag = evolveFraudFlag(flags.get(event.data.flagId), event);
    if (flag) flags.set(flag.flagId, flag);
    return flags;
  },
  initialState: () => new Map(),
};

export const confirmedFlags = (flags: PartnerFlags) =>
  [...flags.values()].filter((flag) => flag.status === 'confirmed').length;

export const unreviewedFlags = (flags: PartnerFlags, kind: FraudFlagKind) =>
  [...flags.values()].filter((flag) => flag.kind === kind && flag.status === 'open').length;
