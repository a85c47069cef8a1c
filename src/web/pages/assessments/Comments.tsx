import { Button, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CommentInput, type Assessment } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { assessmentsApi } from './queries';
import { useAssessmentForm } from './useAssessmentSave';
import { NoteField, SubmitForm, wrappingLabel } from '../../kit';

type Target = 'assessment' | 'impact' | 'actor' | 'conflict' | 'action';

/** "Kommentarer (n)": a disclosure with the comments on one item and a form to add one. */
export function Comments({
  assessment,
  targetType,
  targetId,
  about,
  canComment,
  open: startOpen = false,
}: {
  assessment: Assessment;
  targetType: Target;
  targetId: string;
  about: string;
  canComment: boolean;
  open?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [opened, { toggle }] = useDisclosure(startOpen);
  const list = assessment.comments.filter((c) => c.targetType === targetType && c.targetId === targetId);
  const add = useAssessmentForm({
    toForm: () => ({ text: '' }),
    toInput: (form) => form.validate(CommentInput, { targetType, targetId, text: form.values.text }),
    send: (input) => assessmentsApi.comment(assessment.id, input),
    onSaved: () => {
      add.form.setValues({ text: '' });
    },
  });
  const { form } = add;
  const visible = t('assessments.comments.toggle', { count: list.length });
  return (
    <div>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        styles={wrappingLabel}
        aria-label={`${visible} ${t('assessments.comments.about', { what: about })}`}
      >
        {visible}
      </Button>
      <div id={id}>
        {opened && (
          <Stack gap="xs" mt="xs">
            {list.length === 0 ? (
              <Text size="sm">{t('assessments.comments.empty')}</Text>
            ) : (
              <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {list.map((c) => (
                  <Paper component="li" key={c.id} withBorder p="xs">
                    <Text size="sm" fw={600}>
                      {c.authorName} · <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {c.text}
                    </Text>
                  </Paper>
                ))}
              </Stack>
            )}
            {canComment && (
              <SubmitForm onSubmit={add.submit} aria-label={t('assessments.comments.formLabel', { what: about })}>
                <Stack gap="xs">
                  <ErrorAlert error={form.error} />
                  <NoteField label={t('assessments.comments.text')} maxLength={4000} {...form.text('text')} />
                  <Button
                    type="submit"
                    size="xs"
                    variant="outline"
                    loading={add.save.pending}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('assessments.comments.submit')}
                  </Button>
                </Stack>
              </SubmitForm>
            )}
          </Stack>
        )}
      </div>
    </div>
  );
}
