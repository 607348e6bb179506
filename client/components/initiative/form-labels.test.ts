import { describe, expect, it } from 'vitest';
import { messages } from '../../i18n/all-languages.ts';
import { targetLabel } from './form-labels.ts';

const t = (key: string) => {
  let node: unknown = messages.fi;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node);
};

describe('targetLabel', () => {
  it('names each input of the form as the server names its field, in the UI language', () => {
    expect(targetLabel('title.fi', t, 'fi')).toBe('Nimi suomeksi');
    expect(targetLabel('links.1.url', t, 'fi')).toBe('Linkin 2 osoite');
    expect(targetLabel('euImpacts.0.deadline', t, 'sv')).toBe('Tidsfrist för EU-påverkan 1');
    expect(targetLabel('ministryHealth.rating', t, 'en')).toBe("Lead ministry's rating");
    expect(targetLabel('budget', t, 'fi')).toBe('Budjetti');
    expect(targetLabel('form', t, 'fi')).toBe('Muokkaa hanketta');
  });

  it('never shows a key, whatever the path', () => {
    for (const target of ['scores', 'archived', 'caseNumbers', 'no.such.field', 'data.nothing']) {
      expect(targetLabel(target, t, 'fi'), target).not.toMatch(/[a-z][A-Z]|\.|^initiative/);
    }
  });
});
