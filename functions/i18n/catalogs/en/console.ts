/** The staff console's own words: signing in, the home page. */
export const staffConsole = {
  'console.signIn.title': 'Staff sign-in',
  'console.signIn.intro':
    'Program admins, approvers and finance sign in here as themselves, with the program’s identity service. What you do in the console is recorded under your name.',
  'console.signIn.submit': 'Sign in',
  'console.signIn.ended': 'Your session has ended. Sign in again.',
  'console.signIn.out': 'You are signed out.',
  'console.signIn.failed': 'The sign-in did not complete (it may have taken too long). Start again.',
  'console.notStaff.title': 'No role in the program',
  'console.notStaff.text':
    'You signed in as {email}, but the staff directory gives this address no role. Ask a program admin to add you.',
  'console.home.title': 'Staff console',
  'console.home.signedInAs': 'Signed in as {name} ({email}).',
  'console.home.roles': 'Your roles: {roles}.',
  'console.home.approver': 'Decide on the registrations that are waiting for approval.',
  'console.home.finance': 'Read the payout report, run payments, answer inquiries and review fraud flags.',
  'console.home.program-admin': 'Publish campaigns, follow their registrations, and manage the staff.',
  'console.approvals.title': 'Registrations to decide',
  'console.approvals.intro':
    'Registrations waiting for an approver, the longest-waiting first. Each shows what the approval email shows; your decision is recorded in your name.',
  'console.approvals.none': 'No registration is waiting for a decision.',
  'console.approvals.caption': 'Registrations waiting for a decision',
  'console.approvals.col.submitted': 'Submitted',
  'console.approvals.col.partner': 'Partner',
  'console.approvals.col.campaign': 'Campaign',
  'console.approvals.col.agreement': 'Agreement number',
  'console.approvals.col.review': 'Decision',
  'console.approvals.review': 'Review and decide',
  'console.approvals.decided.approved': 'You approved the registration of {partner}.',
  'console.approvals.decided.rejected': 'You rejected the registration of {partner}; they are told why.',
  'console.approval.notFound.title': 'Registration not found',
  'console.approval.notFound': 'There is no registration {registrationId}.',
} as const;
