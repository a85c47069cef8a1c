import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percent, useBi } from '../surveys/shared';
import type { CycleCompilation } from './queries';
import { palette, ratingColors } from './shared';
import { StackedBars, type BarRow, type Category } from './StackedBars';

/** The bodies' questionnaire compiled: per question overall, earlier years and per body, as chart and table. */
export function BodiesQuestionnaire({ data }: { data: CycleCompilation }) {
  const { t } = useTranslation();
  const bi = useBi();
  const qn = data.questionnaire;
  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('followup.compilation.bodies')}
      </Title>
      {!qn ? (
        <Text>{t('followup.compilation.noQuestionnaire')}</Text>
      ) : (
        <Stack gap="lg">
          <Text>
            {t('followup.compilation.responseRate', {
              completed: qn.completed,
              invited: qn.invited,
              rate: percent(qn.responseRate),
            })}
          </Text>
          {qn.waiting > 0 && <Text>{t('questionnaires.compilation.waiting', { count: qn.waiting })}</Text>}
          {[...data.questions]
            .sort((a, b) => a.number - b.number)
            .map((question) => {
              const s = qn.questions.find((x) => x.key === question.key);
              if (!s) return null;
              const title = `${question.number}. ${bi(question.text)}`;
              if (s.type === 'short_text' || s.type === 'long_text')
                return (
                  <div key={question.key}>
                    <Title order={4} size="h5" mb="xs">
                      {title}
                    </Title>
                    <Text size="sm">{t('followup.compilation.textAnswers', { count: s.texts.length })}</Text>
                  </div>
                );
              const categories: Category[] = question.options.map((o, i) => ({
                code: o.code,
                label: bi(o.label),
                color: ratingColors[o.code] ?? palette[i % palette.length],
              }));
              const rows: BarRow[] = [
                {
                  key: 'all',
                  label: t('followup.compilation.allBodies', { year: data.year }),
                  answered: s.answered,
                  counts: s.distribution,
                },
                ...[...s.previous]
                  .sort((a, b) => b.year - a.year)
                  .map((p) => ({
                    key: `y${p.year}`,
                    label: t('followup.compilation.allBodies', { year: p.year }),
                    answered: p.answered,
                    counts: p.distribution,
                  })),
                ...s.byBody.map((b) => ({
                  key: b.bodyId,
                  label: b.bodyName,
                  answered: b.answered,
                  counts: b.distribution,
                })),
              ];
              return (
                <div key={question.key}>
                  <Title order={4} size="h5" mb="xs">
                    {title}
                  </Title>
                  <StackedBars
                    title={title}
                    rowHeader={t('followup.compilation.yearOrBody')}
                    categories={categories}
                    rows={rows}
                  />
                </div>
              );
            })}
        </Stack>
      )}
    </section>
  );
}

/** The free-text suggestions for improvement, with the body where known. */
export function Suggestions({ data }: { data: CycleCompilation }) {
  const { t } = useTranslation();
  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('followup.compilation.suggestions')}
      </Title>
      {data.suggestions.length === 0 ? (
        <Text>{t('followup.compilation.noSuggestions')}</Text>
      ) : (
        <List spacing="xs">
          {data.suggestions.map((s, i) => (
            <List.Item key={i}>
              {s.text}
              {s.bodyName && (
                <Text span size="sm">
                  {' '}
                  – {s.bodyName}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
