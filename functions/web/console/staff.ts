import type { StaffMember } from '../../../domain/staff/staff-member.js';
import { Email, SingleLineText } from '../../../events/fields.js';
import { STAFF_ROLES, type StaffRole } from '../../../events/staff.js';
import { setStaffMember } from '../../application/staff/staff-directory.js';
import { listStaff } from '../../application/staff/staff-list.js';
import type { Words } from '../../i18n/words.js';
import { emptyForm, type FormState, notice, paragraph, postForm, textField } from '../components.js';
import { readForm, refusedField } from '../form.js';
import { type Html, html } from '../html.js';
import {
  type ConsoleDeps,
  definePage,
  type PageAnswer,
  type PageContext,
  redirectTo,
  showPage,
} from '../page.js';

const PATH = '/console/staff';
const ROLES_PATH = '/console/staff/roles';

/** A refused change of one person's roles: whose, what was ticked, and why not. */
type RolesRefusal = { email: string; values: Readonly<Record<string, string>>; error: string };

/** What a ticked box sends. */
const TICKED = 'yes';

const rolesOf = (form: Readonly<Record<string, string>>): StaffRole[] =>
  STAFF_ROLES.filter((role) => form[`role-${role}`] === TICKED);

const ticked = (roles: readonly StaffRole[]) =>
  Object.fromEntries(roles.map((role) => [`role-${role}`, TICKED]));

const roleWords = (w: Words, roles: readonly StaffRole[]) =>
  roles.length > 0 ? w.list(roles.map((role) => w.t(`role.${role}`))) : w.t('admin.staff.noRole');

/** The roles as boxes to tick, with what each lets a person do; `id` keeps each form's boxes apart. */
function roleBoxes(
  w: Words,
  id: string,
  values: Readonly<Record<string, string>>,
  legend: string,
  error?: string,
) {
  return html`<fieldset class="field roles"${error ? html` aria-describedby="${id}-error"` : ''}>
<legend>${legend}</legend>
${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}
${STAFF_ROLES.map(
  (role) =>
    html`<label class="check"><input type="checkbox" id="${id}-${role}" name="role-${role}" value="${TICKED}"${
      values[`role-${role}`] === TICKED ? html` checked` : ''
    }${error ? html` aria-invalid="true"` : ''}> <span>${w.t(`admin.staff.role.${role}`)}</span></label>`,
)}
</fieldset>`;
}

function addForm(w: Words, form: FormState, csrf: string): Html {
  return postForm(w, form, {
    action: PATH,
    csrf,
    submit: 'admin.staff.add.submit',
    fields: [
      textField(w, form, {
        name: 'email',
        label: 'admin.staff.email',
        type: 'email',
        autocomplete: 'off',
        maxlength: 254,
      }),
      textField(w, form, { name: 'name', label: 'admin.staff.name', autocomplete: 'off', maxlength: 200 }),
      roleBoxes(w, 'roles', form.values, w.t('admin.staff.roles'), form.errors.roles),
    ],
  });
}

/** A person of the staff: who they are, their roles, and the form to change them. */
function personCard(w: Words, person: StaffMember, i: number, csrf: string, refusal?: RolesRefusal): Html {
  const mine = refusal?.email === person.email ? refusal : undefined;
  return html`<section class="card" aria-labelledby="person-${i}">
<h3 id="person-${i}">${person.name}</h3>
<p class="email">${person.email}</p>
<p>${w.t('admin.staff.hasRoles', { roles: roleWords(w, person.roles) })}</p>
<form method="post" action="${ROLES_PATH}" novalidate aria-label="${w.t('admin.staff.rolesOf', { name: person.name })}">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="email" value="${person.email}">
${roleBoxes(w, `person-${i}-roles`, mine?.values ?? ticked(person.roles), w.t('admin.staff.rolesOf', { name: person.name }), mine?.error)}
<button class="primary" type="submit">${w.t('admin.staff.change.submit')}</button>
</form>
</section>`;
}

/** What the directory now says of the person just saved: read from the record, whatever the link says. */
function savedNotice(w: Words, people: readonly StaffMember[], email: string | undefined): Html | '' {
  const person = email ? people.find((p) => p.email === email.toLowerCase()) : undefined;
  if (!person) return '';
  return person.roles.length > 0
    ? notice(
        'ok',
        w.t('admin.staff.saved', {
          name: person.name,
          email: person.email,
          roles: roleWords(w, person.roles),
        }),
      )
    : notice('ok', w.t('admin.staff.savedWithout', { name: person.name, email: person.email }));
}

async function staffPage(
  { words: w, csrf, query }: PageContext,
  deps: ConsoleDeps,
  refused: { add?: FormState; roles?: RolesRefusal } = {},
  status = 200,
): Promise<PageAnswer> {
  const people = await listStaff(deps.store);
  const body = html`${savedNotice(w, people, query.saved)}
${paragraph(w.t('admin.staff.intro'))}
<section aria-labelledby="people">
<h2 id="people">${w.t('admin.staff.people')}</h2>
<div class="people">${people.map((person, i) => personCard(w, person, i, csrf, refused.roles))}</div>
</section>
<section class="card" aria-labelledby="add">
<h2 id="add">${w.t('admin.staff.add')}</h2>
${paragraph(w.t('admin.staff.add.intro'))}
${addForm(w, refused.add ?? emptyForm(), csrf)}
</section>`;
  return showPage(w.t('admin.staff.title'), body, status);
}

/** The staff directory: everyone with their roles, a form to add a person, and one to change each one's roles. */
export const staff = definePage<ConsoleDeps>({
  name: 'console-staff',
  method: 'GET',
  path: PATH,
  access: 'program-admin',
  handle: (context, deps) => staffPage(context, deps),
});

const NewPerson = { email: Email, name: SingleLineText(200) };

/** Adds a person with their roles; the identity service then invites them to sign in. */
export const addStaff = definePage<ConsoleDeps>({
  name: 'console-staff-add',
  method: 'POST',
  path: PATH,
  access: 'program-admin',
  handle: async (context, deps) => {
    const { words: w, form, staff: admin, metadata } = context;
    const read = readForm(w, form, NewPerson, {
      email: 'admin.staff.email.invalid',
      name: 'admin.staff.name.invalid',
    });
    if (!read.ok) return staffPage(context, deps, { add: read.state }, 400);
    const email = read.data.email.toLowerCase();
    const known = (await listStaff(deps.store)).find((p) => p.email === email);
    // Adding someone already on the staff would silently change their roles: that is the list's form.
    if (known && known.roles.length > 0) {
      const add = refusedField(form, 'email', w.t('admin.staff.already', { email }));
      return staffPage(context, deps, { add }, 409);
    }
    const set = await setStaffMember(
      deps,
      { email, name: read.data.name, roles: rolesOf(form) },
      metadata,
      admin?.email,
    );
    if (!set.ok) {
      return staffPage(context, deps, { add: refusedField(form, 'roles', w.t('admin.staff.noRoles')) }, 409);
    }
    return redirectTo(`${PATH}?${new URLSearchParams({ saved: email })}`);
  },
});

/** Gives a person other roles; none takes them off the staff. An admin cannot drop their own admin role. */
export const changeStaffRoles = definePage<ConsoleDeps>({
  name: 'console-staff-roles',
  method: 'POST',
  path: ROLES_PATH,
  access: 'program-admin',
  handle: async (context, deps) => {
    const { words: w, form, staff: admin, metadata } = context;
    const email = (form.email ?? '').toLowerCase();
    const person = (await listStaff(deps.store)).find((p) => p.email === email);
    if (!person) {
      return showPage(w.t('page.notFound.title'), paragraph(w.t('admin.staff.notFound', { email })), 404);
    }
    const roles = rolesOf(form);
    const set = await setStaffMember(deps, { email, name: person.name, roles }, metadata, admin?.email);
    if (!set.ok) {
      const error = w.t(
        set.refusal.code === 'own-admin-role' ? 'admin.staff.ownAdminRole' : 'admin.staff.noRoles',
      );
      return staffPage(context, deps, { roles: { email, values: ticked(roles), error } }, 409);
    }
    return redirectTo(`${PATH}?${new URLSearchParams({ saved: email })}`);
  },
});
