/**
 * How request handlers move a partner's journey on: start it, or settle the step it waits on.
 * Journeys are the workflow's executions (Step Functions in the cloud, the local executor on a
 * laptop); every call here is safe to repeat.
 */
export type Journey =
  | { kind: 'onboarding'; mpnId: string }
  | { kind: 'registration'; registrationId: string };

/** A step that waits for a person: the partner logging in, an approver deciding. */
export type WaitingStep = { kind: 'login'; mpnId: string } | { kind: 'approval'; registrationId: string };

export interface Workflow {
  /** Starts the journey once; starting it again changes nothing. */
  startJourney(journey: Journey): Promise<void>;
  /** Resumes the step with its outcome; false when nothing waits there (any more). */
  completeStep(step: WaitingStep, output: Record<string, unknown>): Promise<boolean>;
  /** Ends the step with a named error, for the journey's own Catch; false when nothing waits. */
  failStep(step: WaitingStep, error: string, cause: string): Promise<boolean>;
}

/** What a route that starts journeys may do. */
export type JourneyStarter = Pick<Workflow, 'startJourney'>;

/** What a route that settles a waiting step may do. */
export type StepSettler = Pick<Workflow, 'completeStep' | 'failStep'>;
