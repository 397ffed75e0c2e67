import { randomUUID } from 'node:crypto';
import { defaultProgramPolicy } from '../domain/program-policy.js';
import { ensureTable } from '../functions/adapters/dynamodb-client.js';
import { DynamoDbUsageCounters } from '../functions/adapters/dynamodb-usage-counters.js';
import { MemoryMailer } from '../functions/adapters/memory-mailer.js';
import { usageCounterTableCreateInput } from '../functions/adapters/usage-counter-table.js';
import { issueAccessCode } from '../functions/application/issue-access-code.js';
import { logIn } from '../functions/application/log-in.js';
import { signUpPartner } from '../functions/application/sign-up-partner.js';
import { systemClock } from '../functions/ports/clock.js';
import type { Workflow } from '../functions/ports/workflow.js';
import { generateSigningKey } from '../functions/security/signed-claims.js';
import { type BenchContext, benchMetadata, freshEventStore, sized } from './context.js';
import { median, round } from './measure.js';

// The journey is not what is measured: it answers at once, as Step Functions does to a start.
const noJourneys: Workflow = {
  startJourney: async () => {},
  completeStep: async () => false,
  failStep: async () => false,
};

/**
 * Whether a login or a sign-up tells by its time that an MPN ID exists: the median time of each for
 * MPN IDs that signed up and for MPN IDs that never did, on DynamoDB Local (target: within 20 %).
 * Every try comes from a source of its own, so that the limits of abuse do not answer first.
 */
export async function accessTimingBench(ctx: BenchContext) {
  const tries = sized(ctx, { tiny: 3, quick: 20, full: 50 });
  const { client, store } = await freshEventStore(ctx.dynamoDbEndpoint);
  const countersTable = `bench-counters-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, usageCounterTableCreateInput(countersTable));
  const key = generateSigningKey();
  const deps = {
    store,
    clock: systemClock,
    policy: defaultProgramPolicy,
    workflow: noJourneys,
    mailer: new MemoryMailer(),
    sessionKey: async () => key,
    counters: new DynamoDbUsageCounters(client, countersTable),
  };
  const partner = (n: number) => ({
    mpnId: String(3_000_000 + n),
    companyName: `Timing ${n}`,
    contactEmail: `timing-${n}@partners.example`,
    country: 'CA',
  });
  let source = 0;
  const nextSource = () => `198.18.${Math.floor(++source / 250)}.${source % 250}`;
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  for (let n = 0; n < tries; n++) {
    await signUpPartner(deps, { ...partner(n), sourceIp: nextSource() }, benchMetadata);
    await issueAccessCode(deps, { mpnId: partner(n).mpnId, requested: false }, benchMetadata);
  }
  const known = { login: [] as number[], signUp: [] as number[] };
  const unknown = { login: [] as number[], signUp: [] as number[] };
  for (let n = 0; n < tries; n++) {
    const stranger = partner(100_000 + n);
    const wrong = { accessCode: 'WRONGCODE2', sourceIp: nextSource() };
    known.login.push(await time(() => logIn(deps, { mpnId: partner(n).mpnId, ...wrong }, benchMetadata)));
    unknown.login.push(await time(() => logIn(deps, { mpnId: stranger.mpnId, ...wrong }, benchMetadata)));
    const again = { ...partner(n), contactEmail: `again-${n}@partners.example`, sourceIp: nextSource() };
    known.signUp.push(await time(() => signUpPartner(deps, again, benchMetadata)));
    unknown.signUp.push(
      await time(() => signUpPartner(deps, { ...stranger, sourceIp: nextSource() }, benchMetadata)),
    );
  }
  const medians = (samples: { login: number[]; signUp: number[] }) => ({
    login: median(samples.login),
    signUp: median(samples.signUp),
  });
  const [k, u] = [medians(known), medians(unknown)];
  const ratio = (a: number, b: number) => round(Math.max(a, b) / Math.min(a, b), 2);
  return {
    tries,
    loginKnownMs: round(k.login),
    loginUnknownMs: round(u.login),
    loginRatio: ratio(k.login, u.login),
    signUpKnownMs: round(k.signUp),
    signUpUnknownMs: round(u.signUp),
    signUpRatio: ratio(k.signUp, u.signUp),
    withinTwentyPercent: ratio(k.login, u.login) <= 1.2 && ratio(k.signUp, u.signUp) <= 1.2,
  };
}
