import type { LedgerLine } from '../../domain/sales/ledger.js';
import type { RecordedEvent } from '../../events/catalog.js';
import {
  itemKey,
  type ReadModelItem,
  type TotalsItem,
  type ViewItem,
} from '../read-models/read-model-item.js';
import { readModelKeys, viewTargetsOf } from '../read-models/targets.js';

/**
 * The read models from scratch: every event folded in memory through the same view functions
 * the projector uses, then written in bulk. Events arrive stream by stream in version order.
 */
export function foldReadModels(events: Iterable<RecordedEvent>): ReadModelItem[] {
  const views = new Map<string, ViewItem>();
  for (const event of events) {
    for (const target of viewTargetsOf(event)) {
      const key = itemKey(target);
      const view = target.evolve(views.get(key)?.view, event);
      views.set(key, {
        pk: target.pk,
        sk: target.sk,
        kind: 'view',
        stream: event.stream,
        version: event.version,
        view,
      });
    }
  }
  const totals = new Map<string, TotalsItem>();
  for (const item of views.values()) {
    if (!item.sk.startsWith('sale#') || !item.view) continue;
    const line = item.view as LedgerLine;
    const mpnId = item.pk.slice('partner#'.length);
    const key = readModelKeys.salesTotals(mpnId);
    const sum = totals.get(itemKey(key)) ?? { ...key, kind: 'totals', lines: 0, soldUnits: 0, netUnits: 0 };
    sum.lines += 1;
    sum.soldUnits += line.quantity;
    sum.netUnits += line.quantity - line.reversedUnits;
    totals.set(itemKey(key), sum);
  }
  return [...views.values(), ...totals.values()];
}
