import type { MessageKey } from '../../i18n/catalogs/index.js';
import type { Words } from '../../i18n/words.js';
import { type FormState, postForm, selectField, textAreaField, textField } from '../components.js';
import { type Html, type HtmlValue, html } from '../html.js';
import { CAMPAIGN_FIELDS } from './campaign-form-reading.js';

export const NEW_CAMPAIGN_PATH = '/console/campaigns/new';

/** A value the form sends back, unseen: which step it asks for, or what was previewed. */
const hidden = (name: string, value: string): Html =>
  html`<input type="hidden" name="${name}" value="${value}">`;

const group = (w: Words, legend: MessageKey, fields: HtmlValue, hint?: string): Html =>
  html`<fieldset class="group"><legend>${w.t(legend)}</legend>
${hint ? html`<p class="hint">${hint}</p>` : ''}
${fields}
</fieldset>`;

const number = (w: Words, form: FormState, name: string, label: MessageKey, hint: MessageKey) =>
  textField(w, form, { name, label, hint, inputmode: 'numeric', maxlength: 20, optional: true });

const when = (w: Words, form: FormState, name: string, label: MessageKey, hint: MessageKey) =>
  textField(w, form, { name, label, hint, type: 'datetime-local' });

/**
 * Every field of a campaign's terms and its T&C text, grouped as an admin thinks of them. Without
 * a script, the fields of both kinds of campaign are there; those of the other kind are ignored.
 */
function campaignFields(w: Words, form: FormState): Html[] {
  return [
    group(w, 'admin.form.group.campaign', [
      textField(w, form, {
        name: 'campaignId',
        label: 'admin.form.campaignId',
        hint: 'admin.form.campaignId.hint',
        maxlength: 64,
        autocomplete: 'off',
      }),
      textField(w, form, { name: 'name', label: 'admin.form.name', maxlength: 200, autocomplete: 'off' }),
      selectField(w, form, {
        name: 'type',
        label: 'admin.form.type',
        options: [
          ['dollarPerSku', w.t('admin.form.type.dollarPerSku')],
          ['frequency', w.t('admin.form.type.frequency')],
        ],
      }),
    ]),
    group(
      w,
      'admin.form.group.when',
      [
        when(w, form, 'periodStart', 'admin.form.periodStart', 'admin.form.periodStart.hint'),
        when(w, form, 'periodEnd', 'admin.form.periodEnd', 'admin.form.periodEnd.hint'),
        when(
          w,
          form,
          'registrationDeadline',
          'admin.form.registrationDeadline',
          'admin.form.registrationDeadline.hint',
        ),
      ],
      w.t('admin.form.when.hint', { zone: w.t(`timeZone.${w.timeZone}`) }),
    ),
    group(
      w,
      'admin.form.group.dollarPerSku',
      [
        textAreaField(w, form, {
          name: 'rateCard',
          label: 'admin.form.rateCard',
          hint: 'admin.form.rateCard.hint',
          maxlength: 100_000,
          rows: 5,
          optional: true,
        }),
        number(
          w,
          form,
          'maxUnitsPerPartner',
          'admin.form.maxUnitsPerPartner',
          'admin.form.maxUnitsPerPartner.hint',
        ),
      ],
      w.t('admin.form.group.onlyThisKind'),
    ),
    group(
      w,
      'admin.form.group.frequency',
      [
        selectField(w, form, {
          name: 'metric',
          label: 'admin.form.metric',
          options: [
            ['transactions', w.t('admin.form.metric.transactions')],
            ['newCustomers', w.t('admin.form.metric.newCustomers')],
          ],
        }),
        textAreaField(w, form, {
          name: 'eligibleSkus',
          label: 'admin.form.eligibleSkus',
          hint: 'admin.form.eligibleSkus.hint',
          maxlength: 100_000,
          rows: 3,
          optional: true,
        }),
        textAreaField(w, form, {
          name: 'tiers',
          label: 'admin.form.tiers',
          hint: 'admin.form.tiers.hint',
          maxlength: 10_000,
          rows: 4,
          optional: true,
        }),
        number(
          w,
          form,
          'newCustomerLookbackDays',
          'admin.form.newCustomerLookbackDays',
          'admin.form.newCustomerLookbackDays.hint',
        ),
      ],
      w.t('admin.form.group.onlyThisKind'),
    ),
    group(w, 'admin.form.group.limits', [
      textField(w, form, {
        name: 'eligibleLicenseTypes',
        label: 'admin.form.eligibleLicenseTypes',
        hint: 'admin.form.eligibleLicenseTypes.hint',
        maxlength: 2_000,
        optional: true,
      }),
      number(w, form, 'minUnitsPerSale', 'admin.form.minUnitsPerSale', 'admin.form.minUnitsPerSale.hint'),
      number(
        w,
        form,
        'minUnitsPerPartner',
        'admin.form.minUnitsPerPartner',
        'admin.form.minUnitsPerPartner.hint',
      ),
      textField(w, form, {
        name: 'maxPayout',
        label: 'admin.form.maxPayout',
        hint: 'admin.form.maxPayout.hint',
        maxlength: 20,
        optional: true,
      }),
    ]),
    group(w, 'admin.form.group.terms', [
      textAreaField(w, form, {
        name: 'termsText',
        label: 'admin.form.termsText',
        hint: 'admin.form.termsText.hint',
        maxlength: 200_000,
        rows: 12,
      }),
    ]),
  ];
}

/** The form to fill in (or change) a campaign; it posts for a preview, never straight to publish. */
export const campaignForm = (w: Words, form: FormState, csrf: string): Html =>
  postForm(w, form, {
    action: NEW_CAMPAIGN_PATH,
    csrf,
    submit: 'admin.form.preview',
    fields: [hidden('action', 'preview'), ...campaignFields(w, form)],
  });

/**
 * Publishes exactly what the preview showed: the previewed form travels in hidden fields, so an
 * edit made in the form below after the preview is not published unseen.
 */
export const publishForm = (w: Words, values: Readonly<Record<string, string>>, csrf: string): Html =>
  postForm(
    w,
    { values: {}, errors: {} },
    {
      action: NEW_CAMPAIGN_PATH,
      csrf,
      submit: 'admin.preview.publish',
      label: w.t('admin.preview.publish'),
      fields: [hidden('action', 'publish'), CAMPAIGN_FIELDS.map((name) => hidden(name, values[name] ?? ''))],
    },
  );
