import * as z from 'zod';
import type { EventMetadata } from '../../events/envelope.js';
import type { BatchResult } from '../application/sales-batch.js';
import { ErrorBody } from './api-error.js';
import type { ApiResult } from './api-event.js';
import { fieldIssues } from './error-response.js';

export const MAX_LINES_PER_BATCH = 1000;

/** The schema of a batch's items, for the documents: the batch itself takes any item, to check it alone. */
export const batchItems = new WeakMap<z.core.$ZodType, z.ZodType>();

/**
 * A batch's list of items: its length is checked as a whole, each item on its own (so one bad line
 * refuses only itself); the documents show the items' own schema.
 */
export function batchOf(item: z.ZodType) {
  const batch = z
    .array(z.unknown())
    .min(1, { message: 'must hold at least one item' })
    .max(MAX_LINES_PER_BATCH, {
      message: `must hold at most ${MAX_LINES_PER_BATCH.toLocaleString('en')} items`,
    });
  batchItems.set(batch, item);
  return batch;
}

const Count = z.number().int().min(0);

/** What became of each item of a batch: new, already known, or refused with its position and reason. */
export const BatchAnswerJson = z.strictObject({
  accepted: Count,
  duplicates: Count,
  rejected: z.array(
    z.strictObject({
      index: Count,
      // A malformed item may have no saleId, or one that is not well-formed.
      saleId: z.string().nullable(),
      error: ErrorBody.shape.error.extend({ details: z.record(z.string(), z.unknown()) }),
    }),
  ),
});

export type CheckedBatch<Item> = { valid: { index: number; item: Item }[]; invalid: BatchResult['rejected'] };

/** Splits a batch into the items that are well-formed and the ones refused with their wrong fields. */
export function checkBatchItems<Schema extends z.ZodType>(
  schema: Schema,
  items: unknown[],
  field: string,
): CheckedBatch<z.output<Schema>> {
  const checked: CheckedBatch<z.output<Schema>> = { valid: [], invalid: [] };
  items.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      checked.valid.push({ index, item: parsed.data });
      return;
    }
    const saleId = (raw as { saleId?: unknown } | null)?.saleId;
    checked.invalid.push({
      index,
      saleId: typeof saleId === 'string' ? saleId : null,
      error: {
        code: 'invalid-line',
        message: 'The line is not valid: see details, field by field.',
        details: { issues: fieldIssues(parsed.error, `${field}.${index}`) },
      },
    });
  });
  return checked;
}

/** The answer to a batch: the store's outcome for the valid items, plus the items refused as malformed. */
export function batchAnswer<Item>(checked: CheckedBatch<Item>, outcome: BatchResult): BatchResult {
  const rejected = [
    ...checked.invalid,
    ...outcome.rejected.map((r) => ({ ...r, index: checked.valid[r.index]?.index ?? r.index })),
  ].sort((a, b) => a.index - b.index);
  return { accepted: outcome.accepted, duplicates: outcome.duplicates, rejected };
}

/**
 * The handler of a batch route: the batch's shape was checked as a whole (400), each item is
 * checked on its own here, the valid items go to the use case, and `answerOf` writes the answer.
 */
export const batchHandler =
  <Deps, Field extends string, Item, Answer extends BatchResult>(
    field: Field,
    itemSchema: z.ZodType<Item>,
    run: (deps: Deps, items: Item[], metadata: EventMetadata) => Promise<BatchResult>,
    deps: () => Deps,
    answerOf: (checked: CheckedBatch<Item>, outcome: BatchResult) => Answer,
  ) =>
  async (request: {
    body: Record<Field, unknown[]>;
    metadata: EventMetadata;
    answer: (status: 200, body: Answer) => ApiResult;
  }): Promise<ApiResult> => {
    const checked = checkBatchItems(itemSchema, request.body[field], field);
    const outcome = await run(
      deps(),
      checked.valid.map((v) => v.item),
      request.metadata,
    );
    return request.answer(200, answerOf(checked, outcome));
  };
