import * as z from 'zod';
import { Instant } from './instant.js';

/** Who caused an event: the role, and the partner's MPN ID or the approver's email where there is one. */
export const Actor = z.strictObject({
  role: z.enum(['partner', 'approver', 'finance', 'sales-system', 'program-admin', 'system', 'anonymous']),
  id: z.string().min(1).max(254).optional(),
  /** The person, for staff: the name the staff directory had when they acted. */
  name: z.string().min(1).max(200).optional(),
});
export type Actor = z.output<typeof Actor>;

export const EventMetadata = z.strictObject({
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200),
  actor: Actor,
});
export type EventMetadata = z.output<typeof EventMetadata>;

/** The envelope every stored event has; `data` is checked against the event's own schema. */
export const EventEnvelope = z.strictObject({
  eventId: z.string().min(1),
  stream: z.string().min(1),
  version: z.number().int().positive(),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  occurredAt: Instant,
  recordedAt: Instant,
  data: z.unknown(),
  metadata: EventMetadata,
});
export type EventEnvelope = z.output<typeof EventEnvelope>;
