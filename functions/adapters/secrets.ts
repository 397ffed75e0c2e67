import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** A secret's current value from Secrets Manager (the session signing key in the cloud). */
export async function readSecret(secretId: string): Promise<string> {
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: secretId }),
  );
  if (!SecretString) throw new Error(`The secret ${secretId} has no string value`);
  return SecretString;
}
