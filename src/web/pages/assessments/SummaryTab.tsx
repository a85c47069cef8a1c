import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { formatDateTime } from '../../format';
import { currentLocale } from '../../i18n';
import { useEnum } from '../../i18n/useEnum';
import { History, type Column, CaptionedTable } from '../../kit';
import { Comments } from './Comments';
import { partEnums } from './enums';
import { assessmentKeys, assessmentLinks, assessmentsApi } from './queries';
import type { StepProps } from './StepProps';
import { useAssessmentChange } from './useAssessmentSave';

/** Counts, the four gate decisions, finishing, the report downloads and the history. */
export function SummaryTab({ assessment: a, editable, canComment }: StepProps) {
  const { t } = useTranslation();
  const label = useEnum();
  const finish = useAssessmentChange(() => assessmentsApi.finish(a.id, a.version));
  const lang = currentLocale();
  const gate = (step: number) => a.gates.find((x) => x.step === step);
  const columns: Column<{ step: number }>[] = [
    {
      id: 'step',
      header: t('assessments.summary.step'),
      rowHeader: true,
      cell: ({ step }) => t(`assessments.steps.${step}.short`),
    },
    {
      id: 'decision',
      header: t('assessments.gate.decision'),
      cell: ({ step }) => {
        const g = gate(step);
        return g ? label('gateDecision', g.decision) : t('assessments.gate.notDecided');
      },
    },
    { id: 'reason', header: t('assessments.gate.reason'), cell: ({ step }) => gate(step)?.reason ?? '–' },
    {
      id: 'decided',
      header: t('assessments.summary.decided'),
      cell: ({ step }) => {
        const g = gate(step);
        return g ? `${g.decidedBy}, ${formatDateTime(g.decidedAt)}` : '–';
      },
    },
  ];

  return (
    <Stack gap="lg">
      <SummaryPart id="summary-counts" title={t('assessments.summary.counts')} gap="sm">
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
      </SummaryPart>
      <CaptionedTable
        caption={t('assessments.summary.gatesCaption')}
        columns={columns}
        rows={[1, 2, 3, 4].map((step) => ({ step }))}
        rowKey={(r) => String(r.step)}
      />
      <SummaryPart id="summary-report" title={t('assessments.summary.report')}>
        <Text size="sm" mb="sm">
          {t('assessments.summary.reportIntro')}
        </Text>
        <Group gap="sm">
          <Button component="a" href={assessmentLinks.report(a.id, 'docx', lang)} download variant="outline">
            {t('assessments.summary.downloadDocx')}
          </Button>
          <Button component="a" href={assessmentLinks.report(a.id, 'pdf', lang)} download variant="outline">
            {t('assessments.summary.downloadPdf')}
          </Button>
        </Group>
      </SummaryPart>
      {editable && (
        <SummaryPart id="summary-finish" title={t('assessments.summary.finishTitle')}>
          <Text size="sm" mb="sm">
            {t('assessments.summary.finishIntro')}
          </Text>
          <ErrorAlert error={finish.error} />
          <ConfirmButton
            label={t('assessments.summary.finish')}
            title={t('assessments.summary.finish')}
            message={t('assessments.summary.finishConfirm')}
            onConfirm={() => finish.submit(undefined)}
            loading={finish.pending}
          />
        </SummaryPart>
      )}
      <SummaryPart id="summary-comments" title={t('assessments.summary.comments')}>
        <Comments
          assessment={a}
          targetType="assessment"
          targetId={a.id}
          about={t('assessments.summary.theAssessment')}
          canComment={canComment}
          open
        />
      </SummaryPart>
      <History
        path={assessmentLinks.assessmentAudit(a.id)}
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
        enums={partEnums}
      />
    </Stack>
  );
}

/** One part of the summary: a framed section named by its heading. */
function SummaryPart({ id, title, gap, children }: { id: string; title: string; gap?: 'sm'; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb={gap ?? 'xs'}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
