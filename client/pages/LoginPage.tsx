import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Heading, InlineAlert, TextInput } from 'suomifi-ui-components';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorCode, trpc } from '../lib/trpc.ts';

/** The sign-in page: shown for every URL until signed in; the URL stays, so a shared link still lands. */
export function LoginPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  useEffect(() => {
    document.title = `${t('common.login.title')} – ${t('common.appName')}`;
  }, [t]);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: ({ user }) => queryClient.setQueryData(trpc.auth.me.queryKey(), user),
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
            {errorCode(login.error) === 'UNAUTHORIZED'
              ? t('common.login.wrongCredentials')
              : errorCode(login.error) === 'TOO_MANY_REQUESTS'
                ? t('common.login.tooMany')
                : t('common.login.failed', { message: login.error.message })}
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
