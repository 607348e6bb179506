import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema } from './id.ts';
import { vm } from './validation-messages.ts';

describe('idSchema', () => {
  it('reads a UUID in any case, with spaces around it, as lower case', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.boolean(), (id, upper) => {
        expect(idSchema().parse(` ${upper ? id.toUpperCase() : id} `)).toBe(id.toLowerCase());
      }),
    );
  });

  it('refuses anything else, with the message it is given (the path names the field)', () => {
    for (const bad of ['LVM066', '', 42, null, '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21\u0000']) {
      expect(
        idSchema()
          .safeParse(bad)
          .error?.issues.map((i) => i.message),
      ).toEqual(['This is not a valid identifier (a UUID); check the link.']);
    }
    const chooseAct = idSchema(() => vm('chooseEuAct'));
    expect(chooseAct.safeParse('').error?.issues[0]?.message).toBe('Choose an EU act.');
  });
});
