import middy from '@middy/core';
import * as z from 'zod';
import { MpnId } from '../../events/fields.js';
import { RegistrationId } from '../../events/streams.js';
import type { JourneyDeps } from '../application/journeys/journey-deps.js';
import { createLogger, type Logger } from '../logging/logger.js';
import type { Journey } from '../ports/workflow.js';

const JourneySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('onboarding'), mpnId: MpnId }),
  z.strictObject({ kind: z.literal('registration'), registrationId: RegistrationId }),
]);

/**
 * What the state machine hands each step: the journey, the plan being carried out, the execution's
 * name (for correlation and idempotency), and for waiting steps their task token.
 */
export const JourneyStepInput = z.object({
  journey: JourneySchema,
  execution: z.string().min(1).max(80),
  plan: z.looseObject({ next: z.string(), round: z.number().int().min(0) }),
  taskToken: z.string().min(1).max(8192).optional(),
  failure: z.looseObject({ Error: z.string().optional(), Cause: z.string().optional() }).optional(),
});
export type JourneyStepInput = z.output<typeof JourneyStepInput> & { journey: Journey };

export type StepContext = { deps: JourneyDeps; logger: Logger };

const baseLogger = createLogger({ service: 'partner-journey' });

/** A state's Lambda: its input checked, a logger carrying the execution's name, and its work. */
export const journeyStep = <Result>(
  step: string,
  deps: () => JourneyDeps,
  run: (input: JourneyStepInput, context: StepContext) => Promise<Result>,
) =>
  middy<unknown, Result>().handler(async (event) => {
    const input: JourneyStepInput = JourneyStepInput.parse(event);
    const logger = baseLogger.child({ correlationId: input.execution, step });
    try {
      const result = await run(input, { deps: deps(), logger });
      logger.info('Step done', { next: input.plan.next });
      return result;
    } catch (error) {
      logger.error('Step failed', { error });
      throw error;
    }
  });

export function onboardingOf(input: JourneyStepInput): string {
  if (input.journey.kind !== 'onboarding') throw new Error(`${input.execution} is not an onboarding journey`);
  return input.journey.mpnId;
}

export function registrationOf(input: JourneyStepInput): string {
  if (input.journey.kind !== 'registration')
    throw new Error(`${input.execution} is not a registration journey`);
  return input.journey.registrationId;
}
