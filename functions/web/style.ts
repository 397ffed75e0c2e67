import { createHash } from 'node:crypto';

/**
 * The one style sheet of the program's pages, inline so that a page is a single answer; the
 * content security policy allows exactly this text by its hash. Colours meet WCAG AA contrast on
 * their backgrounds, every control shows where the keyboard is, and the layout holds from 360 px.
 */
export const STYLE = `
:root { --ink: #1b1f24; --muted: #4a5560; --line: #c9d1d9; --brand: #0b4f8a; --brand-dark: #083a66;
  --link: #0a58a8; --bg: #f6f8fa; --ok: #1a6b2f; --warn: #8a5300; --bad: #a4262c; --focus: #b35900; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
body { margin: 0; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
header.site { background: var(--brand); color: #fff; }
header.site .bar { max-width: 64rem; margin: 0 auto; padding: .75rem 1rem; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
header.site a, header.site .who { color: #fff; }
header.site a:focus-visible, header.site button:focus-visible { outline-color: #fff; }
.brand { font-weight: 700; font-size: 1.125rem; text-decoration: none; margin-right: auto; }
nav.site ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; }
nav.site a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.who { font-size: .875rem; }
form.inline { display: inline; margin: 0; }
button.link { background: none; border: 1px solid #fff; color: #fff; border-radius: .25rem; padding: .25rem .75rem; font: inherit; cursor: pointer; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.card { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; margin: 0 0 1rem; }
.card > h2:first-child, .card > h3:first-child { margin-top: 0; }
.narrow { max-width: 32rem; }
.field { margin: 0 0 1rem; }
.field label, .field legend { display: block; font-weight: 600; margin-bottom: .25rem; }
.hint { display: block; color: var(--muted); font-size: .875rem; margin-bottom: .25rem; }
.error { display: block; color: var(--bad); font-weight: 600; margin-bottom: .25rem; }
input[type=text], input[type=email], input[type=datetime-local], select, textarea { width: 100%; max-width: 28rem; font: inherit; padding: .5rem; border: 1px solid #6e7781; border-radius: .25rem; background: #fff; color: var(--ink); }
input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"] { border: 2px solid var(--bad); }
.field label.check { display: flex; gap: .5rem; align-items: flex-start; font-weight: 400; }
.field label.check input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; flex: none; }
a.button.primary { display: inline-block; text-decoration: none; }
button.primary, a.button.primary { background: var(--brand); color: #fff; border: 0; border-radius: .25rem; padding: .625rem 1.25rem; font: inherit; font-weight: 600; cursor: pointer; }
button.primary:hover, a.button.primary:hover { background: var(--brand-dark); }
button.secondary { background: #fff; color: var(--bad); border: 2px solid var(--bad); border-radius: .25rem; padding: .5rem 1.125rem; font: inherit; font-weight: 600; cursor: pointer; }
dl.details { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr); gap: .375rem 1.25rem; margin: 0; }
dl.details dt { font-weight: 600; }
dl.details dd { margin: 0; overflow-wrap: anywhere; }
.notice { border-left: 4px solid var(--brand); background: #fff; padding: .75rem 1rem; margin: 0 0 1rem; }
.notice.bad { border-color: var(--bad); }
.notice.ok { border-color: var(--ok); }
.status { display: inline-block; white-space: nowrap; border-radius: 1rem; padding: 0 .6rem; font-size: .875rem; font-weight: 600; border: 1px solid currentColor; }
.status.approved { color: var(--ok); } .status.pending-approval { color: var(--warn); }
.status.rejected, .status.expired { color: var(--bad); }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
caption { text-align: left; font-weight: 600; padding: .5rem 0; }
th, td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
.id { white-space: nowrap; }
ul.plain { list-style: none; padding: 0; margin: 0; } ul.plain li { margin: .75rem 0; }
.terms { white-space: pre-wrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .875rem; background: #fff; border: 1px solid var(--line); padding: 1rem; max-height: 24rem; overflow: auto; }
nav.filters ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0 0 1rem; padding: 0; }
nav.filters a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; margin: 1rem 0; }
form.filters { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: flex-end; }
form.filters .field { flex: 1 1 14rem; } form.filters button { margin: 0 0 1rem; }
th a { color: inherit; } th .sort { font-size: .75em; margin-left: .25rem; }
.chart { margin: 0 0 1.5rem; } .chart:last-child { margin-bottom: 0; }
.chart-title { display: block; font-weight: 600; }
.chart > svg { display: block; margin: .75rem 0 .5rem; overflow: visible; }
.chart text { fill: var(--ink); } .chart text.value { font-weight: 600; }
.chart .part { stroke: #fff; stroke-width: 2; }
.chart .p0 { fill: var(--brand); } .chart .p1 { fill: var(--ok); } .chart .p2 { fill: var(--warn); } .chart .p3 { fill: var(--bad); } .chart .p4 { fill: var(--muted); }
ul.legend { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
ul.legend li { display: flex; gap: .375rem; } ul.legend svg { flex: none; margin-top: .3rem; } ul.legend .share { color: var(--muted); }
.chart .track { fill: var(--bg); } .chart .bar { fill: var(--brand); } .chart .bar.negative { fill: var(--bad); } .chart .zero { stroke: var(--ink); stroke-width: 2; }
.chart text.wide { display: none; }
@media (min-width: 40rem) { .chart text.narrow { display: none; } .chart text.wide { display: inline; } }
.chart summary { cursor: pointer; color: var(--link); text-decoration: underline; width: max-content; max-width: 100%; }
.chart summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.chart details[open] summary { margin-bottom: .5rem; }
footer.site { max-width: 64rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .875rem; border-top: 1px solid var(--line); }
/* The console's reports and queues are tables of many columns, and its navigation holds every role's pages. */
body.staff header.site .bar, body.staff main, body.staff footer.site { max-width: 80rem; }
body.staff select { max-width: 40rem; }
@media (max-width: 40rem) { h1 { font-size: 1.5rem; } main { padding-top: 1rem; } dl.details { grid-template-columns: minmax(0, 1fr); } dl.details dd { margin-bottom: .5rem; } }
@media (max-width: 40rem) {
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.stack, table.stack caption, table.stack tbody, table.stack tr { display: block; }
  table.stack tr { border-bottom: 1px solid var(--line); padding: .5rem 0; }
  table.stack td { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: .75rem; border: 0; padding: .25rem .75rem; text-align: left; white-space: normal; overflow-wrap: anywhere; }
  table.stack .id, table.stack .status { white-space: normal; }
  table.stack .status { justify-self: start; }
  table.stack td::before { content: attr(data-label); font-weight: 600; }
}
a.button { display: inline-block; background: var(--brand); color: #fff; border-radius: .25rem; padding: .625rem 1.25rem; font-weight: 600; text-decoration: none; }
a.button:hover { background: var(--brand-dark); }
.card > h3:first-child { margin-top: 0; }
.side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 0 1rem; align-items: start; }
fieldset.group { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1.25rem .25rem; margin: 0 0 1.5rem; min-width: 0; }
fieldset.group > legend { font-weight: 700; font-size: 1.125rem; padding: 0 .375rem; }
fieldset.group > .hint { margin: 0 0 1rem; }
fieldset.group input[inputmode=numeric] { max-width: 12rem; }
input[type=datetime-local] { font: inherit; padding: .5rem; border: 1px solid #6e7781; border-radius: .25rem; background: #fff; color: var(--ink); max-width: 100%; }
#rateCard, #tiers { font-family: ui-monospace, Menlo, Consolas, monospace; }
#termsText { max-width: 48rem; }
fieldset.roles { border: 0; padding: 0; margin: 0 0 1rem; min-width: 0; }
fieldset.roles label.check { display: flex; gap: .5rem; align-items: flex-start; margin: .25rem 0; }
fieldset.roles label.check input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; flex: none; }
.people { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 0 1rem; }
.people .card p { margin: .25rem 0; } .people .card .email { color: var(--muted); overflow-wrap: anywhere; }
.people .card form { margin-top: .75rem; }
.terms + details { margin-top: 1rem; }
details.revise > summary { cursor: pointer; color: var(--link); text-decoration: underline; font-weight: 600; width: max-content; max-width: 100%; }
details.revise[open] > summary { margin-bottom: .75rem; }
@media (max-width: 40rem) {
  table.stack td { grid-template-columns: minmax(min-content, 2fr) minmax(0, 3fr); }
  table.stack td::before { overflow-wrap: normal; }
  table.stack td:empty { display: none; }
  table.stack td > .status { justify-self: start; white-space: normal; }
}
`;

export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;
