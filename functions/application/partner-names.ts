import type { PartnerView } from '../../domain/partners/partner-view.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { readModelKeys } from '../read-models/targets.js';

/** The company names of partners, by MPN ID, from the read models (the MPN ID where none is known yet). */
export async function companyNames(
  readModels: ReadModelQueries,
  mpnIds: readonly string[],
): Promise<Map<string, string>> {
  const names = await Promise.all(
    [...new Set(mpnIds)].map(async (mpnId) => {
      const found = await readModels.getView<PartnerView>(readModelKeys.partner(mpnId));
      return [mpnId, found?.view.companyName ?? mpnId] as const;
    }),
  );
  return new Map(names);
}
