import type { Shape } from '../../../../shared/message-shape.ts';
import type { admin as fi } from '../fi/admin.ts';

export const admin: Shape<typeof fi> = {
  nav: 'Users',
  users: {
    title: 'Users',
    intro:
      'Add users, change their roles and ministries, deactivate users and give them new passwords. A user’s sessions end at once when their role or ministry changes, when they get a new password and when they are deactivated.',
    listHeading: 'All users',
    count: { one: '{{count}} user, {{active}} active', other: '{{count}} users, {{active}} active' },
    you: '(you)',
    demo: 'demo',
    column: {
      name: 'Name and user name',
      role: 'Role',
      state: 'Status',
      lastSeen: 'Last active',
      sessions: 'Sessions',
      passwordChanged: 'Password set',
      actions: 'Actions',
    },
    active: 'Active',
    deactivatedOn: 'Deactivated on {{date}}',
    never: 'Not known',
    actionsFor: 'Actions: {{name}}',
  },
  field: {
    username: 'User name',
    usernameHint: 'Lower-case letters a–z, digits and . _ - @, for example matti.meikalainen.',
    displayName: 'Name',
    displayNameHint: 'Shown in the app and in the change history, for example “Matti Meikäläinen (LVM)”.',
    role: 'Role',
    ministry: 'Ministry',
    ministryHint: 'The editor edits this ministry’s initiatives.',
    chooseMinistry: 'Choose a ministry',
    password: 'Initial password',
    newPassword: 'New password',
    passwordHint:
      'At least {{min}} characters. Avoid common passwords and the user name; the server checks for them. Give the password to the user by a safe route.',
  },
  roleHelp: {
    admin: 'Manages the users and may do everything.',
    coordinator: 'Edits every initiative and the portfolio as a whole.',
    editor: 'Edits the initiatives of their own ministry.',
    viewer: 'Reads everything and changes nothing.',
  },
  create: {
    open: 'Add a user',
    heading: 'Add a user',
    submit: 'Add user',
    saving: 'Adding…',
    done: '{{name}} ({{username}}) was added and can sign in now.',
    failed: 'The user could not be added: {{message}}',
  },
  edit: {
    open: 'Edit',
    title: 'Edit {{name}}',
    rightsNote: 'Changing the role or ministry ends the user’s sessions; they will need to sign in again.',
    submit: 'Save changes',
    saving: 'Saving…',
    done: 'The details of {{name}} were saved.',
    doneSignedOut: {
      one: 'The details of {{name}} were saved. Their {{count}} session has ended.',
      other: 'The details of {{name}} were saved. Their {{count}} sessions have ended.',
    },
  },
  password: {
    open: 'Set password',
    title: 'New password for {{name}}',
    note: 'All of the user’s sessions end, and from now on they sign in with the new password.',
    submit: 'Set password',
    saving: 'Setting…',
    done: {
      one: '{{name}} has a new password. Their {{count}} session has ended.',
      other: '{{name}} has a new password. Their {{count}} sessions have ended.',
    },
  },
  deactivate: {
    open: 'Deactivate',
    title: 'Deactivate {{name}}?',
    text: '{{username}} will no longer be able to sign in, and their sessions end at once. Their changes are kept, and they can be reactivated later.',
    confirm: 'Deactivate',
    selfHint: 'You cannot deactivate your own account.',
    done: {
      one: '{{name}} was deactivated. {{count}} session has ended.',
      other: '{{name}} was deactivated. {{count}} sessions have ended.',
    },
  },
  reactivate: {
    open: 'Reactivate',
    title: 'Reactivate {{name}}?',
    text: '{{username}} can sign in again with their previous password. Give them a new password if needed.',
    confirm: 'Reactivate',
    done: '{{name}} was reactivated.',
  },
  failed: 'Nothing was changed: {{message}}',
  cancel: 'Cancel',
};
