import { Alert, Anchor, PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AuthForm, useAuthForm } from './AuthForm';
import { authApi } from './queries';

const MIN = 10;

/** The new password, typed twice: at least MIN characters (the server's rule), and the same both times. */
const NewPassword = z
  .object({ password: z.string().min(MIN), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'validation.passwordMismatch' });

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);
  const { form, frame } = useAuthForm({
    initial: { password: '', confirm: '' },
    schema: NewPassword,
    send: ({ password }) => authApi.resetPassword({ token, password }),
    onSaved: () => setDone(true),
  });

  /** Where the page ends instead of the form: a link without its code, or the password changed. */
  const outcome = (color: string, role: 'alert' | 'status', text: string, to: string, link: string) => (
    <Alert color={color} variant="outline" role={role}>
      {text}{' '}
      <Anchor component={Link} to={to}>
        {link}
      </Anchor>
    </Alert>
  );

  return (
    <AuthForm
      {...frame}
      texts="auth.reset"
      done={
        !token
          ? outcome('red.9', 'alert', t('auth.reset.missingToken'), '/forgot-password', t('auth.reset.requestNew'))
          : done
            ? outcome('green.9', 'status', t('auth.reset.done'), '/login', t('auth.login.submit'))
            : null
      }
    >
      {(['password', 'confirm'] as const).map((k) => (
        <PasswordInput
          key={k}
          label={t(`auth.reset.${k}`)}
          autoComplete="new-password"
          required
          minLength={k === 'password' ? MIN : undefined}
          {...form.text(k)}
        />
      ))}
    </AuthForm>
  );
}
