import type { PayoutEvent } from '../../../domain/payouts/payout.js';
import type { Recorded } from '../../application/read-slice.js';
import type { Words } from '../../i18n/words.js';
import { notice } from '../components.js';
import type { Html } from '../html.js';

/** The actions of a payment run's page, as its redirects name them. */
export const runActions = ['close', 'schedule', 'payment'] as const;
export type RunAction = (typeof runActions)[number];

const ofType = <Type extends PayoutEvent['type']>(events: readonly Recorded<PayoutEvent>[], type: Type) =>
  events.filter((e): e is Recorded<Extract<PayoutEvent, { type: Type }>> => e.type === type);

const total = (events: readonly { data: { amountCents: number } }[]) =>
  events.reduce((sum, e) => sum + e.data.amountCents, 0);

/**
 * What the person just did, said from the events their request recorded: the link names the action
 * and the request, never an amount or a count. A request that recorded nothing says so.
 */
export function runNotice(
  w: Words,
  action: RunAction,
  recorded: readonly Recorded<PayoutEvent>[],
  companyOf: (mpnId: string) => string,
): Html {
  switch (action) {
    case 'close': {
      const closed = ofType(recorded, 'PayoutComputed');
      return closed.length === 0
        ? notice('info', w.t('console.runs.done.close.none'))
        : notice('ok', w.count('console.runs.done.close', closed.length, { amount: w.money(total(closed)) }));
    }
    case 'schedule': {
      const scheduled = ofType(recorded, 'PaymentScheduled');
      return scheduled.length === 0
        ? notice('info', w.t('console.runs.done.schedule.none'))
        : notice(
            'ok',
            w.count('console.runs.done.schedule', scheduled.length, { amount: w.money(total(scheduled)) }),
          );
    }
    case 'payment': {
      const issued = ofType(recorded, 'PayoutIssued')[0];
      return issued
        ? notice(
            'ok',
            w.t('console.runs.done.payment', {
              reference: issued.data.reference,
              amount: w.money(issued.data.amountCents),
              partner: w.t('approval.partnerName', {
                companyName: companyOf(issued.data.mpnId),
                mpnId: issued.data.mpnId,
              }),
            }),
          )
        : notice('info', w.t('console.runs.done.payment.none'));
    }
  }
}
