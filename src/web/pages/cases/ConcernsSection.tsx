import { Anchor, Button, List, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../meetings/contract';
import { Section } from '../../components/Section';
import { concernPage, useConcernName, type Concern } from './concernNames';
import { ConcernsDialog } from './ConcernsDialog';
import { useCaseWords } from './shared';

/** What the case concerns (an assessment, an agreement, a follow-up cycle, an action plan), linked where a page exists. */
export function ConcernsSection({ c }: { c: Case }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title={t('cases.concerns.title')}
      actions={
        c.abilities.update && (
          <Button variant="default" onClick={() => setEditing(true)} aria-haspopup="dialog">
            {t('cases.concerns.edit')}
          </Button>
        )
      }
    >
      {c.concerns.length === 0 ? (
        <Text>{t('cases.concerns.empty')}</Text>
      ) : (
        <List spacing={4}>
          {c.concerns.map((x, i) => (
            <List.Item key={`${x.kind}-${x.id}`}>
              <ConcernLink x={x} n={i + 1} />
            </List.Item>
          ))}
        </List>
      )}
      {editing && <ConcernsDialog c={c} onClose={() => setEditing(false)} />}
    </Section>
  );
}

function ConcernLink({ x, n }: { x: Concern; n: number }) {
  const { t } = useTranslation();
  const words = useCaseWords();
  const name = useConcernName(x) ?? t('cases.concerns.numbered', { kind: words.concern(x.kind), n });
  const to = concernPage[x.kind]?.(x.id);
  return (
    <>
      {words.concern(x.kind)}:{' '}
      {to ? (
        <Anchor component={Link} to={to}>
          {name}
        </Anchor>
      ) : (
        <>
          {name} ({t('cases.concerns.noPage')})
        </>
      )}
    </>
  );
}
