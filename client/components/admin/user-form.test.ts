import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '../../../shared/user-admin.ts';
import { userCreateInputSchema } from '../../../shared/user-admin.ts';
import { catalogueTranslator } from '../../lib/catalogue-translator.ts';
import { changeNotice, draftOf, issuesByField, ministryOf, roleText } from './user-form.ts';

const USER: ManagedUser = {
  id: '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21',
  username: 'eeva.editori',
  displayName: 'Eeva Editori',
  role: 'editor',
  ministry: 'LVM',
  createdAt: new Date('2026-12-01T10:00:00Z'),
  updatedAt: new Date('2026-12-01T10:00:00Z'),
  disabledAt: null,
  passwordChangedAt: new Date('2026-12-01T10:00:00Z'),
  demo: false,
  lastSignInAt: null,
  lastSeenAt: null,
  activeSessions: 2,
};

describe('the user forms', () => {
  it('send a ministry only for an editor, and start an edit from the user as listed', () => {
    expect(ministryOf({ displayName: 'x', role: 'editor', ministry: 'VM' })).toBe('VM');
    expect(ministryOf({ displayName: 'x', role: 'viewer', ministry: 'VM' })).toBeNull();
    expect(ministryOf({ displayName: 'x', role: 'editor', ministry: '' })).toBeNull();
    expect(draftOf({ ...USER, role: 'viewer', ministry: null })).toEqual({
      displayName: 'Eeva Editori',
      role: 'viewer',
      ministry: '',
    });
  });

  it('put each schema issue beside its field', () => {
    const parsed = userCreateInputSchema.safeParse({
      username: 'X',
      displayName: '',
      role: 'editor',
      ministry: null,
      password: 'lyhyt',
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(Object.keys(issuesByField(parsed.error)).sort()).toEqual([
      'displayName',
      'ministry',
      'password',
      'username',
    ]);
  });

  it('say what a change did, with the sessions it ended, in each language', () => {
    const fi = catalogueTranslator('fi');
    expect(roleText(USER, fi)).toBe('Muokkaaja, LVM');
    expect(changeNotice('deactivate', USER, 1, fi)).toBe(
      'Eeva Editori poistettiin käytöstä. 1 istunto päättyi.',
    );
    expect(changeNotice('edit', USER, 0, fi)).toBe('Käyttäjän Eeva Editori tiedot tallennettiin.');
    expect(changeNotice('edit', USER, 2, catalogueTranslator('sv'))).toBe(
      'Uppgifterna för Eeva Editori sparades. Användarens 2 sessioner avslutades.',
    );
    expect(changeNotice('password', USER, 1, catalogueTranslator('en'))).toBe(
      'Eeva Editori has a new password. Their 1 session has ended.',
    );
    expect(changeNotice('reactivate', USER, 0, catalogueTranslator('en'))).toBe(
      'Eeva Editori was reactivated.',
    );
  });
});
