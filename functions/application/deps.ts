import type { ProgramPolicy } from '../../domain/program-policy.js';
import type { Clock } from '../ports/clock.js';
import type { EventReader, EventStore } from '../ports/event-store.js';
import type { Mailer } from '../ports/mailer.js';

/** What every use case works with: the time and the program's rules. */
export type ProgramDeps = { clock: Clock; policy: ProgramPolicy };

/** A use case that only reads the store of record. */
export type ReadDeps = ProgramDeps & { store: EventReader };

/** A use case that records events. */
export type AppDeps = ProgramDeps & { store: EventStore };

/** A use case that emails: the mailer, and the program's public address its emails' links lead to. */
export type EmailDeps = { mailer: Mailer; publicBaseUrl: string };
