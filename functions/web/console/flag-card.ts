import type { LedgerLine } from '../../../domain/sales/ledger.js';
import { netUnits } from '../../../domain/sales/ledger.js';
import type { FlagOnRecord } from '../../application/fraud/flags-on-record.js';
import { whoText } from '../../format/history-words.js';
import type { Words } from '../../i18n/words.js';
import { details, emptyForm, type FormState, identifier, notice, table, textField } from '../components.js';
import { type Html, html } from '../html.js';
import { evidenceText, flagAnchor, kindText, standingText } from './flag-words.js';

/** What a flag's card shows beside the flag: its partners' and campaign's names, its sales. */
export type FlagCardFacts = {
  partnerOf: (mpnId: string) => string;
  campaignOf: (campaignId: string) => string;
  sales: readonly LedgerLine[];
};

function salesTable(w: Words, sales: readonly LedgerLine[]): Html | '' {
  if (sales.length === 0) return '';
  return table({
    caption: w.t('flagQueue.sales'),
    head: [
      w.t('statement.col.sale'),
      w.t('statement.col.date'),
      w.t('statement.col.customer'),
      w.t('statement.col.sku'),
      w.t('statement.col.units'),
    ],
    rows: sales.map((sale) => [
      identifier(sale.saleId),
      w.day(sale.soldAt),
      sale.customerId,
      identifier(sale.sku),
      w.number(netUnits(sale)),
    ]),
    numeric: [4],
  });
}

// Confirming holds every payment of the partner; clearing lets them go. A reviewed flag offers the
// other verdict: finance may change its mind.
const VERDICTS = {
  open: ['confirmed', 'cleared'],
  confirmed: ['cleared'],
  cleared: ['confirmed'],
} as const;

function reviewForm(w: Words, flag: FlagOnRecord, csrf: string, form: FormState, label: string): Html {
  const anchor = flagAnchor(flag.flagId);
  return html`<form method="post" action="/console/fraud-flags/${flag.flagId}/review" novalidate aria-label="${label}">
${form.problem ? notice('bad', form.problem) : ''}
<input type="hidden" name="_csrf" value="${csrf}">
${textField(w, form, {
  name: 'note',
  id: `${anchor}-note`,
  label: 'flagQueue.note',
  hint: 'flagQueue.note.hint',
  maxlength: 1000,
})}
<div class="actions">${VERDICTS[flag.status].map(
    (verdict) =>
      html`<button class="${verdict === 'confirmed' ? 'secondary' : 'primary'}" type="submit" name="verdict" value="${verdict}">${w.t(`flagQueue.verdict.${verdict}`)}</button>`,
  )}</div>
</form>`;
}

/**
 * One flag: the pattern, what the check saw, the partner and campaign, the sales it names, where
 * it stands, and the form to confirm or clear it with a note.
 */
export function flagCard(
  w: Words,
  flag: FlagOnRecord,
  facts: FlagCardFacts,
  csrf: string,
  form: FormState = emptyForm({ note: '' }),
): Html {
  const anchor = flagAnchor(flag.flagId);
  const partner = facts.partnerOf(flag.mpnId);
  const kind = kindText(w, flag);
  return html`<section class="card" aria-labelledby="${anchor}">
<h3 id="${anchor}">${kind}</h3>
<p>${evidenceText(w, flag, facts.partnerOf)}</p>
${details([
  [w.t('flagQueue.partner'), partner],
  [
    w.t('flagQueue.campaign'),
    flag.campaignId ? facts.campaignOf(flag.campaignId) : w.t('flagQueue.noCampaign'),
  ],
  [
    w.t('flagQueue.raised'),
    w.t('flagQueue.raisedBy', { date: w.instant(flag.raisedAt), who: whoText(w, flag.raisedBy) }),
  ],
  [w.t('flagQueue.status'), standingText(w, flag)],
  flag.review ? [w.t('flagQueue.reviewNote'), flag.review.note] : undefined,
])}
${salesTable(w, facts.sales)}
${reviewForm(w, flag, csrf, form, w.t('flagQueue.review.label', { kind, partner }))}
</section>`;
}
