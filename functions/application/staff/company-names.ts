import type { PartnerView } from '../../../domain/partners/partner-view.js';
import type { ReadModelQueries } from '../../ports/read-models.js';
import { readModelKeys } from '../../read-models/targets.js';

/** The company name each partner signed up with, by MPN ID (the MPN ID itself if not projected yet). */
export async function companyNames(
  readModels: ReadModelQueries,
  mpnIds: Iterable<string>,
): Promise<ReadonlyMap<string, string>> {
  return new Map(
    await Promise.all(
      [...new Set(mpnIds)].map(
        async (mpnId) =>
          [
            mpnId,
            (await readModels.getView<PartnerView>(readModelKeys.partner(mpnId)))?.view.companyName ?? mpnId,
          ] as const,
      ),
    ),
  );
}
