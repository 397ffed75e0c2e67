import { calculateStatement } from '../../domain/payouts/calculate-statement.js';
import type { Statement, StatementRegistrationStatus } from '../../domain/payouts/statement.js';
import type { LedgerLine } from '../../domain/sales/ledger.js';
import type { CampaignTerms } from '../../events/campaign-terms.js';
import { instantMs } from '../../events/instant.js';
import { MPN } from './fixtures.js';

export type LineSpec = Partial<Omit<LedgerLine, 'soldAtMs'>> & { saleId: string };

export const ledgerLine = (spec: LineSpec): LedgerLine => {
  const soldAt = spec.soldAt ?? '2026-07-10T14:00:00Z';
  return {
    customerId: 'cust-a',
    sku: 'M365-E5',
    licenseType: 'Open',
    quantity: 10,
    reversedUnits: 0,
    ...spec,
    soldAt,
    soldAtMs: instantMs(soldAt),
  };
};

export const statementFor = (
  terms: CampaignTerms,
  lines: LineSpec[],
  registrationStatus: StatementRegistrationStatus = 'approved',
): Statement => calculateStatement({ terms, mpnId: MPN, registrationStatus, ledger: lines.map(ledgerLine) });
