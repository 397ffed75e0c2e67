import type { DomainEvent } from '../events/catalog.js';
import { canonicalInstant } from '../events/instant.js';
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

/** A partner that signed up, was sent its access code and logged in with it, all at `at`. */
export function activePartner(mpnId: string, p: number, at: string): DomainEvent[] {
  const codeId = `c${p}`;
  const weekLater = new Date(Date.parse(at) + 7 * 86_400_000).toISOString();
  return [
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
        codeId,
        codeHash: 'scrypt$bench$not-a-real-hash',
        issuedAt: at,
        expiresAt: canonicalInstant(weekLater),
      },
    },
    { type: 'PartnerActivated', data: { mpnId, codeId, activatedAt: at } },
  ];
}

/** A partner's registration for a campaign, submitted (signing terms of that digest) and approved at `at`. */
export function approvedRegistration(
  campaignId: string,
  mpnId: string,
  { termsSha256, at }: { termsSha256: string; at: string },
): DomainEvent[] {
  const keys = { registrationId: registrationIdOf(campaignId, mpnId), campaignId, mpnId };
  return [
    {
      type: 'RegistrationSubmitted',
      data: {
        ...keys,
        agreementNumber: `INV-${mpnId}`,
        signature: {
          signerName: 'Signer',
          signerEmail: `${mpnId}@resellers.example`,
          termsSha256,
          signedAt: at,
        },
        submittedAt: at,
      },
    },
    { type: 'RegistrationApproved', data: { ...keys, approverEmail: 'pm@vendor.example', decidedAt: at } },
  ];
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
      await append(`partner-${mpnId}`, activePartner(mpnId, p, at));
      const registration = approvedRegistration('bench-campaign', mpnId, { termsSha256: 'a'.repeat(64), at });
      await append(`registration-${registrationIdOf('bench-campaign', mpnId)}`, registration);
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
