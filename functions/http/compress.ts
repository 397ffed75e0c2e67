import { gzipSync } from 'node:zlib';
import type middy from '@middy/core';
import type { ApiEvent, ApiResult } from './api-event.js';

// Below this, gzip saves too little to be worth a client's decompressing.
const MIN_BYTES = 1024;

/**
 * Gzips answers for clients that accept it. Lambda answers at most 6 MB: a finance report over a
 * large campaign is bigger as plain JSON, and a tenth of that compressed.
 */
export const gzipResponses: middy.MiddlewareObj<ApiEvent, ApiResult> = {
  after: (request) => {
    const response = request.response;
    const accepts = /\bgzip\b/i.test(request.event.headers?.['accept-encoding'] ?? '');
    if (
      !accepts ||
      !response?.body ||
      response.isBase64Encoded ||
      Buffer.byteLength(response.body) < MIN_BYTES
    )
      return;
    response.body = gzipSync(response.body).toString('base64');
    response.isBase64Encoded = true;
    response.headers = { ...response.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
  },
};
