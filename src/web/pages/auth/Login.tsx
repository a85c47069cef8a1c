import { PasswordInput, TextInput } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginInput } from '../../../auth/contract';
import { useSession } from '../../session';
import { AuthForm, useAuthForm } from './AuthForm';

/** Only paths inside the app, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Login() {
  const { t } = useTranslation();
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { form, frame } = useAuthForm({
    initial: { email: '', password: '' },
    schema: LoginInput,
    send: (input) => signIn(input.email, input.password),
    onSaved: () => navigate(next, { replace: true }),
  });

  if (user) return <Navigate to={next} replace />;

  return (
    <AuthForm
      {...frame}
      texts="auth.login"
      errorTitle={t('auth.login.title')}
      link={{ to: '/forgot-password', label: t('auth.login.forgot') }}
    >
      <TextInput label={t('auth.login.email')} type="email" autoComplete="username" required {...form.text('email')} />
      <PasswordInput
        label={t('auth.login.password')}
        autoComplete="current-password"
        required
        {...form.text('password')}
      />
    </AuthForm>
  );
}
