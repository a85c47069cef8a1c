import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bi } from '../../../surveys/contract';
import { formatNumber } from '../../format';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';

/** The wording in the user's language. */
export function useBi() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  return (b: Bi | null | undefined) => (b ? b[lang] || b.sv : '');
}
export const bi = (b: Bi | null | undefined) => (b ? b[currentLocale()] || b.sv : '');

const statusColor = { draft: 'gray.8', open: '#1d6b34', closed: '#8f3900' } as const;

/** Draft, open or closed, in words. */
export function QuestionnaireStatusBadge({ status }: { status: keyof typeof statusColor }) {
  const label = useEnum();
  return (
    <Badge color={statusColor[status]} variant="outline" styles={{ label: { textTransform: 'none' } }}>
      {label('questionnaireStatus', status)}
    </Badge>
  );
}

/** The server's percentages (0–100, one decimal) as text. */
export const percent = (n: number) => `${formatNumber(n)} %`;
