import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../cli/run-scenario.js';
import { parseScenario } from '../../cli/scenario.js';
import { dollarPerSkuTerms, frequencyTerms } from '../support/fixtures.js';

// The program's payout scenarios, each with the statements it must give.
const scenarioFolder = join(import.meta.dirname, '../fixtures/scenarios');
const scenarioFiles = readdirSync(scenarioFolder)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => join(scenarioFolder, f));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('The payout simulator on the product scenarios', () => {
  it('has scenarios to check', () => expect(scenarioFiles.length).toBeGreaterThanOrEqual(2));

  it.each(scenarioFiles)('gives the expected statements for %s', async (file) => {
    const report = await runScenario(parseScenario(readJson(file)));
    expect(report).toEqual(readJson(file.replace(/\.json$/, '.expected.json')));
  });
});

const ASOF = '2026-11-01T00:00:00Z';
const sale = (saleId: string, extra: Record<string, unknown> = {}) => ({
  saleId,
  mpnId: '1234567',
  customerId: 'cust-a',
  sku: 'M365-E5',
  quantity: 10,
  licenseType: 'Open',
  soldAt: '2026-07-10T14:00:00Z',
  ...extra,
});
const registration = (extra: Record<string, unknown> = {}) => ({
  mpnId: '1234567',
  campaignId: 'm365-upsell',
  submittedAt: '2026-07-02T15:00:00Z',
  decision: 'approved',
  decidedAt: '2026-07-03T15:00:00Z',
  ...extra,
});
const simulate = (scenario: Record<string, unknown>) =>
  runScenario(
    parseScenario({
      asOf: ASOF,
      campaigns: [dollarPerSkuTerms()],
      registrations: [registration()],
      sales: [],
      reversals: [],
      ...scenario,
    }),
  );

describe('The simulator replays only what was recorded as of asOf', () => {
  it('ignores a reversal dated after asOf', async () => {
    const report = await simulate({
      sales: [sale('S1')],
      reversals: [{ saleId: 'S1', quantity: 10, reversedAt: '2026-11-01T00:00:01Z' }],
    });
    expect(report.totalCents).toBe(40_000);
  });

  it('applies a reversal dated at asOf', async () => {
    const report = await simulate({
      sales: [sale('S1')],
      reversals: [{ saleId: 'S1', quantity: 10, reversedAt: ASOF }],
    });
    expect(report.statements[0]?.excluded).toEqual([{ saleId: 'S1', reason: 'fully-reversed' }]);
  });

  it('ignores a sale recorded after asOf, even if it was sold before', async () => {
    const report = await simulate({ sales: [sale('S1', { recordedAt: '2026-11-02T00:00:00Z' })] });
    expect(report.statements[0]?.lines).toEqual([]);
  });

  it('reports a registration decided after asOf as pending', async () => {
    const report = await simulate({
      registrations: [registration({ decidedAt: '2026-11-05T00:00:00Z' })],
      sales: [sale('S1')],
    });
    expect(report.statements[0]).toMatchObject({
      registrationStatus: 'pending',
      amountCents: 0,
      potentialCents: 40_000,
    });
  });

  it('has no statement for a registration submitted after asOf', async () => {
    const report = await simulate({
      asOf: '2026-08-01T00:00:00Z',
      registrations: [registration({ submittedAt: '2026-08-01T00:00:01Z', decision: null, decidedAt: null })],
    });
    expect(report.statements).toEqual([]);
  });

  it('reports a rejection as paying and promising nothing', async () => {
    const report = await simulate({
      registrations: [registration({ decision: 'rejected', reason: 'No agreement' })],
      sales: [sale('S1')],
    });
    expect(report.statements[0]).toMatchObject({
      registrationStatus: 'rejected',
      amountCents: 0,
      potentialCents: 0,
    });
  });

  it('gives a statement per registration across campaigns, sorted, with the total', async () => {
    const report = await simulate({
      campaigns: [
        frequencyTerms({ campaignId: 'b-campaign' }),
        dollarPerSkuTerms({ campaignId: 'a-campaign' }),
      ],
      registrations: [
        registration({ campaignId: 'b-campaign', mpnId: '7654321' }),
        registration({ campaignId: 'b-campaign' }),
        registration({ campaignId: 'a-campaign' }),
      ],
      sales: [sale('S1'), sale('S2', { mpnId: '7654321', sku: 'M365-E3' })],
    });
    expect(report.statements.map((s) => `${s.campaignId}/${s.mpnId}`)).toEqual([
      'a-campaign/1234567',
      'b-campaign/1234567',
      'b-campaign/7654321',
    ]);
    expect(report.totalCents).toBe(40_000);
  });
});

describe('The simulator identifies reversals by their credit-note number', () => {
  const withoutId = { saleId: 'S1', quantity: 2, reversedAt: '2026-08-01T00:00:00Z' };
  const creditNote = (reversalId: string) => ({ reversalId, ...withoutId });

  it('counts two credit notes of one sale at the same instant as two reversals', async () => {
    const report = await simulate({
      sales: [sale('S1')],
      reversals: [creditNote('CN-1'), creditNote('CN-2')],
    });
    expect(report.statements[0]?.lines).toEqual([
      { saleId: 'S1', sku: 'M365-E5', units: 6, amountCents: 24_000 },
    ]);
  });

  it('counts a credit note listed twice once', async () => {
    const report = await simulate({
      sales: [sale('S1')],
      reversals: [creditNote('CN-1'), creditNote('CN-1')],
    });
    expect(report.statements[0]?.lines).toMatchObject([{ saleId: 'S1', units: 8 }]);
  });

  it('identifies a reversal without a reversalId by its sale and instant', async () => {
    const report = await simulate({ sales: [sale('S1')], reversals: [withoutId, withoutId] });
    expect(report.statements[0]?.lines).toMatchObject([{ saleId: 'S1', units: 8 }]);
  });
});

describe('The simulator refuses a scenario the rules refuse, naming the entry', () => {
  it.each([
    [
      'a registration after the deadline',
      {
        registrations: [
          registration({ submittedAt: '2026-09-16T00:00:00Z', decidedAt: '2026-09-17T00:00:00Z' }),
        ],
      },
      /registrations\[0\]: .*\(registration-deadline-passed\)/,
    ],
    [
      'a registration for an unknown campaign',
      { registrations: [registration({ campaignId: 'nope' })] },
      /registrations\[0\]: .*\(campaign-not-found\)/,
    ],
    [
      'a reversal of an unknown sale',
      { reversals: [{ saleId: 'S9', quantity: 1, reversedAt: '2026-08-01T00:00:00Z' }] },
      /reversals\[0\]: .*\(sale-not-found\)/,
    ],
    [
      'a reversal of more than was sold',
      {
        sales: [sale('S1')],
        reversals: [{ saleId: 'S1', quantity: 11, reversedAt: '2026-08-01T00:00:00Z' }],
      },
      /reversals\[0\]: .*\(reversal-exceeds-net-units\)/,
    ],
    [
      'a credit note listed twice with other quantities',
      {
        sales: [sale('S1')],
        reversals: [
          { reversalId: 'CN-1', saleId: 'S1', quantity: 1, reversedAt: '2026-08-01T00:00:00Z' },
          { reversalId: 'CN-1', saleId: 'S1', quantity: 2, reversedAt: '2026-08-01T00:00:00Z' },
        ],
      },
      /reversals\[1\]: .*\(reversal-conflict\)/,
    ],
    [
      'a sale id sent twice with other content',
      { sales: [sale('S1'), sale('S1', { quantity: 3 })] },
      /sales\[1\]: .*\(sale-conflict\)/,
    ],
  ])('%s', async (_, scenario, message) => {
    await expect(simulate(scenario)).rejects.toThrow(message);
  });
});

describe('Reading a scenario', () => {
  it.each([
    ['a missing asOf', { campaigns: [] }, 'asOf: '],
    [
      'a quantity in fractions',
      { asOf: ASOF, campaigns: [], sales: [sale('S1', { quantity: 2.5 })] },
      'sales[0].quantity: ',
    ],
    [
      'a bad campaign type',
      { asOf: ASOF, campaigns: [{ ...dollarPerSkuTerms(), type: 'bogus' }] },
      'campaigns[0].type: ',
    ],
    [
      'a decision without its date',
      { asOf: ASOF, campaigns: [], registrations: [registration({ decidedAt: null })] },
      'registrations[0].decidedAt: ',
    ],
    ['an unknown top-level field', { asOf: ASOF, campaigns: [], payouts: [] }, '(scenario): '],
  ])('names the field for %s', (_, json, expected) => {
    expect(() => parseScenario(json)).toThrow(expected);
  });
});
