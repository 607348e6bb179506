import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { Button, Heading, InlineAlert, Link, TextInput } from 'suomifi-ui-components';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import type { Catalogue } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { loginErrorMessage } from '../lib/login-error.ts';
import { setSessionEnd, useSessionEnd } from '../lib/session-end.ts';
import { errorCode, errorDetails, trpc } from '../lib/trpc.ts';

type SsoError = keyof Catalogue['sso']['errors'];
const SSO_ERRORS: readonly SsoError[] = [
  'state',
  'denied',
  'failed',
  'unavailable',
  'noRole',
  'noMinistry',
  'disabled',
];

/** The sign-in page's explanation of the server's `?sso=` code; an unknown one reads as a failure. */
function ssoErrorOf(code: string | null): SsoError | null {
  if (!code) return null;
  return SSO_ERRORS.find((known) => known === code) ?? 'failed';
}

/** Whether the server has single sign-on (OIDC_ISSUER); the button shows only then. */
async function ssoEnabled(): Promise<boolean> {
  const response = await fetch('/api/auth/oidc/status');
  return response.ok && ((await response.json()) as { enabled?: unknown }).enabled === true;
}

/** The sign-in page: shown for every URL until signed in; the URL stays, so a shared link still lands. */
export function LoginPage() {
  const { t } = useI18n();
  const location = useLocation();
  const sso = useQuery({
    queryKey: ['sso-status'],
    queryFn: ssoEnabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
  // The single sign-on lands back on this very URL, less its own error code.
  const query = new URLSearchParams(location.search);
  const ssoError = ssoErrorOf(query.get('sso'));
  query.delete('sso');
  const rest = query.toString();
  const returnTo =
    location.pathname === '/login' ? '/' : `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`;
  const queryClient = useQueryClient();
  const ended = useSessionEnd();
  useEffect(() => {
    document.title = `${t('common.login.title')} – ${t('common.appName')}`;
  }, [t]);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => {
        setSessionEnd(null);
        queryClient.setQueryData(trpc.auth.me.queryKey(), user);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password });
  };
  return (
    <main id="main" className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <p className="login__brand">{t('common.appName')}</p>
      <Heading variant="h1">{t('common.login.title')}</Heading>
      {ended === 'signedOut' && (
        <InlineAlert status="neutral" role="status">
          {t('common.login.signedOut')}
        </InlineAlert>
      )}
      {ended === 'ended' && (
        <InlineAlert status="warning" role="alert">
          {t('common.login.sessionEnded')}
        </InlineAlert>
      )}
      <p>{t('common.login.intro')}</p>
      {ssoError && (
        <InlineAlert status="error" role="alert">
          {t(`sso.errors.${ssoError}`)}
        </InlineAlert>
      )}
      {sso.data && (
        <>
          <p>
            <Link href={`/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`}>
              {t('sso.signIn')}
            </Link>
          </p>
          <p className="login__hint">{t('sso.orPassword')}</p>
        </>
      )}
      <form onSubmit={submit} className="login__form">
        <TextInput
          labelText={t('common.login.username')}
          name="username"
          autoComplete="username"
          value={username}
          onChange={(value) => setUsername(String(value ?? ''))}
          fullWidth
        />
        <TextInput
          labelText={t('common.login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(value) => setPassword(String(value ?? ''))}
          fullWidth
        />
        {login.isError && (
          <InlineAlert status="error" role="alert">
            {loginErrorMessage(
              {
                code: errorCode(login.error),
                details: errorDetails(login.error),
                message: login.error.message,
              },
              t,
            )}
          </InlineAlert>
        )}
        <Button type="submit" disabled={login.isPending}>
          {t('common.login.submit')}
        </Button>
      </form>
      <p className="login__hint">{t('common.login.demoHint')}</p>
    </main>
  );
}
