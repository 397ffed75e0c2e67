import './promise-with-resolvers.js';
import { randomBytes } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import type { Logger } from '../../../functions/logging/logger.js';
import type { AslDefinition, AslState } from '../journey-definition.js';
import { localContext } from '../lambda-context.js';
import type { ExecutionRecord, ExecutionRegistry } from './execution-registry.js';
import { sleep } from './sleep.js';

/** A Task state's Lambda, as the local executor calls it. */
export type StepHandler = (payload: unknown, context: Context) => Promise<unknown>;

/** The errors Step Functions answers with, by the names its API gives them. */
export class StepFunctionsError extends Error {
  constructor(
    override readonly name:
      | 'ExecutionAlreadyExists'
      | 'ExecutionDoesNotExist'
      | 'TaskDoesNotExist'
      | 'InvalidToken',
    message: string,
  ) {
    super(message);
  }
}

export type LocalStepFunctionsOptions = {
  definition: AslDefinition;
  stateMachineArn: string;
  /** The Lambda handler of each Task state, by state name. */
  steps: Record<string, StepHandler>;
  executions: ExecutionRegistry;
  logger: Logger;
  /** Shortens every retry interval to this many milliseconds (tests). */
  retryIntervalMs?: number;
};

// Node's timers overflow past 2^31-1 ms (24.8 days) and fire at once: no local wait may be longer.
const MAX_TASK_TIMEOUT_SECONDS = 2_147_483;

type Callback = { resolve: (output: unknown) => void; reject: (error: Error) => void };

const namedError = (name: string, message: string) => Object.assign(new Error(message), { name });
const viaJson = (value: unknown) => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** `$.a.b` of a value: the simple reference paths a state machine uses for dynamic timeouts. */
function valueAt(path: string, value: unknown): unknown {
  return path
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/**
 * The state machine that `cdk synth` produced, run on a laptop with aws-local-stepfunctions.
 * Each Task runs its own Lambda handler in-process; a `.waitForTaskToken` task gets a fresh token,
 * runs its handler, and then waits until SendTaskSuccess or SendTaskFailure names that token (or
 * its timeout passes), as the service would. Executions are kept in a registry, so that the ones
 * still running when the system stopped start again when it starts: their steps find in the
 * event store what was already done.
 */
export class LocalStepFunctions {
  private readonly machine: StateMachine;
  private readonly overrides: Record<string, (input: unknown) => Promise<unknown>> = {};
  private readonly retryIntervalOverrides: Record<string, number> = {};
  private readonly callbacks = new Map<string, Callback>();
  private readonly running = new Map<string, { abort: () => void; done: Promise<ExecutionRecord> }>();
  private stopping = new AbortController();

  constructor(private readonly options: LocalStepFunctionsOptions) {
    const definition = structuredClone(options.definition);
    // The execution's own time limit (a year) is past what a Node timer can hold; locally none applies.
    delete definition.TimeoutSeconds;
    for (const [name, state] of Object.entries(definition.States)) {
      if (state.Type !== 'Task') continue;
      const step = options.steps[name];
      if (!step) throw new Error(`No local handler for the Task state ${name}`);
      this.overrides[name] = this.taskOverride(name, state, step);
      if (options.retryIntervalMs !== undefined && state.Retry)
        this.retryIntervalOverrides[name] = options.retryIntervalMs;
    }
    this.machine = new StateMachine(definition as unknown as StateMachineDefinition, {
      validationOptions: { checkArn: false },
    });
  }

  private taskOverride(name: string, state: AslState, step: StepHandler) {
    const invoke = async (payload: unknown) => {
      try {
        return viaJson(await step(viaJson(payload), localContext(name)));
      } catch (error) {
        throw error instanceof Error ? error : namedError('Error', String(error));
      }
    };
    const waits = String(state.Resource).endsWith('.waitForTaskToken');
    const viaInvokeApi = String(state.Resource).startsWith('arn:aws:states:::lambda:invoke');
    if (!waits) {
      return async (input: unknown) => {
        if (!viaInvokeApi) return invoke(input);
        return { StatusCode: 200, Payload: await invoke((input as { Payload?: unknown }).Payload) };
      };
    }
    // The dynamic timeout names a field of the state's input; its Lambda payload carries the same fields.
    const timeoutPath = state.TimeoutSecondsPath as string | undefined;
    if (timeoutPath) {
      delete state.TimeoutSecondsPath;
      state.TimeoutSeconds = MAX_TASK_TIMEOUT_SECONDS;
    }
    const fixedTimeout = state.TimeoutSeconds as number | undefined;
    return async (input: unknown) => {
      const payload = (input as { Payload?: Record<string, unknown> }).Payload ?? {};
      const token = String(payload.taskToken);
      const settled = new Promise<unknown>((resolve, reject) =>
        this.callbacks.set(token, { resolve, reject }),
      );
      try {
        await invoke(payload);
        const seconds = Number(timeoutPath ? valueAt(timeoutPath, payload) : fixedTimeout);
        if (!Number.isInteger(seconds) || seconds < 1)
          throw namedError('States.Runtime', `${name} has no timeout of whole seconds`);
        const timedOut = sleep(Math.min(seconds, MAX_TASK_TIMEOUT_SECONDS) * 1000, this.stopping.signal).then(
          () => {
            throw namedError('States.Timeout', 'States.Timeout');
          },
        );
        return await Promise.race([settled, timedOut]);
      } finally {
        this.callbacks.delete(token);
      }
    };
  }

  arnOf(name: string) {
    return `${this.options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
  }

  /** StartExecution: idempotent for the same name and input while running, as in the service. */
  startExecution(name: string, input: string): { executionArn: string; startDate: Date } {
    const existing = this.options.executions.get(name);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input) {
        return { executionArn: this.arnOf(name), startDate: new Date(existing.startDate) };
      }
      throw new StepFunctionsError('ExecutionAlreadyExists', `Execution ${name} already exists`);
    }
    JSON.parse(input);
    const record: ExecutionRecord = { name, input, status: 'RUNNING', startDate: new Date().toISOString() };
    this.options.executions.put(record);
    this.run(record);
    return { executionArn: this.arnOf(name), startDate: new Date(record.startDate) };
  }

  /** Starts again every execution that was running when the system stopped. */
  resumeRunning(): number {
    const running = this.options.executions.running().filter((r) => !this.running.has(r.name));
    for (const record of running) this.run(record);
    return running.length;
  }

  private run(record: ExecutionRecord) {
    const { logger } = this.options;
    const tokenMint = {
      get Token() {
        return randomBytes(48).toString('base64url');
      },
    };
    const execution = this.machine.run(JSON.parse(record.input), {
      overrides: {
        taskResourceLocalHandlers: this.overrides as never,
        retryIntervalOverrides: this.retryIntervalOverrides,
      },
      context: { Execution: { Name: record.name, Id: this.arnOf(record.name) }, Task: tokenMint },
      noThrowOnAbort: true,
    });
    logger.info('Execution started', { execution: record.name });
    const done = execution.result
      .then(
        (output): ExecutionRecord =>
          // An aborted execution (the system is stopping) yields null: it stays RUNNING, to resume.
          output === null
            ? record
            : {
                ...record,
                status: 'SUCCEEDED',
                output: JSON.stringify(output),
                stopDate: new Date().toISOString(),
              },
        (error: Error & { cause?: Error }): ExecutionRecord => ({
          ...record,
          status: 'FAILED',
          error: error.cause?.name ?? error.name,
          cause: error.cause?.message ?? error.message,
          stopDate: new Date().toISOString(),
        }),
      )
      .then((finished) => {
        this.running.delete(record.name);
        if (finished.status !== 'RUNNING') {
          this.options.executions.put(finished);
          logger.info('Execution finished', {
            execution: record.name,
            status: finished.status,
            error: finished.error,
          });
        }
        return finished;
      });
    this.running.set(record.name, { abort: () => execution.abort(), done });
  }

  sendTaskSuccess(taskToken: string, output: string): void {
    this.callback(taskToken).resolve(JSON.parse(output));
  }

  sendTaskFailure(taskToken: string, error = 'Error', cause = ''): void {
    this.callback(taskToken).reject(namedError(error, cause));
  }

  sendTaskHeartbeat(taskToken: string): void {
    this.callback(taskToken);
  }

  private callback(taskToken: string): Callback {
    const callback = this.callbacks.get(taskToken);
    if (!callback) throw new StepFunctionsError('TaskDoesNotExist', 'No task waits with this token');
    this.callbacks.delete(taskToken);
    return callback;
  }

  describeExecution(name: string): ExecutionRecord {
    const record = this.options.executions.get(name);
    if (!record) throw new StepFunctionsError('ExecutionDoesNotExist', `There is no execution ${name}`);
    return record;
  }

  /** Resolves when the execution has finished (tests and the demo wait on this). */
  async finished(name: string): Promise<ExecutionRecord> {
    return (await this.running.get(name)?.done) ?? this.describeExecution(name);
  }

  /** Stops every running execution, leaving it RUNNING in the registry to resume next time. */
  async stop(): Promise<void> {
    const all = [...this.running.values()];
    // Abort first, so that no Catch runs for the waits released next.
    for (const { abort } of all) abort();
    this.stopping.abort();
    await Promise.all(all.map((r) => r.done));
    this.stopping = new AbortController();
  }
}
