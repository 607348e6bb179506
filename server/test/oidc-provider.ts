import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OpenID Connect provider for tests, on 127.0.0.1 only: discovery, JWKS (an RS256 key
 * made at start), an authorization endpoint that approves the configured user at once, a token
 * endpoint checking the client secret and PKCE, and UserInfo. `misbehave` makes it issue
 * tokens that a relying party must refuse.
 */
export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The user the authorization endpoint approves: the subject and the claims of their tokens. */
  user: { sub: string; claims: Record<string, unknown>; userInfo?: Record<string, unknown> };
  /** Errors on purpose, for the next tokens (reset with `{}`). */
  misbehave: Misbehaviour;
  /** The query of the last authorization request, as the browser brought it. */
  lastAuthorization: URLSearchParams | null;
  /** How many token requests it has answered. */
  tokenRequests: number;
  close(): Promise<void>;
}

export interface Misbehaviour {
  issuer?: string;
  audience?: string;
  nonce?: string;
  /** Already expired ID tokens. */
  expired?: boolean;
  /** Signed with a key that is not in the JWKS (under the published key id). */
  wrongKey?: boolean;
  /** The user says no at the provider: the answer is `error=access_denied`. */
  deny?: boolean;
}

const KEY_ID = 'test-key-1';

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function signJwt(payload: Record<string, unknown>, key: KeyObject): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KEY_ID }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), key);
  return `${header}.${body}.${base64url(signature)}`;
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function redirect(response: ServerResponse, to: URL) {
  response.writeHead(302, { location: to.href });
  response.end();
}

interface IssuedCode {
  redirectUri: string;
  nonce: string | null;
  codeChallenge: string;
  sub: string;
  claims: Record<string, unknown>;
}

/** Starts the provider on a free loopback port; the client is `clientId`/`clientSecret` at `redirectUri`. */
export async function startOidcProvider(options: { redirectUri: () => string }): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { privateKey: strangerKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const codes = new Map<string, IssuedCode>();
  const accessTokens = new Map<string, string>();

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => json(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider: TestOidcProvider = {
    issuer,
    clientId: 'digisalkku-test',
    clientSecret: randomBytes(24).toString('base64url'),
    user: { sub: 'nobody', claims: {} },
    misbehave: {},
    lastAuthorization: null,
    tokenRequests: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', issuer);
    switch (`${request.method} ${url.pathname}`) {
      case 'GET /.well-known/openid-configuration':
        return json(response, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          userinfo_endpoint: `${issuer}/userinfo`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        });
      case 'GET /jwks':
        return json(response, 200, {
          keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KEY_ID, alg: 'RS256', use: 'sig' }],
        });
      case 'GET /authorize':
        return authorize(url.searchParams, response);
      case 'POST /token':
        return token(request, response);
      case 'GET /userinfo': {
        const sub = accessTokens.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (!sub) return json(response, 401, { error: 'invalid_token' });
        return json(response, 200, { ...provider.user.userInfo, sub });
      }
      default:
        return json(response, 404, { error: 'not_found' });
    }
  }

  function authorize(query: URLSearchParams, response: ServerResponse) {
    provider.lastAuthorization = query;
    const redirectUri = query.get('redirect_uri') ?? '';
    // A real provider refuses an unregistered client or address outright, without redirecting.
    if (query.get('client_id') !== provider.clientId || redirectUri !== options.redirectUri())
      return json(response, 400, { error: 'invalid_request' });
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (provider.misbehave.deny) {
      back.searchParams.set('error', 'access_denied');
      return redirect(response, back);
    }
    if (query.get('response_type') !== 'code' || query.get('code_challenge_method') !== 'S256')
      return json(response, 400, { error: 'invalid_request' });
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      redirectUri,
      nonce: query.get('nonce'),
      codeChallenge: query.get('code_challenge') ?? '',
      sub: provider.user.sub,
      claims: { ...provider.user.claims },
    });
    back.searchParams.set('code', code);
    return redirect(response, back);
  }

  async function token(request: IncomingMessage, response: ServerResponse) {
    provider.tokenRequests += 1;
    const form = await readForm(request);
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [basicId, basicSecret] = basic
      ? Buffer.from(basic, 'base64').toString('utf8').split(':').map(decodeURIComponent)
      : [form.get('client_id'), form.get('client_secret')];
    if (basicId !== provider.clientId || basicSecret !== provider.clientSecret)
      return json(response, 401, { error: 'invalid_client' });
    const code = form.get('code') ?? '';
    const issued = codes.get(code);
    codes.delete(code);
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !issued ||
      issued.redirectUri !== form.get('redirect_uri')
    )
      return json(response, 400, { error: 'invalid_grant' });
    const challenge = createHash('sha256')
      .update(form.get('code_verifier') ?? '')
      .digest('base64url');
    if (challenge !== issued.codeChallenge) return json(response, 400, { error: 'invalid_grant' });

    const { misbehave } = provider;
    const now = Math.floor(Date.now() / 1000);
    const idToken = signJwt(
      {
        ...issued.claims,
        iss: misbehave.issuer ?? issuer,
        sub: issued.sub,
        aud: misbehave.audience ?? provider.clientId,
        iat: misbehave.expired ? now - 3600 : now,
        exp: misbehave.expired ? now - 1800 : now + 300,
        ...(issued.nonce !== null || misbehave.nonce ? { nonce: misbehave.nonce ?? issued.nonce } : {}),
      },
      misbehave.wrongKey ? strangerKey : privateKey,
    );
    const accessToken = randomBytes(16).toString('base64url');
    accessTokens.set(accessToken, issued.sub);
    return json(response, 200, {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    });
  }

  return provider;
}
