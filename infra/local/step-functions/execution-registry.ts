import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

export type ExecutionRecord = {
  name: string;
  input: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
  output?: string;
  error?: string;
  cause?: string;
};

/** The executions the local executor has started, as the Step Functions service keeps them. */
export interface ExecutionRegistry {
  get(name: string): ExecutionRecord | undefined;
  put(record: ExecutionRecord): void;
  running(): ExecutionRecord[];
}

export function memoryExecutions(): ExecutionRegistry {
  const records = new Map<string, ExecutionRecord>();
  return {
    get: (name) => records.get(name),
    put: (record) => void records.set(record.name, record),
    running: () => [...records.values()].filter((r) => r.status === 'RUNNING'),
  };
}

/** Executions in a JSON file, so that journeys in progress carry on when the local system restarts. */
export function fileExecutions(path: string): ExecutionRegistry {
  const records: Record<string, ExecutionRecord> = existsSync(path)
    ? JSON.parse(readFileSync(path, 'utf8'))
    : {};
  const save = () => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(records, null, 2));
  };
  return {
    get: (name) => records[name],
    put: (record) => {
      records[record.name] = record;
      save();
    },
    running: () => Object.values(records).filter((r) => r.status === 'RUNNING'),
  };
}
