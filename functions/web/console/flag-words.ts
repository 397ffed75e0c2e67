import type { FraudFlag } from '../../../domain/fraud/fraud-flag.js';
import { Instant } from '../../../events/instant.js';
import type { FlagOnRecord } from '../../application/fraud/flags-on-record.js';
import { whoText } from '../../format/history-words.js';
import type { Words } from '../../i18n/words.js';

/** A flag's parts in finance's words: what kind of pattern, what the check saw, where it stands. */

export const kindText = (w: Words, flag: Pick<FraudFlag, 'kind'>) => w.t(`flagQueue.kind.${flag.kind}`);

/** An element id for a flag: its id is letters, digits and colons. */
export const flagAnchor = (flagId: string) => `flag-${flagId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

type Evidence = FraudFlag['evidence'];

const text = (evidence: Evidence, key: string) => String(evidence[key] ?? '');

// What a check recorded as an instant is said as one; anything else as it was recorded.
const when = (w: Words, evidence: Evidence, key: string) => {
  const value = text(evidence, key);
  return Instant.safeParse(value).success ? w.instant(value) : value;
};

// A day the duplicate check recorded is a UTC date: noon UTC is that same date in every Canadian zone.
const utcDay = (w: Words, evidence: Evidence, key: string) => {
  const value = text(evidence, key);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? w.day(`${value}T12:00:00Z`) : value;
};

/** What the check saw, in a sentence; `partnerOf` names a partner by its MPN ID. */
export function evidenceText(w: Words, flag: FraudFlag, partnerOf: (mpnId: string) => string): string {
  const { evidence } = flag;
  switch (flag.kind) {
    case 'duplicate-claim':
      return w.t('flagQueue.evidence.duplicate-claim', {
        customer: text(evidence, 'customerId'),
        sku: text(evidence, 'sku'),
        day: utcDay(w, evidence, 'soldOn'),
        others: w.list(text(evidence, 'alsoClaimedBy').split(',').filter(Boolean).map(partnerOf)),
      });
    case 'tiny-sales-burst':
      return w.t('flagQueue.evidence.tiny-sales-burst', {
        lines: text(evidence, 'lines'),
        customer: text(evidence, 'customerId'),
        from: when(w, evidence, 'from'),
        to: when(w, evidence, 'to'),
        units: text(evidence, 'unitsPerLineAtMost'),
      });
    case 'late-recorded-sale':
      return w.t('flagQueue.evidence.late-recorded-sale', {
        soldAt: when(w, evidence, 'soldAt'),
        periodEnd: when(w, evidence, 'periodEnd'),
        recordedAt: when(w, evidence, 'recordedAt'),
      });
    case 'free-mail-sign-up':
      return w.t('flagQueue.evidence.free-mail-sign-up', { domain: text(evidence, 'domain') });
    case 'payment-profile-changed':
      return w.t('flagQueue.evidence.payment-profile-changed', {
        changedAt: when(w, evidence, 'changedAt'),
        emailBefore: text(evidence, 'previousRemittanceEmail'),
        email: text(evidence, 'remittanceEmail'),
        bankBefore: text(evidence, 'previousBankReferenceEnding'),
        bank: text(evidence, 'bankReferenceEnding'),
      });
  }
}

/** Where a flag stands: waiting, or who confirmed or cleared it, and when. */
export function standingText(w: Words, flag: FlagOnRecord): string {
  if (flag.status === 'open' || !flag.review) return w.t('flagQueue.status.open');
  const params = {
    who: flag.reviewedBy ? whoText(w, flag.reviewedBy) : '',
    date: w.instant(flag.review.reviewedAt),
  };
  return w.t(`flagQueue.status.${flag.status}`, params);
}
