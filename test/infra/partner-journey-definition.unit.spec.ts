import validator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { journeySteps } from '../../functions/workflow/journey-step-table.js';
import { type AslState, synthesizedJourneyDefinition } from '../../infra/local/journey-definition.js';
import { LAMBDA_SERVICE_ERRORS } from '../../infra/partner-journey.js';

const definition = synthesizedJourneyDefinition();
const states = Object.entries(definition.States);
const tasks = states.filter(([, s]) => s.Type === 'Task') as [string, AslState & Record<string, unknown>][];

describe('The synthesized partner journey definition', () => {
  it('is valid Amazon States Language', () => {
    const { isValid, errors } = validator(structuredClone(definition));
    expect(errors).toEqual([]);
    expect(isValid).toBe(true);
  });

  it('has one Task state per journey step, each run by its own Lambda', () => {
    expect(tasks.map(([name]) => name).sort()).toEqual(Object.keys(journeySteps).sort());
  });

  it("retries every task on the Lambda service's transient errors, with backoff", () => {
    for (const [name, state] of tasks) {
      const retry = (state.Retry as { ErrorEquals: string[]; BackoffRate: number }[])[0];
      expect(retry?.ErrorEquals, name).toEqual(expect.arrayContaining(LAMBDA_SERVICE_ERRORS));
      expect(retry?.BackoffRate, name).toBeGreaterThan(1);
    }
  });

  it('catches every failure of a step into RecordFailure (RecordFailure itself ends the journey)', () => {
    for (const [name, state] of tasks.filter(([n]) => n !== 'RecordFailure')) {
      const catchers = state.Catch as { ErrorEquals: string[]; Next: string }[];
      expect(catchers.at(-1), name).toMatchObject({ ErrorEquals: ['States.ALL'], Next: 'RecordFailure' });
    }
    expect(definition.States.RecordFailure?.Next).toBe('JourneyFailed');
  });

  it('gives every callback a timeout from the plan, which its Lambda payload carries too', () => {
    const callbacks = tasks.filter(([, s]) => String(s.Resource).endsWith('.waitForTaskToken'));
    expect(callbacks.map(([name]) => name).sort()).toEqual(['AwaitDecision', 'AwaitLogin']);
    for (const [, state] of callbacks) {
      expect(state.TimeoutSecondsPath).toBe('$.plan.waitSeconds');
      expect(state.Parameters).toMatchObject({
        Payload: { 'plan.$': '$.plan', 'taskToken.$': '$$.Task.Token' },
      });
    }
  });

  it('never puts a step result into the journey state but the plan', () => {
    for (const [name, state] of tasks) expect(state.ResultPath, name).toBe(name === 'Plan' ? '$.plan' : null);
  });
});
