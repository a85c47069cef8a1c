import { Group, Highlight, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../goals/contract';
import { useLocalText } from './queries';

/** Colour is decoration: the swatch is hidden from assistive technology and the code and name are always text. */
export function Swatch({ color }: { color: string | null }) {
  if (!color) return null;
  return <span className="swatch" style={{ background: color }} aria-hidden="true" />;
}

/** One item's code, name and text, in the user's language, optionally with the search words marked. */
export function ItemText({
  item,
  highlight = '',
  showText = true,
}: {
  item: Pick<Item, 'code' | 'name' | 'text' | 'color'>;
  highlight?: string | string[];
  showText?: boolean;
}) {
  const local = useLocalText();
  const { i18n } = useTranslation();
  const body = local(item.text);
  return (
    <div lang={i18n.language === 'en' ? 'en' : 'sv'}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Swatch color={item.color} />
        <Text fw={600} component="span">
          <Highlight component="span" highlight={highlight} inherit>
            {`${item.code} ${local(item.name)}`}
          </Highlight>
        </Text>
      </Group>
      {showText && body && (
        <Text size="sm" mt={2}>
          <Highlight component="span" highlight={highlight} inherit>
            {body}
          </Highlight>
        </Text>
      )}
    </div>
  );
}
