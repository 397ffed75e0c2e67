import type { z } from 'zod';
import { CampaignPublished, CampaignTermsRevised } from './campaigns.js';
import { type CanonicalCheck, compileCanonicalCheck } from './canonical-check.js';
import type { EventDefinition, EventOf } from './define-event.js';
import { EventEnvelope } from './envelope.js';
import { FraudFlagRaised, FraudFlagReviewed } from './fraud.js';
import { InquiryAnswered, InquiryRaised, InquiryResolved } from './inquiries.js';
import { JourneyStepFailed } from './journeys.js';
import { NotificationSent } from './notifications.js';
import {
  AccessCodeIssued,
  AccessCodeLocked,
  AccessCodeRedemptionFailed,
  AccessCodeRequested,
  PartnerActivated,
  PartnerSessionClosed,
  PartnerSessionOpened,
  PartnerSignedUp,
} from './partners.js';
import { PaymentProfileUpdated } from './payment-profiles.js';
import { AdjustmentRecorded, PaymentScheduled, PayoutComputed, PayoutIssued } from './payouts.js';
import {
  ApprovalRequested,
  RegistrationApproved,
  RegistrationExpired,
  RegistrationRejected,
  RegistrationSubmitted,
} from './registrations.js';
import { SaleRecorded, SaleReversed } from './sales.js';
import { StaffMemberAdded, StaffMemberChanged, StaffSignedIn, StaffSignedOut } from './staff.js';

export const eventCatalog = [
  PartnerSignedUp,
  AccessCodeRequested,
  AccessCodeIssued,
  AccessCodeRedemptionFailed,
  AccessCodeLocked,
  PartnerActivated,
  PartnerSessionOpened,
  PartnerSessionClosed,
  CampaignPublished,
  CampaignTermsRevised,
  RegistrationSubmitted,
  ApprovalRequested,
  RegistrationApproved,
  RegistrationRejected,
  RegistrationExpired,
  SaleRecorded,
  SaleReversed,
  PayoutComputed,
  PaymentScheduled,
  PayoutIssued,
  AdjustmentRecorded,
  PaymentProfileUpdated,
  FraudFlagRaised,
  FraudFlagReviewed,
  InquiryRaised,
  InquiryAnswered,
  InquiryResolved,
  NotificationSent,
  JourneyStepFailed,
  StaffMemberAdded,
  StaffMemberChanged,
  StaffSignedIn,
  StaffSignedOut,
] as const;

type Definition = (typeof eventCatalog)[number];

/** Any event of the catalog, as the domain sees it: `{ type, data }`. */
export type DomainEvent = EventOf<Definition>;
export type EventType = DomainEvent['type'];
export type EventOfType<T extends EventType> = Extract<DomainEvent, { type: T }>;

/** An event as stored: the domain event inside its envelope. */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E extends DomainEvent
  ? Omit<EventEnvelope, 'type' | 'data'> & E
  : never;

/** Tells the events of some types from all others, narrowing to them: a slice's own events. */
export function isOneOf<Type extends EventType>(types: readonly Type[]) {
  const wanted = new Set<EventType>(types);
  return (event: DomainEvent): event is EventOfType<Type> => wanted.has(event.type);
}

const definitions = new Map<string, EventDefinition>(eventCatalog.map((d) => [d.type, d as EventDefinition]));

export class UnknownEventTypeError extends Error {
  override readonly name = 'UnknownEventTypeError';
  constructor(
    readonly eventId: string,
    readonly type: string,
  ) {
    super(`Event ${eventId} has the unknown type '${type}'`);
  }
}

export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
  constructor(
    readonly eventId: string,
    readonly problems: string[],
  ) {
    super(`Event ${eventId} is malformed: ${problems.join('; ')}`);
  }
}

const describeIssues = (error: z.ZodError, prefix: string) =>
  error.issues.map((issue) => `${[prefix, ...issue.path].join('.')}: ${issue.message}`);

const idOf = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as { eventId?: unknown }).eventId === 'string'
    ? (raw as { eventId: string }).eventId
    : '(without an eventId)';

/**
 * Reads a stored event: checks the envelope, brings old schema versions up to date through the
 * event's upcasters, and checks the data. Anything it cannot vouch for fails, naming the event.
 *
 * An event already in the form this code writes (its type's current schema version, its instants
 * in their one spelling, nothing to trim or fill in) passes its type's compiled check and is handed
 * back as it is, not copied: give it a value nobody else holds. Any other goes through the zod
 * schemas, which bring it up to date or refuse it, so both ways read an event alike.
 */
export function parseEvent(raw: unknown): RecordedEvent {
  if (isAsWritten(raw)) return raw;
  const envelope = EventEnvelope.safeParse(raw);
  if (!envelope.success) throw new MalformedEventError(idOf(raw), describeIssues(envelope.error, 'envelope'));
  const { data, schemaVersion } = parseEventData(envelope.data);
  return { ...envelope.data, schemaVersion, data } as RecordedEvent;
}

// Built on first use, type by type: a function reads few types, and pays for those alone.
let envelopeCheck: CanonicalCheck | undefined;
const dataChecks = new Map<EventDefinition, CanonicalCheck>();

function dataCheckOf(definition: EventDefinition): CanonicalCheck {
  let check = dataChecks.get(definition);
  if (!check) {
    check = compileCanonicalCheck(definition.data).check;
    dataChecks.set(definition, check);
  }
  return check;
}

function isAsWritten(raw: unknown): raw is RecordedEvent {
  envelopeCheck ??= compileCanonicalCheck(EventEnvelope).check;
  if (!envelopeCheck(raw)) return false;
  const { type, schemaVersion, data } = raw as EventEnvelope;
  const definition = definitions.get(type);
  return definition?.schemaVersion === schemaVersion && dataCheckOf(definition)(data);
}

/**
 * Reads the data of one event, whatever its envelope says besides: brought up to date through the
 * event's upcasters and checked, as `parseEvent` does. Fails naming the event, as it does.
 */
export function parseEventData(
  event: Pick<EventEnvelope, 'eventId' | 'type' | 'schemaVersion' | 'data'>,
): DomainEvent & { schemaVersion: number } {
  const { eventId, type } = event;
  const definition = definitions.get(type);
  if (!definition) throw new UnknownEventTypeError(eventId, type);
  const data = upcast(definition, event.schemaVersion, event.data, eventId);
  const parsed = definition.data.safeParse(data);
  if (!parsed.success) throw new MalformedEventError(eventId, describeIssues(parsed.error, 'data'));
  return { type, schemaVersion: definition.schemaVersion, data: parsed.data } as DomainEvent & {
    schemaVersion: number;
  };
}

function upcast(definition: EventDefinition, fromVersion: number, data: unknown, eventId: string): unknown {
  if (fromVersion > definition.schemaVersion) {
    throw new MalformedEventError(eventId, [
      `schemaVersion ${fromVersion} of ${definition.type} is newer than this code knows (${definition.schemaVersion})`,
    ]);
  }
  let current = data;
  for (let version = fromVersion; version < definition.schemaVersion; version++) {
    const upcaster = definition.upcasters?.[version];
    if (!upcaster) {
      throw new MalformedEventError(eventId, [`no upcaster from ${definition.type} v${version}`]);
    }
    if (typeof current !== 'object' || current === null) {
      throw new MalformedEventError(eventId, [`data of ${definition.type} v${version} is not an object`]);
    }
    current = upcaster(current as Record<string, unknown>);
  }
  return current;
}

/** What a store writes for a new event: its data checked, and what the catalog says of it. */
export type NewEventRecord = {
  type: EventType;
  schemaVersion: number;
  data: unknown;
  stream: string;
  indexKey: string | undefined;
  occurredAt: string;
};

/** Checks a new event against the catalog before it is written, naming the field that is wrong. */
export function prepareNewEvent(event: DomainEvent): NewEventRecord {
  const definition = definitions.get(event.type);
  if (!definition) throw new UnknownEventTypeError('(new event)', event.type);
  const parsed = definition.data.safeParse(event.data);
  if (!parsed.success) {
    throw new MalformedEventError(`(new ${event.type})`, describeIssues(parsed.error, 'data'));
  }
  return {
    type: event.type,
    schemaVersion: definition.schemaVersion,
    data: parsed.data,
    stream: definition.streamOf(parsed.data),
    indexKey: definition.indexOf?.(parsed.data),
    occurredAt: definition.occurredAtOf(parsed.data),
  };
}
