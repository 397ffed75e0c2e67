import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from '../../../functions/logging/logger.js';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (line: string) => lines.push(JSON.parse(line)) };
};

afterEach(() => {
  process.env.LOG_LEVEL = 'silent';
});

describe('The logger', () => {
  it('writes one JSON line per entry with the fields of its context', () => {
    process.env.LOG_LEVEL = 'info';
    const { lines, write } = capture();
    createLogger({ service: 'api' }, write)
      .child({ correlationId: 'c-1' })
      .info('Signed up', { mpnId: '1234567' });
    expect(lines).toEqual([
      {
        level: 'info',
        time: expect.any(String),
        message: 'Signed up',
        service: 'api',
        correlationId: 'c-1',
        mpnId: '1234567',
      },
    ]);
  });

  it('never writes an access code, a token, a key or a secret, however deep', () => {
    process.env.LOG_LEVEL = 'info';
    const { lines, write } = capture();
    createLogger({}, write).warn('Request', {
      body: { mpnId: '1234567', accessCode: 'K7M2QX9PHT' },
      headers: { authorization: 'Bearer abc', 'x-api-key': 'k' },
      approvalToken: 'tok',
      nested: [{ hmacKey: 'h', signingSecret: 's', code: 'sale-conflict', statusCode: 409 }],
      sessionSigningKey: 'ssk',
      env: { SESSION_SIGNING_KEY: 'env-ssk', SECRETS_ARN: 'arn' },
      approvalLink: 'https://example.test/approvals/t0ken',
      links: ['https://example.test/approvals/t1ken'],
      idempotencyKey: 'batch-7',
      approvalTokens: ['t2ken'],
      apiKeys: { finance: 'fin-key' },
      credentials: { accessKeyId: 'AKIA-0' },
    });
    const text = JSON.stringify(lines);
    for (const secret of [
      'K7M2QX9PHT',
      'Bearer abc',
      '"tok"',
      '"h"',
      '"s"',
      'ssk',
      't0ken',
      't1ken',
      't2ken',
      'fin-key',
      'AKIA-0',
    ])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({
      body: { mpnId: '1234567', accessCode: REDACTED },
      nested: [{ code: 'sale-conflict', statusCode: 409 }],
      idempotencyKey: 'batch-7',
    });
  });

  it('writes nothing below LOG_LEVEL', () => {
    process.env.LOG_LEVEL = 'error';
    const { lines, write } = capture();
    const logger = createLogger({}, write);
    logger.info('quiet');
    logger.warn('quiet');
    logger.error('loud');
    expect(lines.map((l) => l.message)).toEqual(['loud']);
  });
});
