import * as z from 'zod';
import { defineEvent } from './define-event.js';
import { Email, MpnId, PartnerLanguage, PartnerTimeZone, Text } from './fields.js';
import { Instant } from './instant.js';
import { streamIds } from './streams.js';

const partnerStream = (data: { mpnId: string }) => streamIds.partner(data.mpnId);

export const PartnerSignedUp = defineEvent({
  type: 'PartnerSignedUp',
  occurredAtOf: (data) => data.signedUpAt,
  schemaVersion: 1,
  data: z.strictObject({
    mpnId: MpnId,
    companyName: Text(200),
    contactEmail: Email,
    country: z.string().regex(/^[A-Z]{2}$/),
    // What the partner reads in (partners who signed up before it was asked read English, Toronto time).
    language: PartnerLanguage.optional(),
    timeZone: PartnerTimeZone.optional(),
    signedUpAt: Instant,
  }),
  streamOf: partnerStream,
});

/**
 * Only a salted hash of the code is ever recorded: the plaintext lives in the partner's email
 * alone. `requested`: the partner asked for it (codes recorded before it was said count as asked).
 */
export const AccessCodeIssued = defineEvent({
  type: 'AccessCodeIssued',
  occurredAtOf: (data) => data.issuedAt,
  schemaVersion: 1,
  data: z.strictObject({
    mpnId: MpnId,
    codeId: z.string().min(1).max(64),
    codeHash: z.string().min(16).max(512),
    requested: z.boolean().optional(),
    issuedAt: Instant,
    expiresAt: Instant,
  }),
  streamOf: partnerStream,
});

/**
 * A partner who signed up before asked for a new code: the code itself is minted and emailed to the
 * contact on file after the request is recorded (the outbox), so the request holds no secret.
 */
export const AccessCodeRequested = defineEvent({
  type: 'AccessCodeRequested',
  occurredAtOf: (data) => data.requestedAt,
  schemaVersion: 1,
  data: z.strictObject({ mpnId: MpnId, requestId: z.uuid(), requestedAt: Instant }),
  streamOf: partnerStream,
});

/** No new event records a wrong code since wrong tries are counted apart; this reads older ones. */
export const AccessCodeRedemptionFailed = defineEvent({
  type: 'AccessCodeRedemptionFailed',
  occurredAtOf: (data) => data.failedAt,
  schemaVersion: 1,
  data: z.strictObject({
    mpnId: MpnId,
    codeId: z.string().min(1).max(64),
    reason: z.enum(['wrong-code', 'expired']),
    failedAttempts: z.number().int().min(0),
    failedAt: Instant,
  }),
  streamOf: partnerStream,
});

export const AccessCodeLocked = defineEvent({
  type: 'AccessCodeLocked',
  occurredAtOf: (data) => data.lockedAt,
  schemaVersion: 1,
  data: z.strictObject({ mpnId: MpnId, codeId: z.string().min(1).max(64), lockedAt: Instant }),
  streamOf: partnerStream,
});

export const PartnerActivated = defineEvent({
  type: 'PartnerActivated',
  occurredAtOf: (data) => data.activatedAt,
  schemaVersion: 1,
  data: z.strictObject({ mpnId: MpnId, codeId: z.string().min(1).max(64), activatedAt: Instant }),
  streamOf: partnerStream,
});

/** `sessionId` names the session its token carries (sessions opened before logging out existed have none). */
export const PartnerSessionOpened = defineEvent({
  type: 'PartnerSessionOpened',
  occurredAtOf: (data) => data.openedAt,
  schemaVersion: 1,
  data: z.strictObject({
    mpnId: MpnId,
    codeId: z.string().min(1).max(64),
    sessionId: z.string().min(8).max(64).optional(),
    openedAt: Instant,
    expiresAt: Instant,
  }),
  streamOf: partnerStream,
});

/** The partner logged out: the session's token is refused from then on (`sessionId` names no secret). */
export const PartnerSessionClosed = defineEvent({
  type: 'PartnerSessionClosed',
  occurredAtOf: (data) => data.closedAt,
  schemaVersion: 1,
  data: z.strictObject({ mpnId: MpnId, sessionId: z.string().min(8).max(64), closedAt: Instant }),
  streamOf: partnerStream,
});
