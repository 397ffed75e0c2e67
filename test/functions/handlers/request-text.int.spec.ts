import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamIds } from '../../../events/streams.js';
import { sha256Hex } from '../../../functions/security/sha256.js';
import { type ApiHarness, type Call, KEYS, startApiHarness } from '../../support/api-harness.js';
import { partnerDetails, publish, registeredPartner, TERMS_TEXT } from '../../support/api-journeys.js';
import { dollarPerSkuTerms, saleLine } from '../../support/fixtures.js';

const CAMPAIGN = 'text-rules';
const MPN = '3100001';
let api: ApiHarness;
let partner: string;

/** A partner registered in a campaign, who may ask about its statement. */
beforeAll(async () => {
  api = await startApiHarness('2026-07-25T12:00:00Z');
  await publish(api, dollarPerSkuTerms({ campaignId: CAMPAIGN }));
  partner = await registeredPartner(api, CAMPAIGN, MPN);
});
afterAll(() => api.close());

const refusedFields = (response: Call) => {
  expect(response).toMatchObject({ status: 400, body: { error: { code: 'invalid-request' } } });
  const { details } = (response.body as { error: { details: { field: string }[] } }).error;
  return details.map((d) => d.field);
};

const NOT_ONE_LINE: [string, string][] = [
  ['a lone surrogate', 'Northwind\ud800'],
  ['a line break', 'Evil\r\nBcc: attacker@evil.example'],
  ['a NUL', 'North\u0000wind'],
  ['a bidirectional override', 'Northwind\u202etxt.exe'],
];

const signUpNamed = (companyName: string) =>
  api.call('POST', '/partners/signup', { body: { ...partnerDetails('3100002'), companyName } });

const NAMES: [string, string, (name: string) => Promise<Call>][] = [
  ['sign-up', 'body.companyName', signUpNamed],
  [
    'registration',
    'body.signature.signerName',
    (signerName) =>
      api.call('POST', `/campaigns/${CAMPAIGN}/registrations`, {
        token: partner,
        body: {
          agreementNumber: 'INV-0048213',
          signature: { signerName, signerEmail: 'dana@partner.example', termsSha256: sha256Hex(TERMS_TEXT) },
        },
      }),
  ],
  [
    'payment profile',
    'body.legalName',
    (legalName) =>
      api.call('PUT', '/partners/payment-profile', {
        token: partner,
        body: { legalName, remittanceEmail: 'ap@partner.example', bankReference: 'NW-PAYEE-7' },
      }),
  ],
  [
    'campaign',
    'body.terms.name',
    (name) =>
      api.call('POST', '/admin/campaigns', {
        token: KEYS.programAdmin,
        body: { terms: dollarPerSkuTerms({ campaignId: 'text-rules-named', name }), termsText: TERMS_TEXT },
      }),
  ],
];

describe('A name in a request is one line of well-formed text', () => {
  it.each(
    NAMES.flatMap(([request, field, send]) =>
      NOT_ONE_LINE.map(([what, value]) => [request, what, field, send, value] as const),
    ),
  )('a %s with %s in %s is refused with 400, naming the field', async (_, __, field, send, value) => {
    expect(refusedFields(await send(value))).toEqual([field]);
  });

  it('a sign-up refused for its company name records nothing', async () => {
    expect((await signUpNamed('Northwind\ud800')).status).toBe(400);
    expect((await api.store.readStream(streamIds.partner('3100002'))).events).toEqual([]);
  });

  it('a sale line whose customer id holds a control character is refused on its own', async () => {
    const response = await api.call('POST', '/sales', {
      token: KEYS.salesSystem,
      body: { lines: [saleLine({ saleId: 'TXT-1', mpnId: MPN, customerId: 'contoso\u0000' })] },
    });
    expect(response.body).toMatchObject({
      accepted: 0,
      rejected: [
        { index: 0, error: { code: 'invalid-line', details: { issues: [{ field: 'lines.0.customerId' }] } } },
      ],
    });
  });
});

const NOT_FREE_TEXT: [string, string][] = [
  ['a lone surrogate', 'We sold 20 seats.\ud800'],
  ['a NUL', 'We sold 20 seats.\u0000'],
  ['a CR alone', 'We sold 20 seats.\rAccess code: XYZ'],
];

const raise = (message: string) =>
  api.call('POST', '/inquiries', {
    token: partner,
    body: { campaignId: CAMPAIGN, topic: 'missing-sale', message },
  });

describe('Free text in a request keeps its line breaks, and no other control character', () => {
  it('an inquiry keeps the LF and CR LF line breaks of its message', async () => {
    const message = 'We sold 20 E5 seats to Contoso.\r\nInvoice INV-0048213.\nThey are missing.';
    expect(await raise(message)).toMatchObject({ status: 201, body: { message } });
  });

  it.each(NOT_FREE_TEXT)('an inquiry whose message holds %s is refused with 400', async (_, message) => {
    expect(refusedFields(await raise(message))).toEqual(['body.message']);
  });

  it('a T&C text keeps its CR LF line breaks: the download is the text published', async () => {
    const termsText = 'Terms and conditions.\r\n1. Sell.\r\n2. Report truthfully.\r\n';
    await publish(api, dollarPerSkuTerms({ campaignId: 'text-rules-crlf' }), termsText);
    const download = await api.call('GET', '/campaigns/text-rules-crlf/terms', { token: partner });
    expect(download.text).toBe(termsText);
  });

  it.each(NOT_FREE_TEXT)('a T&C text with %s is refused with 400', async (_, termsText) => {
    const response = await api.call('POST', '/admin/campaigns', {
      token: KEYS.programAdmin,
      body: { terms: dollarPerSkuTerms({ campaignId: 'text-rules-terms' }), termsText },
    });
    expect(refusedFields(response)).toEqual(['body.termsText']);
  });
});
