import { Button, Group, Stack, Text, Title, type MantineSpacing, type StyleProp } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { wrappingLabel } from './Reveal';

/** Save and cancel under a form: cancel closes the form in place (`onCancel`) or goes back (`cancelTo`). */
export function FormButtons({
  submitLabel,
  busy,
  onCancel,
  cancelTo,
}: {
  submitLabel: string;
  busy?: boolean;
  onCancel?: () => void;
  cancelTo?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={busy} styles={wrappingLabel}>
        {submitLabel}
      </Button>
      {cancelTo ? (
        <Button component={Link} to={cancelTo} variant="default">
          {t('common.cancel')}
        </Button>
      ) : (
        onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )
      )}
    </Group>
  );
}

/**
 * A form named by its title (a `form` landmark), in a column: the title as a heading (`heading`
 * 'title', an h3 under a section's h2) or in bold ('bold') or not shown ('none'), the error alert,
 * the fields, then save and cancel. `onSubmit` runs without the browser's own submit.
 *
 *   <InlineForm title={t('…addTitle')} submitLabel={t('…submit')} busy={save.pending} onCancel={onDone}
 *     onSubmit={submit} error={<ErrorAlert error={form.error} />}>…fields…</InlineForm>
 */
export function InlineForm({
  title,
  heading = 'none',
  onSubmit,
  submitLabel,
  busy,
  onCancel,
  cancelTo,
  error,
  maw = 560,
  mt = 'md',
  children,
}: {
  title: string;
  heading?: 'title' | 'bold' | 'none';
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  onCancel?: () => void;
  cancelTo?: string;
  error?: ReactNode;
  maw?: number | string;
  mt?: StyleProp<MantineSpacing>;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-label={title}
    >
      <Stack gap="sm" mt={mt} maw={maw}>
        {heading === 'title' && (
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
        )}
        {heading === 'bold' && (
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
        )}
        {error}
        {children}
        <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} cancelTo={cancelTo} />
      </Stack>
    </form>
  );
}
