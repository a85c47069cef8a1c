import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../goals/contract';
import { formatDateTime } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { col, SmallTable } from '../../kit';

type Version = Framework['versions'][number];

/** A framework's versions, newest last; each but the one shown links to its page. */
export function VersionTable({ framework, shownId }: { framework: Framework; shownId: string }) {
  const { t } = useTranslation();
  const label = useEnum();
  const v = (k: string) => [k, t(`frameworks.versions.${k}`)] as const;
  return (
    <SmallTable<Version>
      caption={t('frameworks.versions.caption')}
      minWidth={560}
      rows={framework.versions}
      columns={[
        col.value(...v('number'), (x) => x.number, {
          show: (x) =>
            x.id === shownId ? (
              <strong aria-current="true">{x.number}</strong>
            ) : (
              <Anchor
                component={Link}
                to={`/frameworks/${framework.id}?version=${x.id}`}
                aria-label={t('frameworks.versions.view', { number: x.number })}
              >
                {x.number}
              </Anchor>
            ),
        }),
        col.value(...v('status'), (x) => label('versionStatus', x.status)),
        col.value(...v('created'), (x) => formatDateTime(x.createdAt)),
        col.value(...v('published'), (x) => formatDateTime(x.publishedAt)),
        col.value('items', t('frameworks.fields.items'), (x) => x.itemCount, { align: 'right' }),
        col.value(...v('note'), (x) => x.note),
      ]}
    />
  );
}
