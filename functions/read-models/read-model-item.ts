import type { ReadModelKey } from './targets.js';

/** One read-model item: a view folded from one source stream, up to a version of it. */
export type ViewItem = ReadModelKey & { kind: 'view'; stream: string; version: number; view: unknown };

/** A partner's sales totals: sums over its ledger lines, updated with each of them. */
export type TotalsItem = ReadModelKey & {
  kind: 'totals';
  lines: number;
  soldUnits: number;
  netUnits: number;
};

export type ReadModelItem = ViewItem | TotalsItem;

export const itemKey = ({ pk, sk }: ReadModelKey) => `${pk}\u0000${sk}`;

export class OutOfOrderEventError extends Error {
  override readonly name = 'OutOfOrderEventError';
  constructor(stream: string, version: number, applied: number) {
    super(
      `${stream} v${version} arrived while the read model is at v${applied}; it waits for its predecessor`,
    );
  }
}
