import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../cli/run-scenario.js';
import { parseScenario } from '../../cli/scenario.js';
import { PublishBody } from '../../functions/handlers/api/admin-campaigns.js';
import { sha256Hex } from '../../functions/security/sha256.js';
import { sampleCampaigns } from '../../infra/local/sample-campaigns.js';
import { codeBlocks, section } from '../support/markdown.js';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('The example campaign in docs/examples/campaign.json', () => {
  const example = JSON.parse(read('docs/examples/campaign.json'));

  it('is a body that POST /admin/campaigns accepts', () => {
    const parsed = PublishBody.safeParse(example);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it('does not reuse the id of a campaign that npm start publishes', () => {
    const sampleIds = sampleCampaigns(new Date()).map((c) => c.terms.campaignId);
    expect(sampleIds).not.toContain(example.terms.campaignId);
  });

  it('is answered in docs/http-api.md with the SHA-256 of its T&C text', () => {
    expect(read('docs/http-api.md')).toContain(sha256Hex(example.termsText));
  });
});

describe('The worked example of docs/incentive-rules.md', () => {
  it('prints, run through the payout simulator, the statements the page shows', async () => {
    const blocks = codeBlocks(section(read('docs/incentive-rules.md'), 'A worked example'), 'json');
    const [scenario, printed] = [blocks[0], blocks.at(-1)].map((block) => JSON.parse(block ?? 'null'));
    expect(blocks).toHaveLength(2);
    expect(await runScenario(parseScenario(scenario))).toEqual(printed);
  });
});
