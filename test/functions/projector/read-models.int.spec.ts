import { DeleteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuildReadModels, verifyEventChains } from '../../../cli/maintenance.js';
import type { CampaignView } from '../../../domain/campaigns/campaign-view.js';
import type { PartnerView } from '../../../domain/partners/partner-view.js';
import { summaryOf } from '../../../domain/payouts/statement-summary.js';
import type { RegistrationView } from '../../../domain/registrations/registration-view.js';
import { addMs } from '../../../events/instant.js';
import { indexKeys } from '../../../events/streams.js';
import { ensureTable } from '../../../functions/adapters/dynamodb-client.js';
import { DynamoDbReadModels } from '../../../functions/adapters/dynamodb-read-models.js';
import { chainHash } from '../../../functions/adapters/hash-chain.js';
import { readModelTableCreateInput } from '../../../functions/adapters/read-model-table.js';
import { campaignStatements } from '../../../functions/application/campaign-statements.js';
import { recordSales, reverseSales } from '../../../functions/application/record-sales.js';
import { readModelKeys } from '../../../functions/read-models/targets.js';
import { uniqueTableName } from '../../support/dynamodb.js';
import { saleLine } from '../../support/fixtures.js';
import { localEventStack } from '../../support/local-stack.js';
import { mpnIdOf, recordProgramHistory } from '../../support/program-history.js';

const EVERY_DAY = { from: '2000-01-01', to: '2099-12-31' };

let stack: Awaited<ReturnType<typeof localEventStack>>;
beforeAll(async () => {
  stack = await localEventStack();
  await recordProgramHistory(stack.deps, { partners: 6, salesPerPartner: 8 });
  await stack.project();
});

describe('The projector, fed from the event table stream', () => {
  it('keeps a partner profile, without anything secret', async () => {
    const item = await stack.readModels.getView<PartnerView>(readModelKeys.partner(mpnIdOf(0)));
    expect(item?.view).toMatchObject({
      mpnId: mpnIdOf(0),
      companyName: 'Reseller 0',
      status: 'active',
      accessCodeLocked: false,
    });
    expect(JSON.stringify(item)).not.toMatch(/codeHash|scrypt/);
  });

  it('keeps the campaign catalog', async () => {
    const campaigns = await stack.readModels.queryViews<CampaignView>('campaigns', 'campaign#');
    expect(campaigns.map((c) => c.campaignId).sort()).toEqual(['history-freq', 'history-sku']);
  });

  it("keeps each partner's registrations and each campaign's, with decisions", async () => {
    const ofPartner = await stack.readModels.queryViews<RegistrationView>(
      `partner#${mpnIdOf(1)}`,
      'registration#',
    );
    expect(ofPartner.map((r) => [r.campaignId, r.status]).sort()).toEqual([
      ['history-freq', 'pending-approval'],
      ['history-sku', 'pending-approval'],
    ]);
    const ofCampaign = await stack.readModels.queryViews<RegistrationView>(
      'campaign#history-sku',
      'registration#',
    );
    expect(ofCampaign).toHaveLength(6);
    expect(ofCampaign.find((r) => r.mpnId === mpnIdOf(2))).toMatchObject({
      status: 'rejected',
      reason: 'Agreement not found',
    });
    expect(ofCampaign.find((r) => r.mpnId === mpnIdOf(0))).toMatchObject({
      status: 'approved',
      decidedBy: 'pm@vendor.example',
    });
  });

  it("keeps each partner's ledger lines with what was reversed of them", async () => {
    const entries = await stack.readModels.ledgerEntries(mpnIdOf(0), EVERY_DAY);
    // Partner 0 sold 1..8 units on its 8 lines and had 2 of them reversed by one unit.
    expect(entries).toHaveLength(8);
    expect(entries.reduce((sum, e) => sum + e.quantity, 0)).toBe(36);
    expect(entries.flatMap((e) => e.reversals).reduce((sum, r) => sum + r.units, 0)).toBe(2);
  });

  it("keeps each registration's statement summary, as a replay of its events works it out", async () => {
    for (const campaignId of ['history-sku', 'history-freq']) {
      const replayed = await campaignStatements(stack.store, campaignId, stack.clock.now());
      if (!replayed.ok) throw new Error(replayed.refusal.message);
      const summaries = await stack.readModels.statementSummaries(campaignId);
      expect(summaries.sort((a, b) => a.mpnId.localeCompare(b.mpnId))).toEqual(
        replayed.statements.map(summaryOf).sort((a, b) => a.mpnId.localeCompare(b.mpnId)),
      );
    }
  });

  it('applies a record delivered twice only once', async () => {
    const before = await stack.readModels.scanAll();
    const { Item } = await stack.client.send(
      new GetItemCommand({
        TableName: stack.tableName,
        Key: { stream: { S: `sale-H-${mpnIdOf(0)}-1` }, version: { N: '2' } },
      }),
    );
    const again: DynamoDBRecord = {
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: 'again', NewImage: Item as never },
    };
    expect(await stack.handler({ Records: [again, again] })).toEqual({ batchItemFailures: [] });
    expect(await stack.readModels.scanAll()).toEqual(before);
  });

  it('reports a record that comes before its predecessor, and applies both once it arrives', async () => {
    const saleId = `OOO-${Date.now()}`;
    const line = {
      saleId,
      mpnId: mpnIdOf(0),
      customerId: 'c-x',
      sku: 'M365-E5',
      quantity: 5,
      licenseType: 'Open',
      soldAt: '2026-07-03T00:00:00Z',
    };
    const system = { correlationId: 'c', causationId: 'c', actor: { role: 'system' as const } };
    const recorded = await stack.store.appendToStream(
      `sale-${saleId}`,
      [{ type: 'SaleRecorded', data: line }],
      { expectedVersion: 0, metadata: system },
    );
    const reversed = await stack.store.appendToStream(
      `sale-${saleId}`,
      [
        {
          type: 'SaleReversed',
          data: {
            reversalId: 'CN-1',
            saleId,
            mpnId: mpnIdOf(0),
            quantity: 2,
            reversedAt: '2026-07-04T00:00:00Z',
          },
        },
      ],
      { expectedVersion: 1, metadata: system },
    );
    const record = (event: (typeof recorded.events)[number], seq: string): DynamoDBRecord => ({
      eventName: 'INSERT',
      dynamodb: {
        SequenceNumber: seq,
        NewImage: { stream: { S: event.stream }, event: { S: JSON.stringify(event) } } as never,
      },
    });
    const [v1, v2] = [record(recorded.events[0] as never, 's1'), record(reversed.events[0] as never, 's2')];
    expect(await stack.handler({ Records: [v2] })).toEqual({ batchItemFailures: [{ itemIdentifier: 's2' }] });
    expect(await stack.handler({ Records: [v1, v2] })).toEqual({ batchItemFailures: [] });
    const entries = await stack.readModels.ledgerEntries(mpnIdOf(0), EVERY_DAY);
    expect(entries.find((e) => e.saleId === saleId)).toMatchObject({
      version: 2,
      quantity: 5,
      reversals: [{ units: 2 }],
    });
    await stack.project();
  });
});

describe('Rebuilding the read models', () => {
  it('gives exactly what the incremental path built', async () => {
    await stack.project();
    const incremental = await stack.readModels.scanAll();
    const rebuiltTable = uniqueTableName('rebuilt');
    await ensureTable(stack.client, readModelTableCreateInput(rebuiltTable));
    const rebuilt = new DynamoDbReadModels(stack.client, rebuiltTable);
    const { events, items } = await rebuildReadModels(stack.store, rebuilt);
    expect(events).toBeGreaterThan(100);
    expect(items).toBe(incremental.size);
    expect(await rebuilt.scanAll()).toEqual(incremental);
  });

  it('replaces stale items of the table it rebuilds', async () => {
    const table = uniqueTableName('stale');
    await ensureTable(stack.client, readModelTableCreateInput(table));
    await stack.client.send(
      new PutItemCommand({ TableName: table, Item: { pk: { S: 'partner#0' }, sk: { S: 'junk' } } }),
    );
    const target = new DynamoDbReadModels(stack.client, table);
    await rebuildReadModels(stack.store, target);
    expect((await target.scanAll()).has('partner#0\u0000junk')).toBe(false);
  });
});

describe('A reversal stored before reversals had ids', () => {
  const system = { correlationId: 'c', causationId: 'c', actor: { role: 'system' as const } };

  /** Rewrites a stored reversal as the release before credit-note numbers wrote it: version 1, no id. */
  async function storeAsVersion1(stream: string, version: number) {
    const { client, tableName } = stack;
    const key = { stream: { S: stream }, version: { N: String(version) } };
    const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: key }));
    const { data, ...envelope } = JSON.parse(String(Item?.event?.S));
    const { reversalId: _, ...withoutId } = data;
    const v1 = JSON.stringify({ ...envelope, schemaVersion: 1, data: withoutId });
    const hash = chainHash(String(Item?.prevHash?.S), v1);
    await client.send(
      new PutItemCommand({ TableName: tableName, Item: { ...Item, event: { S: v1 }, hash: { S: hash } } }),
    );
  }

  it('is read with the id of its instant: a resend meets it, the chain and the read models hold', async () => {
    const { deps, store, client } = stack;
    const mpnId = mpnIdOf(5);
    const saleId = `OLD-${Date.now()}`;
    const line = saleLine({ saleId, mpnId, quantity: 10, soldAt: '2026-07-03T00:00:00Z' });
    const withoutId = { saleId, quantity: 3, reversedAt: '2026-07-04T00:00:00Z' };
    await recordSales(deps, [line], system);
    await reverseSales(deps, [withoutId], system);
    await storeAsVersion1(`sale-${saleId}`, 2);

    expect(await reverseSales(deps, [withoutId], system)).toEqual({
      accepted: 0,
      duplicates: 1,
      rejected: [],
    });
    expect(await reverseSales(deps, [{ ...withoutId, reversalId: 'CN-2' }], system)).toMatchObject({
      accepted: 1,
    });
    const reversalIds = (await store.readIndex(indexKeys.salesOfPartner(mpnId))).flatMap((e) =>
      e.type === 'SaleReversed' && e.data.saleId === saleId ? [[e.schemaVersion, e.data.reversalId]] : [],
    );
    expect(reversalIds).toEqual([
      [2, 'at-2026-07-04T00:00:00Z'],
      [2, 'CN-2'],
    ]);
    expect((await verifyEventChains(store)).breaks).toEqual([]);
    const table = uniqueTableName('old-reversals');
    await ensureTable(client, readModelTableCreateInput(table));
    const rebuilt = new DynamoDbReadModels(client, table);
    await rebuildReadModels(store, rebuilt);
    const entry = (await rebuilt.ledgerEntries(mpnId, EVERY_DAY)).find((e) => e.saleId === saleId);
    expect(entry?.quantity).toBe(10);
    expect(entry?.reversals.map((r) => r.units)).toEqual([3, 3]);
  });
});

describe('Verifying the hash chains', () => {
  it('finds no break in the recorded history', async () => {
    const report = await verifyEventChains(stack.store);
    expect(report.events).toBeGreaterThan(100);
    expect(report.breaks).toEqual([]);
  });

  it('fingerprints the history recorded by an instant: later events leave it, an edit re-hashed to fool the chain does not', async () => {
    const { client, tableName, store } = stack;
    const asOf = stack.clock.now();
    const before = await verifyEventChains(store, asOf);
    stack.clock.set(addMs(asOf, 60_000));
    await store.appendToStream(
      'campaign-later-campaign',
      [
        {
          type: 'CampaignTermsRevised',
          data: {
            campaignId: 'later-campaign',
            termsText: 'Later.',
            termsSha256: 'c'.repeat(64),
            revisedAt: stack.clock.now(),
          },
        },
      ],
      { expectedVersion: 0, metadata: { correlationId: 'c', causationId: 'c', actor: { role: 'system' } } },
    );
    expect((await verifyEventChains(store, asOf)).fingerprint).toBe(before.fingerprint);
    expect((await verifyEventChains(store)).fingerprint).not.toBe(before.fingerprint);

    const stream = `sale-H-${mpnIdOf(2)}-1`;
    const { version } = await store.readStream(stream);
    expect(version).toBeGreaterThan(0);
    const key = { stream: { S: stream }, version: { N: String(version) } };
    const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: key }));
    const forged = String(Item?.event?.S).replace(/"quantity":(\d+)/, '"quantity":900');
    const hash = chainHash(String(Item?.prevHash?.S), forged);
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: { ...Item, event: { S: forged }, hash: { S: hash } },
      }),
    );
    const after = await verifyEventChains(store, asOf);
    expect(after.breaks).toEqual([]);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    await client.send(new PutItemCommand({ TableName: tableName, Item: Item ?? {} }));
    expect((await verifyEventChains(store, asOf)).fingerprint).toBe(before.fingerprint);
  });

  it('finds an event changed after it was recorded, and one removed', async () => {
    const { client, tableName } = stack;
    const key = (stream: string, version: number) => ({
      stream: { S: stream },
      version: { N: String(version) },
    });
    const target = key(`sale-H-${mpnIdOf(3)}-2`, 1);
    const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: target }));
    const altered = String(Item?.event?.S).replace(/"quantity":(\d+)/, '"quantity":900');
    await client.send(new PutItemCommand({ TableName: tableName, Item: { ...Item, event: { S: altered } } }));
    await client.send(new DeleteItemCommand({ TableName: tableName, Key: key(`partner-${mpnIdOf(4)}`, 2) }));

    const { breaks } = await verifyEventChains(stack.store);
    expect(breaks.map(({ stream, version, problem }) => [stream, version, problem])).toEqual([
      [`partner-${mpnIdOf(4)}`, 3, 'version-gap'],
      [`partner-${mpnIdOf(4)}`, 3, 'previous-hash-mismatch'],
      [`sale-H-${mpnIdOf(3)}-2`, 1, 'hash-mismatch'],
    ]);
  });
});
