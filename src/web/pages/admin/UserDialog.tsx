import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UpdateUser, type User } from '../../../people/contract';
import { useEnum } from '../../i18n/useEnum';
import { ChoiceField, FormDialog, fieldText, optionLabel, useFormSave } from '../../kit';
import { localeChoices, roleChoices, statusChoices, userFieldLabel, userToForm } from './fields';
import { userKeys, usersApi } from './queries';

/**
 * An account's role, language and whether it may sign in, in a dialog. Administrators do not change
 * their own role or shut themselves out: the account's abilities say so (`changeRole`, `disable`),
 * and then only the language is theirs to change here.
 */
export function UserDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useEnum();
  const roles = roleChoices(label);
  const locales = localeChoices(t);
  const statuses = statusChoices(t);
  const { changeRole, disable } = user.abilities;
  const edit = useFormSave({
    record: user,
    toForm: userToForm,
    toInput: ({ values: v, validate }, version) =>
      validate(UpdateUser, {
        locale: v.locale,
        version,
        ...(changeRole ? { role: v.role } : {}),
        ...(disable ? { disabled: v.status === 'disabled' } : {}),
      }),
    send: (input, version) => usersApi.update(user.id, { ...input, version: version ?? input.version }),
    invalidate: [userKeys.all],
    onSaved: onClose,
  });
  const { form } = edit;
  return (
    <FormDialog
      edit={edit}
      title={t('userAdmin.editTitle', { name: user.name })}
      submitLabel={t('common.save')}
      onClose={onClose}
      what={user.name}
      fieldLabel={userFieldLabel(t)}
      show={fieldText({ role: optionLabel(roles), locale: optionLabel(locales), status: optionLabel(statuses) })}
      size="md"
    >
      {changeRole ? (
        <ChoiceField label={t('users.fields.role')} required empty={false} choices={roles} {...form.text('role')} />
      ) : (
        // Said, not only left out: another administrator changes this account's role (issue 10 item 8).
        <Text size="sm">{t('userAdmin.selfNote')}</Text>
      )}
      <ChoiceField label={t('users.fields.locale')} empty={false} choices={locales} {...form.text('locale')} />
      {disable && (
        <ChoiceField
          label={t('users.fields.status')}
          description={t('userAdmin.statusHint')}
          empty={false}
          choices={statuses}
          {...form.text('status')}
        />
      )}
    </FormDialog>
  );
}
