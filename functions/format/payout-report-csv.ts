import type { PayoutReportRow } from '../application/payouts/payout-report-rows.js';
import type { Words } from '../i18n/words.js';
import { amount, toCsv } from './csv.js';
import { financeHoldText, standingText } from './payout-words.js';
import { registrationText } from './statement-words.js';

/**
 * The payout report as the console gives it, for a spreadsheet: one row per statement, in the
 * reader's language, with the names people know, where the payment stands in words, and amounts as
 * plain numbers that add up (text a spreadsheet would run is defused by `toCsv`).
 */
export function payoutReportCsv(w: Words, rows: readonly PayoutReportRow[]): string {
  const header = [
    w.t('console.payouts.csv.campaignId'),
    w.t('console.payouts.col.campaign'),
    w.t('console.payouts.csv.mpnId'),
    w.t('console.payouts.csv.company'),
    w.t('console.payouts.csv.registration'),
    w.t('console.payouts.col.status'),
    w.t('console.payouts.csv.hold'),
    w.t('console.payouts.csv.eligibleUnits'),
    w.t('console.payouts.csv.count'),
    w.t('console.payouts.csv.amount'),
    w.t('console.payouts.csv.potential'),
    w.t('console.payouts.csv.paid'),
    w.t('console.payouts.csv.due'),
    w.t('console.payouts.csv.paidLines'),
    w.t('console.payouts.csv.excludedLines'),
    w.t('console.payouts.csv.openFlags'),
  ];
  return toCsv(
    header,
    rows.map((row) => {
      const s = row.statement;
      return [
        s.campaignId,
        row.campaignName,
        s.mpnId,
        row.companyName,
        registrationText(w, s.registrationStatus),
        standingText(w, row.standing),
        row.hold ? financeHoldText(w, row.hold) : '',
        s.eligibleUnits,
        s.count,
        amount(s.amountCents),
        amount(s.potentialCents),
        amount(row.issuedCents),
        amount(row.dueCents),
        s.paidLines,
        s.excludedLines,
        row.openFlags,
      ];
    }),
  );
}
