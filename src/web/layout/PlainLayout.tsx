import { Anchor, Box, Container, Group, Text, type ContainerProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';

/**
 * A page outside the signed-in application (the sign-in pages, the API description): the product's
 * name (a link to `home`, if given) and the language switch above the main region.
 */
export function PlainLayout({
  home,
  size,
  py = 'lg',
  children,
}: {
  home?: string;
  size: ContainerProps['size'];
  py?: ContainerProps['py'];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const name = { c: 'dark.8', fw: 750, fz: 'xl' } as const;
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" px="md" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between" wrap="nowrap">
          {home ? (
            <Anchor component={Link} to={home} underline="never" {...name}>
              {t('app.name')}
            </Anchor>
          ) : (
            <Text {...name}>{t('app.name')}</Text>
          )}
          <LanguageSwitch />
        </Group>
      </Box>
      <Container size={size} py={py} component="main" id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </Container>
    </>
  );
}
