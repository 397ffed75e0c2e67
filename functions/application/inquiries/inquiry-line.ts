import type { Inquiry } from '../../../domain/inquiries/inquiry.js';
import type { ExclusionReason } from '../../../domain/payouts/statement.js';
import type { StatementSale } from '../../../domain/payouts/statement-sales.js';
import { netUnitsIn } from '../../../domain/sales/ledger.js';
import type { EventReader } from '../../ports/event-store.js';
import { readRegistrationHistory, statementAsOf } from '../campaign-statements.js';

/**
 * The sale an inquiry is about, as the partner's statement shows it now: paid (or, in a frequency
 * campaign, counted toward a tier), earning nothing and why, dated outside the campaign's period,
 * or not in the sales recorded for the partner at all.
 */
export type InquiryLine =
  | { kind: 'earned'; sale: StatementSale; amountCents: number; counted: boolean }
  | { kind: 'excluded'; sale: StatementSale; reason: ExclusionReason }
  | { kind: 'outside-period'; sale: StatementSale }
  | { kind: 'not-recorded' };

/** The line of an inquiry about a sale, replayed from the same history as the partner's statement. */
export async function inquiryLine(
  store: EventReader,
  inquiry: Pick<Inquiry, 'campaignId' | 'mpnId' | 'saleId'>,
  asOf: string,
): Promise<InquiryLine | undefined> {
  const { campaignId, mpnId, saleId } = inquiry;
  if (!saleId) return undefined;
  const replayed = statementAsOf(await readRegistrationHistory(store, campaignId, mpnId, asOf), asOf);
  if (!replayed.ok) return undefined;
  const { statement, ledger, campaign } = replayed;
  const sold = ledger.lines.find((line) => line.saleId === saleId);
  if (!sold) return { kind: 'not-recorded' };
  const sale: StatementSale = {
    saleId,
    sku: sold.sku,
    units: netUnitsIn(ledger, sold),
    soldAt: sold.soldAt,
    customerId: sold.customerId,
  };
  const earned = statement.lines.find((line) => line.saleId === saleId);
  if (earned) {
    const counted = campaign.terms.type === 'frequency';
    return { kind: 'earned', sale, amountCents: earned.amountCents, counted };
  }
  const excluded = statement.excluded.find((line) => line.saleId === saleId);
  if (excluded) return { kind: 'excluded', sale, reason: excluded.reason };
  return { kind: 'outside-period', sale };
}
