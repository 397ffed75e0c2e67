import {
  HISTORY_LIMIT,
  HISTORY_SUBJECTS,
  historyOf,
  isHistorySubject,
  isSubjectId,
} from '../../application/staff/history.js';
import { historyRows } from '../../format/history-words.js';
import { type FormState, paragraph, selectField, table, textField } from '../components.js';
import { html } from '../html.js';
import { type ConsoleDeps, definePage, redirectTo, showPage } from '../page.js';

/** Where any member of the staff looks up a history: what it is of, and its id. */
export const historySearch = definePage<ConsoleDeps>({
  name: 'console-history-search',
  method: 'GET',
  path: '/console/history',
  access: 'staff',
  handle: async ({ words: w, query }) => {
    const subject = query.subject ?? '';
    const id = (query.id ?? '').trim();
    if (isHistorySubject(subject) && isSubjectId(subject, id))
      return redirectTo(`/console/history/${subject}/${encodeURIComponent(id)}`);
    const asked = subject !== '' || id !== '';
    const errors: Record<string, string> = asked ? { id: w.t('console.history.search.invalid') } : {};
    const form: FormState = {
      values: { subject: isHistorySubject(subject) ? subject : 'registration', id },
      errors,
    };
    return showPage(
      w.t('console.history.search.title'),
      html`<p>${w.t('console.history.search.intro')}</p>
<form method="get" action="/console/history" novalidate>
${selectField(w, form, {
  name: 'subject',
  label: 'console.history.search.subject',
  options: HISTORY_SUBJECTS.map((s) => [s, w.t(`console.history.subject.${s}`)] as const),
})}
${textField(w, form, { name: 'id', label: 'console.history.search.id', hint: 'console.history.search.id.hint', maxlength: 200 })}
<button class="primary" type="submit">${w.t('console.history.search.submit')}</button>
</form>`,
      asked ? 400 : 200,
    );
  },
});

/** Who did what, when, and why, oldest first: each cause is above what it caused, and links to it. */
export const history = definePage<ConsoleDeps>({
  name: 'console-history',
  method: 'GET',
  path: '/console/history/{subject}/{id}',
  access: 'staff',
  handle: async ({ words: w, params }, deps) => {
    const subject = params.subject ?? '';
    const id = decodeURIComponent(params.id ?? '');
    if (!isHistorySubject(subject) || !isSubjectId(subject, id)) {
      return showPage(w.t('console.history.notFound.title'), paragraph(w.t('console.history.notFound')), 404);
    }
    const { events, total } = await historyOf(deps.store, subject, id);
    const rows = historyRows(w, events);
    const title = w.t(`console.history.title.${subject}`, { id });
    if (rows.length === 0) return showPage(title, paragraph(w.t('console.history.empty')), 404);
    return showPage(
      title,
      html`${total > HISTORY_LIMIT ? paragraph(w.t('console.history.latest', { shown: w.number(HISTORY_LIMIT), total: w.number(total) })) : ''}
${table({
  caption: w.t('console.history.caption'),
  head: [
    w.t('console.history.col.when'),
    w.t('console.history.col.who'),
    w.t('console.history.col.what'),
    w.t('console.history.col.why'),
  ],
  rows: rows.map((row) => [
    html`<span id="event-${row.eventId}">${row.at}</span>`,
    row.who,
    row.what,
    row.causedBy ? html`<a href="#event-${row.causedBy}">${row.why}</a>` : row.why,
  ]),
})}`,
    );
  },
});
