import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A button that asks before doing something hard to undo. */
export function ConfirmButton({
  label,
  title,
  message,
  onConfirm,
  loading,
  ...buttonProps
}: ButtonProps & {
  label: string;
  title: string;
  message: string;
  onConfirm: () => void | Promise<void>;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open} loading={loading}>
        {label}
      </Button>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={opened}
        onClose={close}
        title={title}
        centered
      >
        <Text mb="md">{message}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color={buttonProps.color}
            onClick={async () => {
              close();
              await onConfirm();
            }}
          >
            {t('common.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
