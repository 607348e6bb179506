import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import * as client from 'openid-client';
import { users } from '../../drizzle/schema/index.ts';
import { MINISTRY_CODES, type MinistryCode } from '../../shared/ministry.ts';
import type { Role } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { mappedRole, type OidcConfig } from '../oidc-config.ts';
import { endSessionsOf } from './auth.ts';
import { hashPassword, PasswordHashingBusy } from './password.ts';

/**
 * Why a single sign-on did not end in a session; the sign-in page shows each in the user's
 * language (client/i18n/messages/* /sso.ts, `errors`).
 */
export type SsoErrorCode =
  /** The sign-in's cookie is missing, expired or for another attempt (back button, two tabs). */
  | 'state'
  /** The user cancelled or the provider refused them. */
  | 'denied'
  /** The provider's answer did not pass the checks (token, signature, issuer, audience, nonce). */
  | 'failed'
  /** The provider or the database did not answer. */
  | 'unavailable'
  /** None of the user's roles at the provider maps to a role here. */
  | 'noRole'
  /** An editor whose ministry claim is missing or not a ministry code. */
  | 'noMinistry'
  /** The user's account here is disabled. */
  | 'disabled';

export class SsoRefusal extends Error {
  constructor(
    readonly code: SsoErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What the provider's claims mean here. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  role: Role;
  ministry: MinistryCode | null;
  displayName: string;
  /** The user name a new user gets, when it is free. */
  usernameHint: string;
}

/** One sign-in attempt's secrets, kept in the browser's HttpOnly cookie until the callback. */
export interface SsoAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider's metadata (and its signing keys, which the library keeps) are rediscovered hourly. */
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
/** Seconds to wait for the provider on each request: the user is waiting on the other side. */
const PROVIDER_TIMEOUT_S = 10;

/** The OpenID Connect relying party: discovery, the authorization request and its answer. */
export class OidcProvider {
  #discovered: { at: number; configuration: Promise<client.Configuration> } | null = null;

  constructor(readonly config: OidcConfig) {}

  /** The discovered configuration; a failed discovery is tried again on the next sign-in. */
  configuration(): Promise<client.Configuration> {
    const now = Date.now();
    if (this.#discovered && now - this.#discovered.at < DISCOVERY_TTL_MS)
      return this.#discovered.configuration;
    const { config } = this;
    const configuration = client.discovery(
      new URL(config.issuer),
      config.clientId,
      config.clientSecret,
      undefined,
      {
        // Kept by the configuration for every later request to the provider too.
        timeout: PROVIDER_TIMEOUT_S,
        // Checks the ID token's signature against the provider's JWKS too, not only TLS.
        execute: [
          client.enableNonRepudiationChecks,
          ...(config.allowHttp ? [client.allowInsecureRequests] : []),
        ],
      },
    );
    this.#discovered = { at: now, configuration };
    configuration.catch(() => {
      if (this.#discovered?.configuration === configuration) this.#discovered = null;
    });
    return configuration;
  }

  /** The provider's authorization URL (code flow, PKCE S256) and the secrets to check its answer with. */
  async start(): Promise<{ url: URL; attempt: SsoAttempt }> {
    const configuration = await this.configuration();
    const attempt: SsoAttempt = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUrl,
      scope: this.config.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { url, attempt };
  }

  /**
   * Exchanges the code of the provider's answer (`search`, the callback's query string) and
   * returns the validated ID token's claims, with the UserInfo claims the token lacks.
   */
  async finish(search: string, attempt: SsoAttempt): Promise<Record<string, unknown>> {
    const configuration = await this.configuration();
    // The registered address, not the request's: behind a proxy the two differ, and the
    // token request must repeat the redirect_uri of the authorization request.
    const currentUrl = new URL(this.config.redirectUrl);
    currentUrl.search = search;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      pkceCodeVerifier: attempt.codeVerifier,
    });
    const claims = tokens.claims();
    if (!claims) throw new SsoRefusal('failed', 'The token response has no ID token.');
    const { roleClaim, ministryClaim } = this.config;
    const lacking =
      claimValue(claims, roleClaim) === undefined || claimValue(claims, ministryClaim) === undefined;
    // Some providers (brokers, Keycloak's defaults) put roles and attributes in UserInfo only.
    if (lacking && configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      return { ...userInfo, ...claims };
    }
    return { ...claims };
  }
}

/** A claim by its name, or by a dotted path into nested objects (`realm_access.roles`). */
export function claimValue(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let at: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The one ministry code a claim names (any case), or null when it names none or several. */
function ministryOf(value: unknown): MinistryCode | null {
  const codes = new Set(
    strings(value)
      .map((item) => item.trim().toUpperCase())
      .filter((item): item is MinistryCode => (MINISTRY_CODES as readonly string[]).includes(item)),
  );
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/**
 * What the validated claims mean here: role from OIDC_ROLE_MAP (or the default role), ministry
 * from its claim. Refuses, with the reason, a user with no mapped role and an editor with no
 * ministry: no one gets a role the operator did not configure.
 */
export function identityFromClaims(config: OidcConfig, claims: Record<string, unknown>): SsoIdentity {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  if (!issuer || !subject) throw new SsoRefusal('failed', 'The ID token has no issuer or subject.');
  const role = mappedRole(config, strings(claimValue(claims, config.roleClaim)));
  if (!role) throw new SsoRefusal('noRole', `No role of the user maps to one here (${config.roleClaim}).`);
  const ministry = ministryOf(claimValue(claims, config.ministryClaim));
  if (role === 'editor' && !ministry)
    throw new SsoRefusal('noMinistry', `An editor needs one ministry code in ${config.ministryClaim}.`);
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const email = text(claims.email);
  const preferred = text(claims.preferred_username);
  return {
    issuer,
    subject,
    role,
    ministry,
    displayName: (text(claims.name) ?? (given || null) ?? preferred ?? email ?? subject).slice(0, 200),
    usernameHint: preferred ?? email ?? '',
  };
}

/** A stable, short tag of an identity: new users' fallback names are built from it. */
function identityTag(identity: SsoIdentity): string {
  return createHash('sha256').update(`${identity.issuer}\n${identity.subject}`).digest('hex').slice(0, 8);
}

/** User names to try for a new user: the hint, the hint tagged, then random ones. */
function usernameCandidates(identity: SsoIdentity): string[] {
  const base = identity.usernameHint
    .toLowerCase()
    .replace(/[^\p{L}\p{N}._@+-]/gu, '')
    .slice(0, 80);
  const tag = identityTag(identity);
  const candidates = base ? [base, `${base}.${tag}`] : [`sso.${tag}`];
  return [...candidates, `sso.${randomBytes(6).toString('hex')}`];
}

/**
 * Finds the user of an identity by (issuer, subject), or creates them (just-in-time), and
 * brings their name, role and ministry up to the claims. A changed role or ministry ends all
 * their sessions, so no tab keeps the old rights. Refuses disabled users. Returns the user id.
 */
export async function provisionSsoUser(db: Db, identity: SsoIdentity): Promise<string> {
  const sameIdentity = and(eq(users.oidcIssuer, identity.issuer), eq(users.oidcSubject, identity.subject));
  const [existing] = await db.select().from(users).where(sameIdentity);
  if (existing) {
    if (existing.disabledAt) throw new SsoRefusal('disabled', 'The user is disabled.');
    const rightsChanged = existing.role !== identity.role || existing.ministry !== identity.ministry;
    if (!rightsChanged && existing.displayName === identity.displayName) return existing.id;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          role: identity.role,
          ministry: identity.ministry,
          displayName: identity.displayName,
          ...(rightsChanged ? { updatedAt: new Date() } : {}),
        })
        .where(eq(users.id, existing.id));
      if (rightsChanged) await endSessionsOf(tx, existing.id);
    });
    return existing.id;
  }
  // Never verifiable in practice, and the same work as a real password for a password sign-in.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  for (const username of usernameCandidates(identity)) {
    const [created] = await db
      .insert(users)
      .values({
        username,
        displayName: identity.displayName,
        role: identity.role,
        ministry: identity.ministry,
        passwordHash,
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (created) return created.id;
    // The identity itself may have been created meanwhile (two tabs signing in at once).
    const [raced] = await db.select({ id: users.id }).from(users).where(sameIdentity);
    if (raced) return raced.id;
  }
  throw new Error('No free user name for a new single sign-on user.');
}

/**
 * After a refused sign-in (no mapped role, no ministry) of a known identity: the provider has
 * taken the rights away, so sessions opened with them end now rather than at their expiry.
 * The claims come from a validated ID token, so only the person themself can cause this.
 */
export async function endSessionsOfIdentity(db: Db, claims: Record<string, unknown>): Promise<void> {
  const issuer = text(claims.iss);
  const subject = text(claims.sub);
  if (!issuer || !subject) return;
  const [known] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  if (known) await endSessionsOf(db, known.id);
}

/** The code of a failure: refusals keep theirs; outages of the provider or database are `unavailable`. */
export function ssoErrorCode(error: unknown): SsoErrorCode {
  if (error instanceof SsoRefusal) return error.code;
  if (error instanceof client.AuthorizationResponseError)
    return error.error === 'access_denied' ? 'denied' : 'failed';
  if (isDatabaseUnavailable(error) || error instanceof PasswordHashingBusy) return 'unavailable';
  // fetch's network failures are TypeErrors saying so; its time-outs DOMExceptions.
  if (error instanceof TypeError && error.message === 'fetch failed') return 'unavailable';
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'unavailable';
  return 'failed';
}
