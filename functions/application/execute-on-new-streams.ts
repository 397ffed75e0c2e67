import { type Decider, decideOn } from '../../domain/decider.js';
import type { DomainEvent } from '../../events/catalog.js';
import type { EventMetadata } from '../../events/envelope.js';
import type { EventStore } from '../ports/event-store.js';
import { mapWithConcurrency } from './concurrency.js';
import { type Executed, execute } from './execute.js';

/** A command on the stream it is decided on. */
export type StreamCommand<Command> = { stream: string; command: Command };

/**
 * Runs many commands, each on a stream of its own that it usually starts (a batch of new sale
 * lines), with the answers `execute` would give each. Every command is first decided on the
 * empty state, and the accepted ones start their streams together, a few round trips for the lot.
 * A stream that turns out to exist (a line sent again, or one another sender is recording), a
 * command refused or changing nothing on the empty state, and a stream named a second time in the
 * batch are run the one way instead: read, decide on the history, append; `inFlight` at a time.
 */
export async function executeOnNewStreams<Command, State, Event extends DomainEvent, Code extends string>(
  store: EventStore,
  decider: Decider<Command, State, Event, Code>,
  commands: readonly StreamCommand<Command>[],
  options: { metadata: EventMetadata; inFlight: number },
): Promise<Executed<State, Event, Code>[]> {
  const claimed = new Set<string>();
  const starts = commands.flatMap(({ stream, command }, index) => {
    const decided = decideOn(decider, [], command);
    if (!decided.decision.ok || decided.decision.events.length === 0 || claimed.has(stream)) return [];
    claimed.add(stream);
    return [{ index, stream, decided, events: decided.decision.events }];
  });
  const outcomes = await store.appendToNewStreams(
    starts.map(({ stream, events }) => ({ streamId: stream, events })),
    { metadata: options.metadata },
  );
  const results: Executed<State, Event, Code>[] = [];
  starts.forEach(({ index, decided, events }, k) => {
    if (outcomes[k] !== 'appended') return;
    const { before, after } = decided;
    results[index] = { ok: true, before, events, after, version: events.length };
  });
  const others = commands.flatMap((command, index) => (results[index] ? [] : [{ ...command, index }]));
  await mapWithConcurrency(others, options.inFlight, async ({ stream, command, index }) => {
    results[index] = await execute(store, decider, stream, command, { metadata: options.metadata });
  });
  return results;
}
