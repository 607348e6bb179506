import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import { asViewer, resolveSnapshotId, snapshotHref } from './snapshot-mode.tsx';

const A = '0b6c4a9e-3f1d-4c2a-9d7e-5a1b2c3d4e5f';
const B = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

describe('resolveSnapshotId', () => {
  it('takes the URL’s snapshot first, then the one kept in the tab', () => {
    expect(resolveSnapshotId(A, B)).toBe(A);
    expect(resolveSnapshotId(null, B)).toBe(B);
    expect(resolveSnapshotId(null, null)).toBeUndefined();
  });

  it('reads `now` as the live portfolio, whatever was kept', () => {
    expect(resolveSnapshotId('now', B)).toBeUndefined();
    expect(resolveSnapshotId(' NOW ', B)).toBeUndefined();
  });

  it('ignores what is no id, and reads an id in any case as PostgreSQL gives it back', () => {
    expect(resolveSnapshotId('not-an-id', B)).toBe(B);
    expect(resolveSnapshotId('', null)).toBeUndefined();
    expect(resolveSnapshotId(A.toUpperCase(), null)).toBe(A);
    expect(resolveSnapshotId(null, 'garbage')).toBeUndefined();
  });
});

describe('asViewer', () => {
  const coordinator: SessionUser = {
    id: 'u1',
    username: 'coordinator',
    displayName: 'Demo Coordinator',
    role: 'coordinator',
    ministry: null,
  };
  const editor: SessionUser = { ...coordinator, role: 'editor', ministry: 'LVM' };

  it('makes everyone a viewer in a snapshot, keeping who they are', () => {
    expect(asViewer(coordinator, A)).toEqual({ ...coordinator, role: 'viewer' });
    expect(asViewer(editor, A)).toEqual({ ...editor, role: 'viewer', ministry: null });
  });

  it('leaves the user alone in the live portfolio', () => {
    expect(asViewer(coordinator, undefined)).toBe(coordinator);
    expect(asViewer(null, A)).toBeNull();
  });
});

describe('snapshotHref', () => {
  it('opens a page in a snapshot, keeping its own parameters', () => {
    expect(snapshotHref('/initiatives/x', A)).toBe(`/initiatives/x?snapshot=${A}`);
    expect(snapshotHref('/initiatives?lead=LVM', A)).toBe(`/initiatives?lead=LVM&snapshot=${A}`);
  });

  it('opens a page live explicitly, leaving any snapshot', () => {
    expect(snapshotHref('/', undefined)).toBe('/?snapshot=now');
  });
});
