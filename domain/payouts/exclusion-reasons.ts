import type { ExclusionReason } from './statement.js';

/** Why a sale line earned nothing, as a partner asking "why didn't that count?" reads it. */
export const exclusionExplanations: Record<ExclusionReason, string> = {
  'licence-not-eligible': 'Its licence type is not eligible in this campaign.',
  'sku-not-eligible': 'Its SKU is not part of this campaign.',
  'fully-reversed': 'All its units were reversed (returned or credited).',
  'below-minimum-units': 'It has fewer net units than the minimum per sale.',
  'below-partner-minimum': 'Your eligible units in total are below the minimum per partner.',
  'unit-cap-reached': 'Your units had already reached the maximum paid per partner.',
  'existing-customer': 'The customer bought from you within the lookback period, so is not new.',
  'customer-already-counted': 'This customer was already counted once.',
};
