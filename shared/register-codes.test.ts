import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINISTRY_CODES } from './ministry.ts';
import {
  caseNumberSchema,
  ministryFromProjectNumber,
  projectNumberSchema,
  projectRegisterUrl,
} from './register-codes.ts';

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));

describe('project numbers', () => {
  it('name their ministry by their prefix', () => {
    expect(ministryFromProjectNumber('TEM061:00/2024')).toBe('TEM');
    expect(ministryFromProjectNumber('LVM066:00/2021')).toBe('LVM');
    expect(ministryFromProjectNumber(' vm123:01/2025 ')).toBe('VM');
  });

  it('name no ministry when the prefix is not one, or the number is malformed', () => {
    expect(ministryFromProjectNumber('ABC061:00/2024')).toBeNull();
    expect(ministryFromProjectNumber('TEM61:00/2024')).toBeNull();
    expect(ministryFromProjectNumber('TEM061/2024')).toBeNull();
    expect(ministryFromProjectNumber('')).toBeNull();
  });

  it('give back the ministry of any well-formed number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MINISTRY_CODES),
        digits(3),
        digits(2),
        digits(4),
        (code, run, sub, year) => {
          const number = `${code}${run}:${sub}/${year}`;
          expect(ministryFromProjectNumber(number)).toBe(code);
          expect(projectNumberSchema.parse(number.toLowerCase())).toBe(number);
        },
      ),
    );
  });

  it('are accepted trimmed and in capitals, and rejected when malformed', () => {
    expect(projectNumberSchema.parse('  lvm046:00/2024 ')).toBe('LVM046:00/2024');
    for (const bad of [
      'LVM46:00/2024',
      'LVM046:0/2024',
      'LVM046-00/2024',
      'LVM046:00/24',
      'L046:00/2024',
      'LVMXX046:00/2024',
    ]) {
      expect(projectNumberSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('link to the government project register, escaped', () => {
    expect(projectRegisterUrl('LVM046:00/2024')).toBe(
      'https://valtioneuvosto.fi/hanke?tunnus=LVM046%3A00%2F2024',
    );
  });
});

describe('case numbers', () => {
  it('are accepted like VN/25733/2021 and a ministry-prefixed one', () => {
    expect(caseNumberSchema.parse('vn/25733/2021')).toBe('VN/25733/2021');
    expect(caseNumberSchema.parse('LVM/1/2020')).toBe('LVM/1/2020');
  });

  it('are rejected when malformed', () => {
    for (const bad of ['VN/12345678/2021', 'VN/25733/21', 'VN-25733-2021', '25733/2021', 'VN//2021']) {
      expect(caseNumberSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
