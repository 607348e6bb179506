import { describe, expect, it } from 'vitest';
import { filterFromSearchParams } from '../../shared/initiative-filter.ts';
import { errorMessageOf, exportUrl, fileNameFromDisposition } from './export-url.ts';

const SNAPSHOT = '0b6c4a9e-3f1d-4c2a-9d7e-5a1b2c3d4e5f';
const OTHER = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

const parse = (url: string) => new URL(url, 'http://digisalkku.test');

describe('exportUrl', () => {
  it('asks for the live portfolio as current, in the language given, with no filter', () => {
    const url = parse(exportUrl({ format: 'xlsx', language: 'sv' }));
    expect(url.pathname).toBe('/api/export/current.xlsx');
    expect([...url.searchParams]).toEqual([['lang', 'sv']]);
  });

  it('carries the filter and sort exactly as the list writes them, so the server reads the same view', () => {
    const listUrl = new URLSearchParams('lead=LVM,VM&status=ongoing&late=1&q=lompakko&sort=endDate&dir=desc');
    const { filter, sort } = filterFromSearchParams(listUrl);
    const url = parse(exportUrl({ format: 'pdf', language: 'fi', filter, sort }));
    expect(url.pathname).toBe('/api/export/current.pdf');
    expect(url.searchParams.get('lead')).toBe('LVM,VM');
    expect(url.searchParams.get('status')).toBe('ongoing');
    expect(url.searchParams.get('late')).toBe('1');
    expect(url.searchParams.get('q')).toBe('lompakko');
    expect(url.searchParams.get('sort')).toBe('endDate');
    expect(url.searchParams.get('dir')).toBe('desc');
    expect(url.searchParams.get('lang')).toBe('fi');
    // Read back, the address selects the very same filter.
    expect(filterFromSearchParams(url.searchParams)).toEqual({ filter, sort });
  });

  it('names a snapshot by its id and adds the snapshot to compare to', () => {
    const url = parse(exportUrl({ format: 'pptx', language: 'en', snapshotId: SNAPSHOT, compareTo: OTHER }));
    expect(url.pathname).toBe(`/api/export/${SNAPSHOT}.pptx`);
    expect(url.searchParams.get('compareTo')).toBe(OTHER);
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('drops a comparison of a snapshot with itself', () => {
    const url = parse(
      exportUrl({ format: 'csv', language: 'fi', snapshotId: SNAPSHOT, compareTo: SNAPSHOT }),
    );
    expect(url.searchParams.has('compareTo')).toBe(false);
  });

  it('compares the live portfolio to a snapshot', () => {
    const url = parse(exportUrl({ format: 'json', language: 'fi', compareTo: OTHER }));
    expect(url.pathname).toBe('/api/export/current.json');
    expect(url.searchParams.get('compareTo')).toBe(OTHER);
  });

  it('encodes ä, ö and å of a search so the server reads them back', () => {
    const url = parse(exportUrl({ format: 'xlsx', language: 'fi', filter: { text: 'Tekoälyä & åäö' } }));
    expect(url.searchParams.get('q')).toBe('Tekoälyä & åäö');
  });
});

describe('fileNameFromDisposition', () => {
  it('reads the quoted name the export route sends', () => {
    expect(
      fileNameFromDisposition('attachment; filename="digisalkku-2026-12-02-digitoimisto.xlsx"', 'x.xlsx'),
    ).toBe('digisalkku-2026-12-02-digitoimisto.xlsx');
  });

  it('prefers the UTF-8 name and decodes it', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="kokous.pdf"; filename*=UTF-8''ty%C3%B6ryhm%C3%A4.pdf`,
        'x.pdf',
      ),
    ).toBe('työryhmä.pdf');
  });

  it('reads a bare name, and never a folder part', () => {
    expect(fileNameFromDisposition('attachment; filename=salkku.csv', 'x.csv')).toBe('salkku.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('passwd');
  });

  it('falls back without a header or a name', () => {
    expect(fileNameFromDisposition(null, 'digisalkku.pdf')).toBe('digisalkku.pdf');
    expect(fileNameFromDisposition('attachment', 'digisalkku.pdf')).toBe('digisalkku.pdf');
    expect(fileNameFromDisposition('attachment; filename=""', 'digisalkku.pdf')).toBe('digisalkku.pdf');
  });
});

describe('errorMessageOf', () => {
  it('reads the message of an error answer', () => {
    expect(errorMessageOf('{"error":"Tilannekuvaa ei löydy."}')).toBe('Tilannekuvaa ei löydy.');
    expect(errorMessageOf('{"error":{"message":"No such snapshot."}}')).toBe('No such snapshot.');
  });

  it('says nothing for a body without one', () => {
    expect(errorMessageOf('<html>502 Bad Gateway</html>')).toBeNull();
    expect(errorMessageOf('{"error":""}')).toBeNull();
    expect(errorMessageOf('{}')).toBeNull();
    expect(errorMessageOf('')).toBeNull();
  });
});
