import { ROLE_RANK, ROLES, type Role } from '../shared/user.ts';
import { ConfigError } from './config.ts';

/** The path the provider sends the browser back to; the routes live in server/http/oidc-routes.ts. */
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** Single sign-on through an OpenID Connect provider (Entra ID, a Suomi.fi broker, Keycloak…). */
export interface OidcConfig {
  /** The issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The registered redirect URI: this server's callback route, as the browser reaches it. */
  redirectUrl: string;
  /** Space-separated, always including `openid`. */
  scopes: string;
  /** The claim holding the user's roles at the provider (a string or an array of strings). */
  roleClaim: string;
  /** The claim holding the ministry code (LVM, VM, …) that an editor edits for. */
  ministryClaim: string;
  /** Provider role value → digisalkku role; the highest mapped role wins. */
  roleMap: ReadonlyMap<string, Role>;
  /** The role of a user none of whose values is mapped; null refuses them. */
  defaultRole: Role | null;
  /** Plain HTTP to the provider: only ever for a provider on this machine (tests, local trials). */
  allowHttp: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Roles a user may get without the provider saying so: never more than reading or editing. */
const DEFAULT_ROLES: readonly Role[] = ['viewer', 'editor'];

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(`${name} must be set when OIDC_ISSUER is (single sign-on).`);
  return value;
}

function httpUrl(name: string, value: string): URL {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new ConfigError(`${name} must be an https:// URL, not "${value}".`);
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname))
    throw new ConfigError(
      `${name} must use https:// (plain http:// only for 127.0.0.1 or localhost), not "${value}".`,
    );
  return url;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** `OIDC_ROLE_MAP`: `ProviderValue=role,…`; a value may be given once only. */
function readRoleMap(value: string | undefined): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of (value ?? '').split(',')) {
    if (entry.trim() === '') continue;
    const at = entry.lastIndexOf('=');
    const from = entry.slice(0, Math.max(at, 0)).trim();
    const to = entry.slice(at + 1).trim();
    if (at < 0 || from === '' || !isRole(to))
      throw new ConfigError(
        `OIDC_ROLE_MAP must be a list of ProviderRole=role pairs separated by commas (roles: ${ROLES.join(', ')}), not "${entry.trim()}".`,
      );
    if (map.has(from) && map.get(from) !== to)
      throw new ConfigError(`OIDC_ROLE_MAP maps "${from}" to two roles; give each provider value once.`);
    map.set(from, to);
  }
  return map;
}

/**
 * The single sign-on settings, or null when OIDC_ISSUER is not set (sign-in by password only).
 * Throws ConfigError, one line naming the variable, when a setting is missing or wrong.
 */
export function readOidcConfig(env: NodeJS.ProcessEnv = process.env): OidcConfig | null {
  const issuerText = env.OIDC_ISSUER?.trim();
  if (!issuerText) return null;
  const issuer = httpUrl('OIDC_ISSUER', issuerText);
  const clientId = required(env, 'OIDC_CLIENT_ID');
  const clientSecret = required(env, 'OIDC_CLIENT_SECRET');

  const redirectText = env.OIDC_REDIRECT_URL?.trim();
  const publicUrl = env.PUBLIC_URL?.trim();
  let redirect: URL;
  if (redirectText) {
    redirect = httpUrl('OIDC_REDIRECT_URL', redirectText);
    // The provider sends the browser here; anywhere else no route would take the answer.
    if (redirect.pathname !== OIDC_CALLBACK_PATH || redirect.search || redirect.hash)
      throw new ConfigError(
        `OIDC_REDIRECT_URL must end in ${OIDC_CALLBACK_PATH} (e.g. https://digisalkku.example.fi${OIDC_CALLBACK_PATH}), not "${redirectText}".`,
      );
  } else if (publicUrl) {
    const base = httpUrl('PUBLIC_URL', publicUrl);
    if (base.pathname !== '/' || base.search || base.hash)
      throw new ConfigError(
        `PUBLIC_URL must be the server's address without a path (e.g. https://digisalkku.example.fi), not "${publicUrl}".`,
      );
    redirect = new URL(OIDC_CALLBACK_PATH, base);
  } else {
    throw new ConfigError(
      `OIDC_REDIRECT_URL (or PUBLIC_URL) must be set when OIDC_ISSUER is: the address of ${OIDC_CALLBACK_PATH} as browsers reach it.`,
    );
  }

  const scopes = (env.OIDC_SCOPES?.trim() || 'openid profile email').split(/\s+/);
  if (!scopes.includes('openid'))
    throw new ConfigError(`OIDC_SCOPES must include openid, not "${env.OIDC_SCOPES?.trim()}".`);

  const roleMap = readRoleMap(env.OIDC_ROLE_MAP);
  const defaultText = env.OIDC_DEFAULT_ROLE?.trim() || null;
  let defaultRole: Role | null = null;
  if (defaultText !== null) {
    if (!isRole(defaultText) || !DEFAULT_ROLES.includes(defaultText))
      throw new ConfigError(
        `OIDC_DEFAULT_ROLE must be ${DEFAULT_ROLES.join(' or ')} (higher roles only through OIDC_ROLE_MAP), not "${defaultText}".`,
      );
    defaultRole = defaultText;
  }
  if (roleMap.size === 0 && defaultRole === null)
    throw new ConfigError(
      'OIDC_ROLE_MAP (or OIDC_DEFAULT_ROLE) must be set when OIDC_ISSUER is: otherwise no one could sign in.',
    );

  return {
    issuer: issuerText,
    clientId,
    clientSecret,
    redirectUrl: redirect.href,
    scopes: scopes.join(' '),
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'roles',
    ministryClaim: env.OIDC_MINISTRY_CLAIM?.trim() || 'ministry',
    roleMap,
    defaultRole,
    allowHttp: issuer.protocol === 'http:',
  };
}

/** The role a set of provider values maps to: the highest mapped one, else the default, else null. */
export function mappedRole(
  config: Pick<OidcConfig, 'roleMap' | 'defaultRole'>,
  values: string[],
): Role | null {
  let best: Role | null = null;
  for (const value of values) {
    const role = config.roleMap.get(value);
    if (role && (best === null || ROLE_RANK[role] > ROLE_RANK[best])) best = role;
  }
  return best ?? config.defaultRole;
}
