import * as z from 'zod';
import type { SaleReversal } from '../../events/sales.js';
import type { BatchResult } from '../application/sales-batch.js';
import { BatchAnswerJson, batchAnswer, type CheckedBatch } from './sales-batch-request.js';

const MISSING_REVERSAL_ID =
  'Recorded without a reversalId, identified by its sale and reversedAt. Send the credit-note ' +
  'number as reversalId: it is required from the next release on.';

/**
 * Reversals sent without their credit-note number are still taken for one release; the answer
 * names them so that the sales system can fix its feed before they are refused.
 */
const Deprecation = z.strictObject({
  code: z.literal('reversal-id-missing'),
  message: z.string(),
  /** The positions in the batch of the reversals sent without one. */
  indexes: z.array(z.number().int().min(0)).min(1),
});

export const ReversalsAnswerJson = BatchAnswerJson.extend({ deprecations: z.array(Deprecation) });

export function reversalsAnswer(
  checked: CheckedBatch<SaleReversal>,
  outcome: BatchResult,
): z.input<typeof ReversalsAnswerJson> {
  const indexes = checked.valid.filter(({ item }) => item.reversalId === undefined).map(({ index }) => index);
  return {
    ...batchAnswer(checked, outcome),
    deprecations:
      indexes.length === 0 ? [] : [{ code: 'reversal-id-missing', message: MISSING_REVERSAL_ID, indexes }],
  };
}
