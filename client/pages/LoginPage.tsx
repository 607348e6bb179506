import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { loginErrorMessage } from '../lib/login-error.ts';
import { setSessionEnd, useSessionEnd } from '../lib/session-end.ts';
import { errorCode, errorDetails, trpc } from '../lib/trpc.ts';

/** The sign-in page: shown for every URL until signed in; the URL stays, so a shared link still lands. */
export function LoginPage() {
  const { t } = useI18n();
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
