import { sha256Hex } from '../security/sha256.js';

/**
 * Tamper evidence: every stored event carries the hash of its predecessor in the stream, and its
 * own hash covers that and its exact JSON. Changing any recorded event breaks every hash after it.
 */
export const GENESIS_HASH = '0'.repeat(64);

export const chainHash = (prevHash: string, eventJson: string) => sha256Hex(`${prevHash}\n${eventJson}`);
