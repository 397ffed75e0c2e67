import { join } from 'node:path';

/** Where the local system keeps things and listens, shared by `npm start` and the maintenance commands. */
export const localDataFolder = join(process.cwd(), '.local');

export const localTables = { events: 'cashback-events', readModels: 'cashback-read-models' } as const;

export const localPorts = {
  api: Number(process.env.PORT ?? 3000),
  dynamoDb: Number(process.env.DYNAMODB_PORT ?? 8000),
  ses: Number(process.env.SES_PORT ?? 8005),
  stepFunctions: Number(process.env.SFN_PORT ?? 8083),
};

/** Credentials for the local emulators: they accept any, and real ones must never reach them. */
export const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };
export const localRegion = 'us-east-1';
