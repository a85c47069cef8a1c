import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemInput } from '../../../goals/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { useEnum } from '../../i18n/useEnum';
import { sv } from '../../i18n/sv';
import { findItem, possibleParents, upsertItem } from './draft';
import { flattenErrors } from './FrameworkForm';
import { useLocalText } from './queries';

const knownLevels = Object.keys(sv.enums.itemLevel);

export interface ItemDialogProps {
  tree: ItemInput[];
  /** The code of the item being edited; null to add a new one. */
  code: string | null;
  onClose: () => void;
  /** Save the whole new tree; rejects with the server's error. */
  onSave: (tree: ItemInput[]) => Promise<unknown>;
  busy: boolean;
}

export function ItemDialog({ tree, code, onClose, onSave, busy }: ItemDialogProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const existing = code ? findItem(tree, code) : undefined;
  const it = existing?.item;
  const form = useForm({
    code: it?.code ?? '',
    level: it?.level ?? (tree.length ? 'goal' : 'area'),
    parentCode: existing?.parentCode ?? '',
    nameSv: it?.name.sv ?? '',
    nameEn: it?.name.en ?? '',
    textSv: it?.text?.sv ?? '',
    textEn: it?.text?.en ?? '',
    color: it?.color ?? '',
  });
  const errors = flattenErrors(form.errors);
  const field = (n: keyof typeof form.values & string) => ({ ...form.text(n), error: errors[n] });
  const levels = [...new Set([...knownLevels, form.values.level].filter(Boolean))];
  const parents = possibleParents(tree, code);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = form.values;
    const candidate = {
      code: v.code,
      level: v.level,
      name: { sv: v.nameSv, en: v.nameEn },
      text: v.textSv.trim() || v.textEn.trim() ? { sv: v.textSv, en: v.textEn } : null,
      color: v.color.trim() ? v.color.trim() : null,
    };
    const input = form.validate(ItemInput, candidate);
    if (!input) return;
    if (v.code !== code && findItem(tree, v.code)) {
      form.setErrors({ code: t('errors.framework.duplicate_code') });
      return;
    }
    try {
      const { children: _ignored, ...fields } = input;
      await onSave(upsertItem(tree, code, v.parentCode || null, fields));
      onClose();
    } catch (err) {
      form.fail(err);
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={code ? t('frameworks.items.editTitle', { code }) : t('frameworks.items.addTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={form.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('frameworks.items.code')} required maxLength={20} {...field('code')} />
            <NativeSelect
              label={t('frameworks.items.level')}
              required
              data={levels.map((l) => ({ value: l, label: label('itemLevel', l) }))}
              {...field('level')}
            />
          </SimpleGrid>
          <NativeSelect
            label={t('frameworks.items.parent')}
            data={[
              { value: '', label: t('frameworks.items.noParent') },
              ...parents.map((p) => ({
                value: p.item.code,
                label: `${'– '.repeat(p.depth)}${p.item.code} ${local(p.item.name)}`,
              })),
            ]}
            {...field('parentCode')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('frameworks.items.nameSv')} lang="sv" required maxLength={300} {...field('nameSv')} />
            <TextInput label={t('frameworks.items.nameEn')} lang="en" required maxLength={300} {...field('nameEn')} />
            <Textarea
              label={t('frameworks.items.textSv')}
              lang="sv"
              autosize
              minRows={3}
              maxLength={4000}
              {...field('textSv')}
            />
            <Textarea
              label={t('frameworks.items.textEn')}
              lang="en"
              autosize
              minRows={3}
              maxLength={4000}
              {...field('textEn')}
            />
          </SimpleGrid>
          <TextInput
            label={t('frameworks.items.color')}
            description={t('frameworks.items.colorHint')}
            maxLength={7}
            w={220}
            {...field('color')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
