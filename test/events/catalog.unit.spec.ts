import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  eventCatalog,
  MalformedEventError,
  parseEvent,
  parseEventData,
  prepareNewEvent,
  UnknownEventTypeError,
} from '../../events/catalog.js';
import { NO_REASON_RECORDED } from '../../events/registrations.js';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  eventId: 'evt-1',
  stream: 'sale-INV-1',
  version: 1,
  type: 'SaleRecorded',
  schemaVersion: 1,
  occurredAt: '2026-07-10T14:00:00Z',
  recordedAt: '2026-07-10T14:00:01Z',
  data: {
    saleId: 'INV-1',
    mpnId: '1234567',
    customerId: 'cust-a',
    sku: 'M365-E5',
    quantity: 10,
    licenseType: 'Open',
    soldAt: '2026-07-10T14:00:00Z',
  },
  metadata: { correlationId: 'corr-1', causationId: 'req-1', actor: { role: 'sales-system' } },
  ...overrides,
});

const rejectionV1 = (reason?: string) =>
  envelope({
    stream: 'registration-m365-upsell--1234567',
    type: 'RegistrationRejected',
    schemaVersion: 1,
    data: {
      registrationId: 'm365-upsell--1234567',
      campaignId: 'm365-upsell',
      mpnId: '1234567',
      approverEmail: 'pm@vendor.example',
      decidedAt: '2026-07-03T15:00:00Z',
      ...(reason === undefined ? {} : { reason }),
    },
  });

describe('Reading stored events', () => {
  it('parses a valid event into its envelope and typed data', () => {
    const event = parseEvent(envelope());
    expect(event).toMatchObject({ eventId: 'evt-1', type: 'SaleRecorded', data: { quantity: 10 } });
  });

  it('fails loudly on an unknown type, naming the event', () => {
    expect(() => parseEvent(envelope({ type: 'SaleTeleported' }))).toThrow(UnknownEventTypeError);
    expect(() => parseEvent(envelope({ type: 'SaleTeleported' }))).toThrow(/evt-1.*SaleTeleported/);
  });

  it('fails loudly on malformed data, naming the event and the field', () => {
    const bad = envelope({ data: { ...envelope().data, quantity: 2.5 } });
    expect(() => parseEvent(bad)).toThrow(MalformedEventError);
    expect(() => parseEvent(bad)).toThrow(/evt-1.*data\.quantity/);
  });

  it('fails loudly on a malformed envelope', () =>
    expect(() => parseEvent(envelope({ recordedAt: 'yesterday' }))).toThrow(/evt-1.*envelope\.recordedAt/));

  it('refuses data written by a newer version of the code', () =>
    expect(() => parseEvent(envelope({ schemaVersion: 2 }))).toThrow(/newer than this code knows/));

  it('reads the data alone, upcast and checked, whatever the envelope holds besides', () => {
    const { metadata: _, ...withoutMetadata } = rejectionV1();
    expect(parseEventData(withoutMetadata)).toMatchObject({
      type: 'RegistrationRejected',
      schemaVersion: 2,
      data: { reason: NO_REASON_RECORDED },
    });
    expect(() => parseEventData(envelope({ type: 'SaleTeleported' }))).toThrow(UnknownEventTypeError);
    expect(() => parseEventData(envelope({ data: { quantity: 2.5 } }))).toThrow(/evt-1.*data\.saleId/);
  });

  it('names an event that has no id at all', () =>
    expect(() => parseEvent({})).toThrow(/without an eventId/));

  it('hands an event back as it was written, without copying it', () => {
    const stored = envelope();
    expect(parseEvent(stored)).toBe(stored);
  });

  it('reads an event in another spelling than this code writes into that spelling', () => {
    const stored = envelope({ recordedAt: '2026-07-10T14:00:01.000Z' });
    expect(parseEvent(stored)).toEqual({ ...envelope(), recordedAt: '2026-07-10T14:00:01Z' });
  });

  const sale = envelope().data;
  const metadata = envelope().metadata;
  it.each([
    ['a data field missing', { data: { ...sale, sku: undefined } }, /data\.sku/],
    ['a data field of the wrong type', { data: { ...sale, quantity: '10' } }, /data\.quantity/],
    ['a count out of its range', { data: { ...sale, quantity: 0 } }, /data\.quantity/],
    ['an unknown data field', { data: { ...sale, discount: 5 } }, /data: Unrecognized key: "discount"/],
    [
      'an unknown field deep in the metadata',
      { metadata: { ...metadata, actor: { role: 'sales-system', badge: 1 } } },
      /envelope\.metadata\.actor: Unrecognized key: "badge"/,
    ],
    ['an unknown envelope field', { origin: 'import' }, /envelope: Unrecognized key: "origin"/],
    ['an envelope field missing', { metadata: undefined }, /envelope\.metadata/],
    ['a version that is not a whole number', { version: 1.5 }, /envelope\.version/],
    ['a schema version this code does not know', { schemaVersion: 7 }, /newer than this code knows/],
    ['an unknown type', { type: 'SaleTeleported' }, /unknown type 'SaleTeleported'/],
  ])('refuses a stored event with %s, naming it', (_, change, problem) => {
    const stored = JSON.parse(JSON.stringify(envelope(change)));
    expect(() => parseEvent(stored)).toThrow(problem);
    expect(() => parseEvent(stored)).toThrow(/evt-1/);
  });
});

describe('Upcasting old schema versions', () => {
  it('reads a version 1 rejection with its reason as version 2', () => {
    const event = parseEvent(rejectionV1('Agreement number unknown'));
    expect(event).toMatchObject({ schemaVersion: 2, data: { reason: 'Agreement number unknown' } });
  });

  it('gives a version 1 rejection without a reason the placeholder partners will read', () =>
    expect(parseEvent(rejectionV1())).toMatchObject({
      schemaVersion: 2,
      data: { reason: NO_REASON_RECORDED },
    }));

  it('reads a version 1 closed statement as one without adjustments', () => {
    const v1 = {
      ...rejectionV1(),
      stream: 'payout-m365-upsell--1234567',
      type: 'PayoutComputed',
      schemaVersion: 1,
      data: {
        registrationId: 'm365-upsell--1234567',
        campaignId: 'm365-upsell',
        mpnId: '1234567',
        asOf: '2026-10-01T04:00:00Z',
        amountCents: 64_000,
        potentialCents: 64_000,
        statementSha256: 'a'.repeat(64),
      },
    };
    expect(parseEvent(v1)).toMatchObject({
      schemaVersion: 2,
      data: { amountCents: 64_000, adjustmentsCents: 0 },
    });
  });

  it('names a version 1 reversal by its instant, as reversals without a credit-note number are', () => {
    const v1 = envelope({
      type: 'SaleReversed',
      data: { saleId: 'INV-1', mpnId: '1234567', quantity: 2, reversedAt: '2026-07-20T00:00:00.000Z' },
    });
    expect(parseEvent(v1)).toMatchObject({
      schemaVersion: 2,
      data: { reversalId: 'at-2026-07-20T00:00:00Z', quantity: 2, reversedAt: '2026-07-20T00:00:00Z' },
    });
  });

  it('rejects a version 2 reversal without a reversalId', () => {
    const v2 = envelope({
      type: 'SaleReversed',
      schemaVersion: 2,
      data: { saleId: 'INV-1', mpnId: '1234567', quantity: 2, reversedAt: '2026-07-20T00:00:00Z' },
    });
    expect(() => parseEvent(v2)).toThrow(/data\.reversalId/);
  });

  it('rejects a version 2 rejection without a reason', () => {
    const v2 = { ...rejectionV1(), schemaVersion: 2 };
    expect(() => parseEvent(v2)).toThrow(/data\.reason/);
  });
});

describe('Writing new events', () => {
  it('normalises instants and names the stream, index and business time', () => {
    const prepared = prepareNewEvent({
      type: 'SaleReversed',
      data: {
        reversalId: 'CN-1',
        saleId: 'INV-1',
        mpnId: '1234567',
        quantity: 2,
        reversedAt: '2026-07-20T00:00:00.000Z',
      },
    });
    expect(prepared).toEqual({
      type: 'SaleReversed',
      schemaVersion: 2,
      data: {
        reversalId: 'CN-1',
        saleId: 'INV-1',
        mpnId: '1234567',
        quantity: 2,
        reversedAt: '2026-07-20T00:00:00Z',
      },
      stream: 'sale-INV-1',
      indexKey: 'sales-of-partner#1234567',
      occurredAt: '2026-07-20T00:00:00Z',
    });
  });

  it('refuses an event whose data breaks its schema', () =>
    expect(() =>
      prepareNewEvent({
        type: 'PayoutIssued',
        data: {
          registrationId: 'x',
          campaignId: 'c',
          mpnId: '1',
          amountCents: -5,
          reference: '',
          issuedAt: 'now',
        },
      } as never),
    ).toThrow(/data\.registrationId.*data\.mpnId.*data\.amountCents/s));

  it('has one definition per event type', () => {
    const types = eventCatalog.map((d) => d.type);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('Secrets stay out of events', () => {
  const propertyNames = (schema: unknown): string[] => {
    if (Array.isArray(schema)) return schema.flatMap(propertyNames);
    if (schema === null || typeof schema !== 'object') return [];
    const { properties, ...rest } = schema as { properties?: Record<string, unknown> };
    return [
      ...Object.keys(properties ?? {}),
      ...Object.values(properties ?? {}).flatMap(propertyNames),
      ...Object.values(rest).flatMap(propertyNames),
    ];
  };

  it('has no field that could hold an access code, a token or a key in plaintext', () => {
    const names = eventCatalog.flatMap((d) =>
      propertyNames(z.toJSONSchema(d.data, { io: 'input', unrepresentable: 'any' })),
    );
    expect(names).toContain('codeHash');
    expect(
      names.filter((name) => /^(accessCode|code|token|password|secret|apiKey|key|sessionToken)$/i.test(name)),
    ).toEqual([]);
  });
});
