import type { DomainEvent } from '../events/catalog.js';
import { registrationIdOf } from '../events/streams.js';
import { mapWithConcurrency } from '../functions/application/concurrency.js';
import type { EventStore } from '../functions/ports/event-store.js';
import { benchMetadata } from './context.js';

const SKUS = ['M365-E5', 'M365-E3', 'M365-BP', 'AZ-CREDIT', 'D365-SALES'];
const LICENCES = ['Open', 'Open', 'OpenValue', 'CSP'];

export const benchMpnId = (p: number) => String(3_000_000 + p);

/** A sale line of a realistic mix: a few SKUs and licence types, quantities mostly small. */
export function benchSale(n: number, partners: number) {
  return {
    saleId: `S-${n}`,
    mpnId: benchMpnId(n % partners),
    customerId: `cust-${(n * 7919) % (partners * 20)}`,
    sku: SKUS[n % SKUS.length] as string,
    quantity: 1 + ((n * 31) % 25),
    licenseType: LICENCES[n % LICENCES.length] as string,
    soldAt: new Date(Date.parse('2026-07-01T04:00:00Z') + ((n * 104_729) % (92 * 86_400_000))).toISOString(),
  };
}

/**
 * Writes about `events` events through the event store, as a program of that size would have
 * them: partners who signed up and were approved for a campaign, their sales, 2% reversed.
 */
export async function seedProgram(store: EventStore, events: number) {
  const partners = Math.max(10, Math.floor(events / 100));
  const sales = events - partners * 5;
  const append = (stream: string, list: DomainEvent[]) =>
    store.appendToStream(stream, list, { expectedVersion: 0, metadata: benchMetadata });
  await mapWithConcurrency(
    Array.from({ length: partners }, (_, p) => p),
    32,
    async (p) => {
      const mpnId = benchMpnId(p);
      const at = '2026-07-01T00:00:00Z';
      await append(`partner-${mpnId}`, [
        {
          type: 'PartnerSignedUp',
          data: {
            mpnId,
            companyName: `Reseller ${p}`,
            contactEmail: `p${p}@resellers.example`,
            country: 'CA',
            signedUpAt: at,
          },
        },
        {
          type: 'AccessCodeIssued',
          data: {
            mpnId,
            codeId: `c${p}`,
            codeHash: 'scrypt$bench$not-a-real-hash',
            issuedAt: at,
            expiresAt: '2026-07-08T00:00:00Z',
          },
        },
        { type: 'PartnerActivated', data: { mpnId, codeId: `c${p}`, activatedAt: at } },
      ]);
      const keys = {
        registrationId: registrationIdOf('bench-campaign', mpnId),
        campaignId: 'bench-campaign',
        mpnId,
      };
      await append(`registration-${keys.registrationId}`, [
        {
          type: 'RegistrationSubmitted',
          data: {
            ...keys,
            agreementNumber: `INV-${mpnId}`,
            signature: {
              signerName: 'Signer',
              signerEmail: `p${p}@resellers.example`,
              termsSha256: 'a'.repeat(64),
              signedAt: at,
            },
            submittedAt: at,
          },
        },
        {
          type: 'RegistrationApproved',
          data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt: at },
        },
      ]);
    },
  );
  const reversedEvery = 50;
  const saleCount = Math.floor(sales / (1 + 1 / reversedEvery));
  await mapWithConcurrency(
    Array.from({ length: saleCount }, (_, n) => n),
    64,
    async (n) => {
      const line = benchSale(n, partners);
      const list: DomainEvent[] = [{ type: 'SaleRecorded', data: line }];
      if (n % reversedEvery === 0) {
        list.push({
          type: 'SaleReversed',
          data: {
            reversalId: 'CN-1',
            saleId: line.saleId,
            mpnId: line.mpnId,
            quantity: 1,
            reversedAt: '2026-10-15T00:00:00Z',
          },
        });
      }
      await append(`sale-${line.saleId}`, list);
    },
  );
  return { partners, sales: saleCount };
}
