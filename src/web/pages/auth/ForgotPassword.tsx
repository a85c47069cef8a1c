import { Alert, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResetRequestInput } from '../../../auth/contract';
import { AuthForm, useAuthForm } from './AuthForm';
import { authApi } from './queries';

export function ForgotPassword() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const { form, frame } = useAuthForm({
    initial: { email: '' },
    schema: ResetRequestInput,
    send: authApi.requestReset,
    onSaved: () => setSent(true),
  });

  return (
    <AuthForm
      {...frame}
      texts="auth.forgot"
      done={
        sent ? (
          <Alert color="green.9" variant="outline" role="status" mb="md">
            {t('auth.forgot.sent')}
          </Alert>
        ) : null
      }
      link={{ to: '/login', label: t('auth.forgot.backToLogin') }}
    >
      <TextInput label={t('auth.login.email')} type="email" autoComplete="email" required {...form.text('email')} />
    </AuthForm>
  );
}
