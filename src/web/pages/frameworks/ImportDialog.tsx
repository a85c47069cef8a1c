import { Button, Group, Input, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FrameworkFile } from '../../../goals/contract';
import { ApiError } from '../../api/error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueText } from '../../components/validation';
import { useSave } from '../../kit';
import { frameworkKeys, frameworksApi } from './queries';

/** Import a framework from a JSON file or pasted text; the server checks the structure too. */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fileId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [jsonError, setJsonError] = useState<string | undefined>();

  const importIt = useSave({
    send: (file: FrameworkFile) => frameworksApi.import(file),
    invalidate: [frameworkKeys.all],
    onSaved: (f) => {
      onClose();
      setText('');
      navigate(`/frameworks/${f.id}`);
    },
    onError: setError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      setJsonError(t('validation.json'));
      return;
    }
    setJsonError(undefined);
    const r = FrameworkFile.safeParse(data);
    if (!r.success) {
      const details = r.error.issues
        .slice(0, 10)
        .map((i) => ({ field: i.path.join('.'), message: `${i.path.join('.') || '–'}: ${issueText(i, t)}` }));
      setError(new ApiError(400, 'framework.import_invalid', '', details));
      return;
    }
    importIt.submit(r.data);
  };

  const issues = error instanceof ApiError ? error.fieldIssues : [];

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={t('frameworks.importDialog.title')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{t('frameworks.importDialog.intro')}</Text>
          <ErrorAlert error={error} />
          {issues.length > 0 && (
            <ul aria-label={t('errors.framework.import_invalid')}>
              {issues.map((i) => (
                <li key={i.field + i.message}>{i.message.includes(':') ? i.message : `${i.field}: ${i.message}`}</li>
              ))}
            </ul>
          )}
          <Input.Wrapper label={t('frameworks.importDialog.file')} id={fileId}>
            <input
              id={fileId}
              type="file"
              accept="application/json,.json"
              style={{ display: 'block', marginTop: 4 }}
              onChange={async (e) => {
                const f = e.currentTarget.files?.[0];
                if (f) setText(await f.text());
              }}
            />
          </Input.Wrapper>
          <Textarea
            label={t('frameworks.importDialog.paste')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={6}
            maxRows={14}
            error={jsonError}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={importIt.pending} disabled={!text.trim()}>
              {t('frameworks.importDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
