import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { mappedRole, readOidcConfig } from './oidc-config.ts';

const BASE = {
  OIDC_ISSUER: 'https://login.example.fi/tenant/v2.0',
  OIDC_CLIENT_ID: 'digisalkku',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_REDIRECT_URL: 'https://digisalkku.example.fi/api/auth/oidc/callback',
  OIDC_ROLE_MAP: 'Digisalkku.Admin=admin, Digisalkku.Coordinator=coordinator,Digisalkku.Editor=editor',
};

/** The one line the start stops with, or null when it starts. */
function refusal(env: Record<string, string>): string | null {
  try {
    readOidcConfig(env);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
}

describe('readOidcConfig', () => {
  it('is null (passwords only) unless OIDC_ISSUER is set', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: '  ', OIDC_CLIENT_ID: 'x' })).toBeNull();
  });

  it('reads the settings with their defaults', () => {
    const config = readOidcConfig(BASE);
    expect(config).toMatchObject({
      issuer: 'https://login.example.fi/tenant/v2.0',
      clientId: 'digisalkku',
      clientSecret: 'secret',
      redirectUrl: 'https://digisalkku.example.fi/api/auth/oidc/callback',
      scopes: 'openid profile email',
      roleClaim: 'roles',
      ministryClaim: 'ministry',
      defaultRole: null,
      allowHttp: false,
    });
    expect([...(config?.roleMap ?? [])]).toEqual([
      ['Digisalkku.Admin', 'admin'],
      ['Digisalkku.Coordinator', 'coordinator'],
      ['Digisalkku.Editor', 'editor'],
    ]);
  });

  it('takes the claims, scopes and default role it is given', () => {
    const config = readOidcConfig({
      ...BASE,
      OIDC_SCOPES: 'openid  email groups',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
      OIDC_MINISTRY_CLAIM: 'org',
      OIDC_DEFAULT_ROLE: 'viewer',
    });
    expect(config).toMatchObject({
      scopes: 'openid email groups',
      roleClaim: 'realm_access.roles',
      ministryClaim: 'org',
      defaultRole: 'viewer',
    });
  });

  it('derives the redirect URL from PUBLIC_URL', () => {
    const { OIDC_REDIRECT_URL: _, ...rest } = BASE;
    expect(readOidcConfig({ ...rest, PUBLIC_URL: 'https://digisalkku.example.fi' })?.redirectUrl).toBe(
      'https://digisalkku.example.fi/api/auth/oidc/callback',
    );
    expect(refusal({ ...rest, PUBLIC_URL: 'https://example.fi/digisalkku' })).toMatch(/^PUBLIC_URL must be/);
    expect(refusal(rest)).toMatch(/^OIDC_REDIRECT_URL \(or PUBLIC_URL\) must be set/);
  });

  it('requires the client id and secret', () => {
    expect(refusal({ ...BASE, OIDC_CLIENT_ID: '' })).toBe(
      'OIDC_CLIENT_ID must be set when OIDC_ISSUER is (single sign-on).',
    );
    const { OIDC_CLIENT_SECRET: _, ...noSecret } = BASE;
    expect(refusal(noSecret)).toMatch(/^OIDC_CLIENT_SECRET must be set/);
  });

  it('allows plain http only to this machine', () => {
    expect(readOidcConfig({ ...BASE, OIDC_ISSUER: 'http://127.0.0.1:8080' })?.allowHttp).toBe(true);
    expect(readOidcConfig({ ...BASE, OIDC_ISSUER: 'http://localhost:8080/realms/x' })?.allowHttp).toBe(true);
    expect(refusal({ ...BASE, OIDC_ISSUER: 'http://login.example.fi' })).toMatch(
      /^OIDC_ISSUER must use https:\/\//,
    );
    expect(refusal({ ...BASE, OIDC_ISSUER: 'login.example.fi' })).toMatch(/^OIDC_ISSUER must be an https/);
    expect(
      refusal({ ...BASE, OIDC_REDIRECT_URL: 'http://digisalkku.example.fi/api/auth/oidc/callback' }),
    ).toMatch(/^OIDC_REDIRECT_URL must use https/);
  });

  it('requires the redirect URL to be the callback route', () => {
    expect(refusal({ ...BASE, OIDC_REDIRECT_URL: 'https://digisalkku.example.fi/callback' })).toMatch(
      /^OIDC_REDIRECT_URL must end in \/api\/auth\/oidc\/callback/,
    );
  });

  it('requires openid among the scopes', () => {
    expect(refusal({ ...BASE, OIDC_SCOPES: 'profile email' })).toBe(
      'OIDC_SCOPES must include openid, not "profile email".',
    );
  });

  it('refuses a role map it cannot read', () => {
    for (const map of ['Admin', 'Admin=superuser', '=admin', 'A=admin,A=viewer'])
      expect(refusal({ ...BASE, OIDC_ROLE_MAP: map })).toMatch(/^OIDC_ROLE_MAP /);
    // Values may themselves contain "=" (only the last one separates the role).
    expect(readOidcConfig({ ...BASE, OIDC_ROLE_MAP: 'CN=Admins=admin' })?.roleMap.get('CN=Admins')).toBe(
      'admin',
    );
  });

  it('gives no default role above editor, and needs a map or a default', () => {
    expect(refusal({ ...BASE, OIDC_DEFAULT_ROLE: 'admin' })).toMatch(
      /^OIDC_DEFAULT_ROLE must be viewer or editor/,
    );
    expect(refusal({ ...BASE, OIDC_DEFAULT_ROLE: 'coordinator' })).toMatch(/^OIDC_DEFAULT_ROLE/);
    expect(refusal({ ...BASE, OIDC_ROLE_MAP: '' })).toMatch(/^OIDC_ROLE_MAP \(or OIDC_DEFAULT_ROLE\)/);
    expect(readOidcConfig({ ...BASE, OIDC_ROLE_MAP: '', OIDC_DEFAULT_ROLE: 'viewer' })?.roleMap.size).toBe(0);
  });
});

describe('mappedRole', () => {
  const config = readOidcConfig({ ...BASE, OIDC_DEFAULT_ROLE: 'viewer' });
  if (!config) throw new Error('no config');

  it('takes the highest mapped role, whatever the order', () => {
    expect(mappedRole(config, ['Digisalkku.Editor', 'Digisalkku.Admin', 'Other'])).toBe('admin');
    expect(mappedRole(config, ['Digisalkku.Admin', 'Digisalkku.Editor'])).toBe('admin');
    expect(mappedRole(config, ['Digisalkku.Coordinator'])).toBe('coordinator');
  });

  it('falls back to the default role, and to nothing without one', () => {
    expect(mappedRole(config, ['Other'])).toBe('viewer');
    expect(mappedRole(config, [])).toBe('viewer');
    expect(mappedRole({ ...config, defaultRole: null }, ['digisalkku.admin'])).toBeNull();
  });
});
