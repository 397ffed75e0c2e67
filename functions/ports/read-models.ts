import type { ReadModelKey } from '../read-models/targets.js';

/** The read side: views the projector keeps from the event stream (eventually consistent). */
export interface ReadModelQueries {
  getView<View>(key: ReadModelKey): Promise<{ view: View } | undefined>;
  /** The views under one partition whose sort key starts with a prefix (a partner's registrations). */
  queryViews<View>(pk: string, skPrefix: string): Promise<View[]>;
}
