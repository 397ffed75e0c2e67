import type { CampaignCatalog } from '../../../domain/campaigns/catalog.js';
import { loadCatalog } from '../../application/campaign-catalog.js';
import { type PartnerStatementDocument, partnerStatementOf } from '../../application/partner-statements.js';
import { statementFile } from '../../http/statement-file.js';
import { reportChangedStatement } from '../../http/statement-query.js';
import type { Words } from '../../i18n/words.js';
import { createLogger } from '../../logging/logger.js';
import { notice } from '../components.js';
import { type Html, html } from '../html.js';
import { definePage, type PageAnswer, type PageContext, type PortalDeps, showPage } from '../page.js';
import { earnedSection, excludedSection, outsideSection } from './statement-lines.js';
import { milestonesSection } from './statement-milestones.js';
import { adjustmentsSection, clawbacksSection, moneySection } from './statement-money.js';

const logger = createLogger({ service: 'portal', route: 'portal-statement' });

/** The partner's statement as of now, by the same use case as the API's statement route. */
const readStatement = ({ params, session, metadata }: PageContext, deps: PortalDeps) =>
  partnerStatementOf(
    deps,
    params.campaignId ?? '',
    session?.mpnId ?? '',
    deps.clock.now(),
    reportChangedStatement(logger.child({ correlationId: metadata.correlationId })),
  );

const notFound = ({ words: w }: PageContext): PageAnswer =>
  showPage(w.t('page.notFound.title'), html`<p>${w.t('statement.notFound')}</p>`, 404);

/** A registration that is not approved earns nothing yet, or nothing at all: said first. */
function registrationNotice(w: Words, doc: PartnerStatementDocument): Html | '' {
  switch (doc.registrationStatus) {
    case 'approved':
      return '';
    case 'pending':
      return notice('info', w.t('statement.registration.pending', { amount: w.money(doc.potentialCents) }));
    default:
      return notice('info', w.t(`statement.registration.${doc.registrationStatus}`));
  }
}

/**
 * A partner's statement for one campaign: how far it is from its next milestones while the
 * campaign is open, where its money stands, every sale that earned and every one that did not
 * (each with the way to ask about it), its sales outside the period, the adjustments and the
 * clawbacks; and the same statement as a PDF or a CSV to keep.
 */
export const statement = definePage({
  name: 'portal-statement',
  method: 'GET',
  path: '/portal/statements/{campaignId}',
  access: 'partner',
  handle: async (context, deps) => {
    const read = await readStatement(context, deps);
    if (!read.ok) return notFound(context);
    const { words: w } = context;
    const doc = read.statement;
    const others = new Set(doc.outsidePeriod.flatMap((sale) => sale.otherCampaigns));
    const catalog: CampaignCatalog = others.size > 0 ? await loadCatalog(deps.store) : new Map();
    const nameOf = (campaignId: string) => catalog.get(campaignId)?.terms.name ?? campaignId;
    const base = `/portal/statements/${doc.campaignId}`;
    const body = html`${registrationNotice(w, doc)}
<p>${w.t('statement.asOf', { date: w.instant(doc.asOf) })} ${w.t('statement.period', { start: w.instant(doc.period.start), end: w.instant(doc.period.end) })}</p>
<p class="actions"><a href="${base}/pdf" download>${w.t('statement.download.pdf')}</a> <a href="${base}/csv" download>${w.t('statement.download.csv')}</a></p>
${milestonesSection(w, read.milestones)}
${moneySection(w, doc)}
${earnedSection(w, doc)}
${excludedSection(w, doc)}
${outsideSection(w, doc, nameOf)}
${adjustmentsSection(w, doc)}
${clawbacksSection(w, doc)}`;
    return showPage(w.t('statement.title', { name: doc.campaignName }), body);
  },
});

const fileOf = (format: 'pdf' | 'csv') =>
  definePage({
    name: `portal-statement-${format}`,
    method: 'GET',
    path: `/portal/statements/{campaignId}/${format}`,
    access: 'partner',
    handle: async (context, deps) => {
      const read = await readStatement(context, deps);
      if (!read.ok) return notFound(context);
      return { kind: 'file', result: await statementFile(read.statement, format, context.words) };
    },
  });

/** The statement as the API's `?format=pdf` and `?format=csv` give it, in the reader's language. */
export const statementPdfFile = fileOf('pdf');
export const statementCsvFile = fileOf('csv');
