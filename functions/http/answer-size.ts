import type middy from '@middy/core';
import type { Logger } from '../logging/logger.js';
import { ApiError } from './api-error.js';
import type { ApiEvent, ApiResult } from './api-event.js';
import { errorResponse } from './error-response.js';

/**
 * What a Lambda function may answer: its result as JSON, at most 6 MB (of 2^20 bytes). The body
 * travels in it as a JSON string, escaped (a quote takes two bytes), or gzipped as base64.
 */
export const LAMBDA_RESULT_BYTES = 6 * 2 ** 20;

/** What the rows of one page may take of the function's result: a third is left for the rest. */
export const PAGE_BYTES = 4 * 2 ** 20;

/** The size of a function's result as Lambda counts it. */
export const resultBytes = (result: ApiResult) => Buffer.byteLength(JSON.stringify(result));

/** What a value takes of a function's result, in a plain JSON body: as JSON, escaped, and a comma. */
export const travellingBytes = (value: unknown) =>
  Buffer.byteLength(JSON.stringify(JSON.stringify(value))) - 1;

/**
 * The last check of an answer, once gzipped: one over Lambda's limit would reach the client as the
 * gateway's bare 502, so it is answered 500 `answer-too-large` instead, which says what to ask for,
 * and logged as the error it is (a route should page what can grow).
 */
export const answerSizeGuard = (
  loggerOf: (request: middy.Request<ApiEvent, ApiResult>) => Logger,
): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  after: (request) => {
    const response = request.response;
    if (!response) return;
    const bytes = resultBytes(response);
    if (bytes <= LAMBDA_RESULT_BYTES) return;
    loggerOf(request).error('Answer over Lambda’s limit', { bytes });
    const { 'content-encoding': _, 'content-disposition': __, vary: ___, ...kept } = response.headers ?? {};
    const { response: refused } = errorResponse(
      new ApiError(
        500,
        'answer-too-large',
        'The answer is more than the API can send at once (6 MB): ask for fewer items with `limit`, or send `Accept-Encoding: gzip`.',
      ),
    );
    request.response = { ...refused, headers: { ...kept, ...refused.headers } };
  },
});
