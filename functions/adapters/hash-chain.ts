import { instantMs } from '../../events/instant.js';
import { sha256Hex } from '../security/sha256.js';

/**
 * Tamper evidence: every stored event carries the hash of its predecessor in the stream, and its
 * own hash covers that and its exact JSON. Changing any recorded event breaks every hash after it.
 */
export const GENESIS_HASH = '0'.repeat(64);

export const chainHash = (prevHash: string, eventJson: string) => sha256Hex(`${prevHash}\n${eventJson}`);

/** An event as stored: its envelope as JSON text, so that the hash chain covers exact bytes. */
export type StoredEventItem = {
  stream: string;
  version: number;
  event: string;
  hash: string;
  prevHash: string;
};

export type ChainBreak = {
  stream: string;
  version: number;
  problem: 'version-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'misplaced-event';
  detail: string;
};

export type ChainReport = { streams: number; events: number; breaks: ChainBreak[]; fingerprint: string };

/**
 * Walks stored events, stream by stream in version order, and reports every place where the
 * chain does not hold: a missing version, an event whose bytes no longer match its hash, or one
 * whose predecessor's hash changed.
 *
 * It also takes one digest of the history recorded up to `asOf`: the head of every stream then.
 * The chain alone cannot tell an honest history from one edited and re-hashed by someone who can
 * write to the table; a fingerprint written down outside the system (with a payment run, say) can:
 * any event recorded by then that is changed, removed or re-chained since changes a head, and so
 * the fingerprint. Events recorded later leave it as it was.
 */
export function verifyChain(items: Iterable<StoredEventItem>, asOf: string): ChainReport {
  const report = { streams: 0, events: 0, breaks: [] as ChainBreak[] };
  const asOfMs = instantMs(asOf);
  const heads = new Map<string, string>();
  let stream: string | undefined;
  let expectedVersion = 1;
  let expectedPrevHash = GENESIS_HASH;
  for (const item of items) {
    if (item.stream !== stream) {
      stream = item.stream;
      report.streams++;
      expectedVersion = 1;
      expectedPrevHash = GENESIS_HASH;
    }
    report.events++;
    const broken = (problem: ChainBreak['problem'], detail: string) =>
      report.breaks.push({ stream: item.stream, version: item.version, problem, detail });
    if (item.version !== expectedVersion) {
      broken('version-gap', `expected version ${expectedVersion}, found ${item.version}`);
    }
    if (item.prevHash !== expectedPrevHash) {
      broken(
        'previous-hash-mismatch',
        'the hash of the previous event is not the one this event was chained to',
      );
    }
    if (chainHash(item.prevHash, item.event) !== item.hash) {
      broken('hash-mismatch', 'the event was changed after it was recorded');
    }
    const envelope = envelopeOf(item);
    if (envelope?.stream !== item.stream || envelope.version !== item.version)
      broken('misplaced-event', 'the event names another stream or version than where it is stored');
    if (envelope?.recordedAtMs !== undefined && envelope.recordedAtMs <= asOfMs)
      heads.set(item.stream, `${item.stream} ${item.version} ${item.hash}`);
    expectedVersion = item.version + 1;
    expectedPrevHash = item.hash;
  }
  return { ...report, fingerprint: sha256Hex([...heads.values()].sort().join('\n')) };
}

function envelopeOf(item: StoredEventItem) {
  try {
    const { stream, version, recordedAt } = JSON.parse(item.event) as Record<string, unknown>;
    return {
      stream,
      version,
      recordedAtMs: typeof recordedAt === 'string' ? instantMs(recordedAt) : undefined,
    };
  } catch {
    return undefined;
  }
}
