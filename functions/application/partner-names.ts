import type { PartnerView } from '../../domain/partners/partner-view.js';
import type { ReadModelQueries } from '../ports/read-models.js';
import { readModelKeys } from '../read-models/targets.js';

/**
 * The company names of some partners, as their read models hold them; a partner not projected
 * yet is named by its MPN ID.
 */
export async function partnerNames(
  readModels: ReadModelQueries,
  mpnIds: Iterable<string>,
): Promise<(mpnId: string) => string> {
  const names = new Map(
    await Promise.all(
      [...new Set(mpnIds)].map(
        async (mpnId) =>
          [
            mpnId,
            (await readModels.getView<PartnerView>(readModelKeys.partner(mpnId)))?.view.companyName,
          ] as const,
      ),
    ),
  );
  return (mpnId) => names.get(mpnId) ?? mpnId;
}
