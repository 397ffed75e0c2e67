import { type DomainEvent, parseEventData } from '../../events/catalog.js';
import type { Actor, EventEnvelope } from '../../events/envelope.js';
import type { Words } from '../i18n/words.js';
import { eventSentence } from './history-sentences.js';

/**
 * The history of a registration, a partner, a payout or a campaign for the staff console: who did
 * what, when, and why, one row per event, in the reader's words.
 */

export type HistoryRow = {
  eventId: string;
  /** When it happened; and when it was recorded, where that was later (a sale sent days after it was made). */
  at: string;
  who: string;
  what: string;
  /** What caused it: an earlier row, the request, or the journey's step. */
  why: string;
  /** The row that caused this one, where the causing event is in the history. */
  causedBy?: string;
  /** The event's type, for those who know the catalog. */
  type: string;
};

// An event is recorded the moment its command is decided, milliseconds apart; a minute apart is a
// business date given with the request (a sale's soldAt, a statement's asOf), worth saying.
const RECORDED_LATER_MS = 60_000;

// The staff roles name a person (or an IAM principal, or the sales system's); the program and
// anonymous callers are no one in particular.
const NAMED_ROLES = {
  finance: 'history.role.finance',
  approver: 'history.role.approver',
  'program-admin': 'history.role.program-admin',
  'sales-system': 'history.role.sales-system',
} as const;

type NamedRole = keyof typeof NAMED_ROLES;
const isNamedRole = (role: string): role is NamedRole => Object.hasOwn(NAMED_ROLES, role);

/**
 * The rows of a history, oldest first: a history reads as a story, and a row's cause ("After: ...")
 * is then always above it. Rows go in the order the events were recorded (a cause is recorded
 * before what it causes); events recorded at the same instant keep the order they were given in.
 */
export function historyRows(w: Words, events: readonly EventEnvelope[]): HistoryRow[] {
  const ordered = [...events].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
  const said = ordered.map((event) => {
    const domain = readable(event);
    return { event, domain, what: whatText(w, event, domain) };
  });
  const whatOf = new Map(said.map(({ event, what }) => [event.eventId, what]));
  return said.map(({ event, domain, what }) => {
    const { causationId } = event.metadata;
    const cause = causationId === event.eventId ? undefined : whatOf.get(causationId);
    return {
      eventId: event.eventId,
      at: atText(w, event),
      who: whoText(w, event.metadata.actor, domain),
      what,
      why: cause === undefined ? whyText(w, event) : w.t('history.why.after', { what: cause }),
      ...(cause === undefined ? {} : { causedBy: causationId }),
      type: event.type,
    };
  });
}

// Events reach a page read and checked by the store; one it cannot read still gets its row.
function readable(event: EventEnvelope): DomainEvent | undefined {
  try {
    return parseEventData(event);
  } catch {
    return undefined;
  }
}

const whatText = (w: Words, event: EventEnvelope, domain: DomainEvent | undefined) =>
  domain ? eventSentence(w, domain) : w.t('history.what.unreadable', { type: event.type });

function atText(w: Words, event: EventEnvelope): string {
  const occurred = w.instant(event.occurredAt);
  const laterMs = Math.abs(Date.parse(event.recordedAt) - Date.parse(event.occurredAt));
  return laterMs < RECORDED_LATER_MS
    ? occurred
    : w.t('history.at.recordedLater', { occurred, recorded: w.instant(event.recordedAt) });
}

/**
 * Who acted: the person by name (the id where the directory gave none), with the role they acted
 * in. An approver deciding from an email's link is known by that link alone, which was theirs:
 * the decision names them.
 */
export function whoText(w: Words, actor: Actor, domain?: DomainEvent): string {
  const role: string = actor.role;
  const person = actor.name ?? actor.id;
  if (role === 'system') return w.t('history.who.system');
  if (role === 'anonymous') return w.t('history.who.anonymous');
  if (role === 'partner') {
    return actor.id ? w.t('history.who.partner', { mpnId: actor.id }) : w.t('history.who.somePartner');
  }
  if (isNamedRole(role)) {
    const named = person ?? deciderOf(domain);
    return named
      ? w.t('history.who.person', { person: named, role: w.t(NAMED_ROLES[role]) })
      : w.t(`history.who.${role}`);
  }
  // A role this version has no words for (one added since): said as recorded, rather than hidden.
  return person ? w.t('history.who.person', { person, role }) : w.t('history.who.unknownRole', { role });
}

const deciderOf = (domain: DomainEvent | undefined) =>
  domain?.type === 'RegistrationApproved' || domain?.type === 'RegistrationRejected'
    ? domain.data.approverEmail
    : undefined;

/**
 * The cause of an event whose cause is not in the history: a person's or a system's request, by
 * its id (the one the logs carry); or the journey's step that recorded it; or, for the program's
 * other work (the outbox's emails), the event that owed it, recorded in another stream.
 */
function whyText(w: Words, event: EventEnvelope): string {
  const { causationId, correlationId, actor } = event.metadata;
  if (actor.role !== 'system') return w.t('history.why.request', { id: causationId });
  const journeyStep = `${correlationId}:`;
  return causationId.startsWith(journeyStep)
    ? w.t('history.why.journeyStep', { step: causationId.slice(journeyStep.length), journey: correlationId })
    : w.t('history.why.event', { id: causationId });
}
