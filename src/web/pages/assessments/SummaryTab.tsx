import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditHistory } from '../../components/AuditHistory';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';
import { useCan } from '../../permissions';
import { Comments } from './Comments';
import { assessmentKeys } from './queries';
import type { StepProps } from './StepProps';
import { useAssessmentMutation } from './useAssessmentMutation';

const auditEnums = {
  effect: 'effect',
  directness: 'directness',
  relation: 'relation',
  presence: 'presence',
  stance: 'stance',
  severity: 'severity',
  status: 'partStatus',
  decision: 'gateDecision',
  kind: 'conflictKind',
  answersType: 'answersType',
  part: 'partType',
} as const;

/** Counts, the four gate decisions, finishing, the report downloads and the history. */
export function SummaryTab({ assessment: a, editable, canComment }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const can = useCan();
  const finish = useAssessmentMutation(a.id);
  const lang = currentLocale();
  const target = {
    countyId: a.initiative.countyId,
    organisationId: a.initiative.organisationId,
    shared: a.initiative.shared,
  };
  const caption = t('assessments.summary.gatesCaption');

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="summary-counts">
        <Title order={3} size="h4" id="summary-counts" mb="sm">
          {t('assessments.summary.counts')}
        </Title>
        <FieldList
          items={[
            { label: t('assessments.summary.rusRated'), value: String(a.impacts.filter((i) => i.step === 1).length) },
            {
              label: t('assessments.summary.sustainabilityRated'),
              value: String(a.impacts.filter((i) => i.step === 2).length),
            },
            {
              label: t('assessments.summary.actors'),
              value: t('assessments.summary.actorsValue', { count: a.actors.length, missing: a.counts.missingActors }),
            },
            {
              label: t('assessments.summary.conflicts'),
              value: t('assessments.summary.conflictsValue', {
                count: a.conflicts.length,
                open: a.counts.openConflicts,
              }),
            },
            {
              label: t('assessments.summary.actions'),
              value: t('assessments.summary.actionsValue', {
                count: a.actions.length,
                overdue: a.counts.overdueActions,
              }),
            },
          ]}
        />
      </Paper>
      <TableScroll minWidth={640} label={caption}>
        <Table striped withTableBorder fz="sm">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessments.summary.step')}</Table.Th>
              <Table.Th scope="col">{t('assessments.gate.decision')}</Table.Th>
              <Table.Th scope="col">{t('assessments.gate.reason')}</Table.Th>
              <Table.Th scope="col">{t('assessments.summary.decided')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[1, 2, 3, 4].map((step) => {
              const g = a.gates.find((x) => x.step === step);
              return (
                <Table.Tr key={step}>
                  <Table.Th scope="row" fw={500}>
                    {t(`assessments.steps.${step}.short`)}
                  </Table.Th>
                  <Table.Td>{g ? label('gateDecision', g.decision) : t('assessments.gate.notDecided')}</Table.Td>
                  <Table.Td>{g?.reason ?? '–'}</Table.Td>
                  <Table.Td>{g ? `${g.decidedBy}, ${formatDateTime(g.decidedAt)}` : '–'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Paper withBorder p="md" component="section" aria-labelledby="summary-report">
        <Title order={3} size="h4" id="summary-report" mb="xs">
          {t('assessments.summary.report')}
        </Title>
        <Text size="sm" mb="sm">
          {t('assessments.summary.reportIntro')}
        </Text>
        <Group gap="sm">
          <Button component="a" href={`/api/assessments/${a.id}/report.docx?lang=${lang}`} download variant="outline">
            {t('assessments.summary.downloadDocx')}
          </Button>
          <Button component="a" href={`/api/assessments/${a.id}/report.pdf?lang=${lang}`} download variant="outline">
            {t('assessments.summary.downloadPdf')}
          </Button>
        </Group>
      </Paper>
      {editable && (
        <Paper withBorder p="md" component="section" aria-labelledby="summary-finish">
          <Title order={3} size="h4" id="summary-finish" mb="xs">
            {t('assessments.summary.finishTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('assessments.summary.finishIntro')}
          </Text>
          <ErrorAlert error={finish.error} />
          <ConfirmButton
            label={t('assessments.summary.finish')}
            title={t('assessments.summary.finish')}
            message={t('assessments.summary.finishConfirm')}
            onConfirm={() => finish.mutate({ method: 'POST', path: 'finish', body: { version: a.version } })}
            loading={finish.isPending}
          />
        </Paper>
      )}
      <Paper withBorder p="md" component="section" aria-labelledby="summary-comments">
        <Title order={3} size="h4" id="summary-comments" mb="xs">
          {t('assessments.summary.comments')}
        </Title>
        <Comments
          assessment={a}
          targetType="assessment"
          targetId={a.id}
          about={t('assessments.summary.theAssessment')}
          canComment={canComment}
          open
        />
      </Paper>
      {can('read', 'audit', target) && (
        <AuditHistory
          path={`/api/assessments/${a.id}/audit`}
          queryKey={[
            ...assessmentKeys.one(a.id),
            a.version,
            a.impacts.length,
            a.actors.length,
            a.conflicts.length,
            a.actions.length,
            a.comments.length,
          ]}
          fieldLabel={(f) => t(`assessments.auditFields.${f}`, { defaultValue: f })}
          enums={auditEnums}
        />
      )}
    </Stack>
  );
}
