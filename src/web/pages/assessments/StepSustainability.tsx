import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Impact } from '../../../assessments/contract';
import { TableScroll } from '../../components/TableScroll';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { Comments } from './Comments';
import { GateForm } from './GateForm';
import { WheelAndTally } from './GoalTallyTable';
import { ImpactDialog, type RateTarget } from './ImpactDialog';
import { ItemBrowser } from './ItemBrowser';
import { PositionsNeeded } from './PositionsNeeded';
import { RemovePartButton } from './RemovePartButton';
import type { StepProps } from './StepProps';

/** Step 2: Agenda 2030 (and the other chosen frameworks) at goal and target level. */
export function StepSustainability({ assessment, editable, canComment, stamp }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const [rating, setRating] = useState<{ target: RateTarget; impact?: Impact } | null>(null);
  const impacts = assessment.impacts
    .filter((i) => i.step === 2)
    .sort(
      (a, b) =>
        (a.relevanceRank ?? 99) - (b.relevanceRank ?? 99) ||
        a.frameworkKey.localeCompare(b.frameworkKey) ||
        a.code.localeCompare(b.code, 'sv', { numeric: true }),
    );
  const fwName = new Map(assessment.frameworks.map((f) => [f.versionId, local(f.name)]));
  const caption = t('assessments.step2.ratedCaption');
  const edit = (i: Impact) =>
    setRating({
      target: { itemId: i.itemId, code: i.code, name: local(i.name), rankable: i.parentCode === null },
      impact: i,
    });

  return (
    <>
      <WheelAndTally assessment={assessment} stamp={stamp} />
      <Title order={3} size="h4" mb="xs">
        {caption}
      </Title>
      {impacts.length === 0 ? (
        <Text mb="md">{t('assessments.step2.noneRated')}</Text>
      ) : (
        <TableScroll minWidth={860} label={caption}>
          <Table striped withTableBorder mb="md" fz="sm">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('assessments.step2.ratedCaptionLong', { count: impacts.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessments.step2.item')}</Table.Th>
                <Table.Th scope="col">{t('assessments.rating.effect')}</Table.Th>
                <Table.Th scope="col">{t('assessments.rating.directness')}</Table.Th>
                <Table.Th scope="col">{t('assessments.rating.rankShort')}</Table.Th>
                <Table.Th scope="col">{t('assessments.rating.motivation')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {impacts.map((i) => {
                const name = `${i.code} ${local(i.name)}`;
                return (
                  <Table.Tr key={i.id}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                      <Text size="xs">{fwName.get(i.versionId)}</Text>
                    </Table.Th>
                    <Table.Td>{label('effect', i.effect)}</Table.Td>
                    <Table.Td>{i.directness ? label('directness', i.directness) : '–'}</Table.Td>
                    <Table.Td>{i.relevanceRank ?? '–'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-line' }}>{i.motivation ?? '–'}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        {editable && (
                          <Group gap={4} wrap="nowrap">
                            <Button
                              size="xs"
                              variant="outline"
                              onClick={() => edit(i)}
                              aria-label={`${t('common.edit')} ${name}`}
                            >
                              {t('common.edit')}
                            </Button>
                            <RemovePartButton
                              assessmentId={assessment.id}
                              part="impact"
                              id={i.id}
                              version={i.version}
                              name={name}
                            />
                          </Group>
                        )}
                        <Comments
                          assessment={assessment}
                          targetType="impact"
                          targetId={i.id}
                          about={name}
                          canComment={canComment}
                        />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Title order={3} size="h4" mt="lg" mb="xs">
        {t('assessments.step2.browseTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('assessments.step2.browseIntro')}
      </Text>
      <ItemBrowser
        assessment={assessment}
        editable={editable}
        onRate={(target, impact) => setRating({ target, impact })}
      />
      <PositionsNeeded assessment={assessment} step={2} editable={editable} />
      <GateForm assessment={assessment} step={2} editable={editable} />
      {rating && (
        <ImpactDialog
          assessment={assessment}
          step={2}
          target={rating.target}
          impact={rating.impact}
          onClose={() => setRating(null)}
        />
      )}
    </>
  );
}
