/** Where a waiting journey step keeps its task token: server-side, never in an event or a link. */
export interface StepTokens {
  save(stepKey: string, taskToken: string, waitsUntil: string): Promise<void>;
  find(stepKey: string): Promise<string | undefined>;
  /** Forgets the token once settled, unless the step has meanwhile saved a new one. */
  forget(stepKey: string, taskToken: string): Promise<void>;
}
