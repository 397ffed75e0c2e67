import { join, resolve } from 'node:path';

/**
 * Where the local system keeps things and listens, shared by `npm start`, the demo and the
 * maintenance commands. Each can be moved by its variable.
 */
export const localDataFolder = resolve(process.env.LOCAL_DATA_DIR ?? join(process.cwd(), '.local'));

export const localTables = {
  events: 'cashback-events',
  readModels: 'cashback-read-models',
  journeySteps: 'cashback-journey-steps',
  usageCounters: 'cashback-usage-counters',
} as const;

export const localPorts = {
  api: Number(process.env.PORT ?? 3000),
  dynamoDb: Number(process.env.DYNAMODB_PORT ?? 8000),
  ses: Number(process.env.SES_PORT ?? 8005),
  stepFunctions: Number(process.env.SFN_PORT ?? 8083),
  signIn: Number(process.env.SIGN_IN_PORT ?? 8006),
};

/** The journey's state machine, as the local Step Functions endpoint names it. */
export const localStateMachineArn = 'arn:aws:states:us-east-1:000000000000:stateMachine:partner-journey';

/** Who the program's emails go to locally, unless the environment says otherwise. */
export const localContacts = {
  sender: process.env.SENDER_EMAIL ?? 'cashback@program.example',
  approvers: process.env.APPROVER_EMAILS ?? 'approver@program.example',
  finance: process.env.FINANCE_EMAILS ?? 'finance@program.example',
  programAdmins: process.env.PROGRAM_ADMIN_EMAILS ?? 'admin@program.example',
};

/** Credentials for the local emulators: they accept any, and real ones must never reach them. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
export const localRegion = 'us-east-1';
