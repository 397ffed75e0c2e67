import type { ApiResult } from './api-event.js';

/** The media types of answers: JSON, pages, and files to keep. */
export const JSON_TYPE = 'application/json';
export const PAGE = 'text/html; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';
export const CSV = 'text/csv; charset=utf-8';
export const PDF = 'application/pdf';

export const json = (statusCode: number, body: unknown): ApiResult => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/** A file to keep: the browser saves it under `fileName` instead of showing it. */
export const download = (fileName: string, contentType: string, body: string): ApiResult => ({
  statusCode: 200,
  headers: {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
  },
  body,
});
