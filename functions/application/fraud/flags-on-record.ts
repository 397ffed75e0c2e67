import { evolveFraudFlag, type FraudFlag, fraudFlagDecider } from '../../../domain/fraud/fraud-flag.js';
import { partnerFlagsFold } from '../../../domain/fraud/partner-flags.js';
import {
  evolveLedgerLine,
  type LedgerLine,
  ledgerFold as ledgerLineFold,
} from '../../../domain/sales/ledger.js';
import type { Actor } from '../../../events/envelope.js';
import { FraudFlagId } from '../../../events/fraud.js';
import { indexKeys, streamIds } from '../../../events/streams.js';
import type { EventReader } from '../../ports/event-store.js';
import { loadCatalog } from '../campaign-catalog.js';
import { mapWithConcurrency } from '../concurrency.js';
import { type Recorded, readIndexed, readSlice } from '../read-slice.js';
import { partnersOfCampaign } from './fraud-flags.js';

// Each partner's flags, and each flagged sale, are a query of their own; a few at a time keeps the
// client's sockets in hand.
const PARTNERS_IN_FLIGHT = 16;
const SALES_IN_FLIGHT = 16;

/**
 * A flag as it stands, with who raised it (a person running a scan, or the program) and in which
 * request (its correlation id), and who last reviewed it.
 */
export type FlagOnRecord = FraudFlag & { raisedBy: Actor; raisedIn: string; reviewedBy?: Actor };

type FlagEvent = Recorded<Parameters<typeof evolveFraudFlag>[1]>;

/** The flags some events tell of, each folded as the flag's own stream folds it, with its actors. */
function flagsOf(events: readonly FlagEvent[]): FlagOnRecord[] {
  const flags = new Map<string, FlagOnRecord>();
  for (const event of events) {
    const before = flags.get(event.data.flagId);
    const flag = evolveFraudFlag(before, event);
    if (!flag) continue;
    const { actor, correlationId } = event.metadata;
    flags.set(
      flag.flagId,
      event.type === 'FraudFlagRaised'
        ? { ...flag, raisedBy: actor, raisedIn: correlationId }
        : {
            ...flag,
            raisedBy: before?.raisedBy ?? actor,
            raisedIn: before?.raisedIn ?? correlationId,
            reviewedBy: actor,
          },
    );
  }
  return [...flags.values()];
}

// Open flags wait for finance: they come first, then the newest.
const openFirstThenNewest = (a: FraudFlag, b: FraudFlag) =>
  Number(b.status === 'open') - Number(a.status === 'open') || b.raisedAt.localeCompare(a.raisedAt);

/**
 * Every flag raised on a partner registered for a campaign (the partners the program can pay),
 * open ones first, then the newest. Read from the partners' flag indexes, as the payout report and
 * the payment run read them; a partner that signed up and never registered is paid nothing, and
 * its sign-up's flag shows once it registers.
 */
export async function programFlags(store: EventReader): Promise<FlagOnRecord[]> {
  const campaigns = [...(await loadCatalog(store)).keys()];
  const perCampaign = await Promise.all(campaigns.map((id) => partnersOfCampaign(store, id)));
  const partners = [...new Set(perCampaign.flat())];
  const perPartner = await mapWithConcurrency(partners, PARTNERS_IN_FLIGHT, async (mpnId) =>
    flagsOf(await readIndexed(store, partnerFlagsFold, indexKeys.fraudFlagsOfPartner(mpnId))),
  );
  return perPartner.flat().sort(openFirstThenNewest);
}

/** One flag from its stream (so one just reviewed is there), or none for an id that names none. */
export async function flagOnRecord(store: EventReader, flagId: string): Promise<FlagOnRecord | undefined> {
  if (!FraudFlagId.safeParse(flagId).success) return undefined;
  const { events } = await readSlice(store, fraudFlagDecider, streamIds.fraudFlag(flagId));
  return flagsOf(events)[0];
}

/** The sale lines a flag names, each from its sale's stream, with what was reversed of it. */
export async function flaggedSales(store: EventReader, flag: FraudFlag): Promise<LedgerLine[]> {
  const lines = await mapWithConcurrency(flag.saleIds, SALES_IN_FLIGHT, async (saleId) => {
    const { events } = await readSlice(store, ledgerLineFold, streamIds.sale(saleId));
    return events.reduce<LedgerLine | undefined>(evolveLedgerLine, undefined);
  });
  return lines.flatMap((line) => (line ? [line] : []));
}
