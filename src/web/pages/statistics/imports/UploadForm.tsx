import { Alert, Button, Checkbox, FileInput, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatNumber } from '../../../format';
import { RadioChoices, SmallTable } from '../../../kit';
import {
  fileAsBase64,
  importsApi,
  type Import,
  type UploadMapping,
  type UploadPreview,
  type UploadProblem,
  type UploadRow,
} from './queries';

type Layout = 'column' | 'separate' | 'none';

const emptyMapping: UploadMapping = {
  kpiColumn: null,
  kpiName: null,
  areaColumn: '',
  yearColumn: '',
  genderColumn: null,
  valueColumn: null,
  genderColumns: null,
};

const layoutOf = (m: UploadMapping): Layout => (m.genderColumns ? 'separate' : m.genderColumn ? 'column' : 'none');

/** A file: read it, map its columns once (or use the saved mapping), see the errors per row or the preview, import. */
export function UploadForm({ onStarted }: { onStarted: (i: Import) => void }) {
  const { t } = useTranslation();
  const u = (key: string, o?: Record<string, unknown>) => t(`statisticsImports.upload.${key}`, o);
  const [file, setFile] = useState<File | null>(null);
  const [sourceName, setSourceName] = useState('');
  const [content, setContent] = useState('');
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<UploadMapping>(emptyMapping);
  const [layout, setLayout] = useState<Layout>('column');
  const [saved, setSaved] = useState(false);
  const [save, setSave] = useState(true);
  const [checked, setChecked] = useState<UploadPreview | null>(null);
  const [problems, setProblems] = useState<UploadProblem[]>([]);

  const read = useMutation({
    mutationFn: async () => {
      const c = await fileAsBase64(file!);
      setContent(c);
      return importsApi.preview({ fileName: file!.name, content: c, sourceName });
    },
    onSuccess: (p) => {
      setColumns(p.columns);
      setSaved(p.mappingSaved);
      setChecked(null);
      setProblems([]);
      if (p.mapping) {
        setMapping(p.mapping);
        setLayout(layoutOf(p.mapping));
      }
    },
  });
  const effective = (): UploadMapping => ({
    ...mapping,
    kpiName: mapping.kpiColumn ? null : mapping.kpiName || null,
    genderColumn: layout === 'column' ? mapping.genderColumn : null,
    valueColumn: layout === 'separate' ? null : mapping.valueColumn,
    genderColumns: layout === 'separate' ? (mapping.genderColumns ?? { K: null, M: null, T: null }) : null,
  });
  const check = useMutation({
    mutationFn: () => importsApi.preview({ fileName: file!.name, content, sourceName, mapping: effective() }),
    onSuccess: (p) => {
      setChecked(p);
      setProblems(p.problems);
    },
  });
  const upload = useMutation({
    mutationFn: () =>
      importsApi.upload({ fileName: file!.name, content, sourceName, mapping: effective(), saveMapping: save }),
    onSuccess: onStarted,
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'statistics.upload_invalid')
        setProblems((err.details as { problems: UploadProblem[] }).problems);
    },
  });

  const options = [{ value: '', label: u('noColumn') }, ...columns.map((c) => ({ value: c, label: c }))];
  const column = (label: string, value: string | null, set: (v: string | null) => void, required = false) => (
    <Select
      label={label}
      data={required ? options.slice(1) : options}
      value={value ?? ''}
      onChange={(v) => set(v ? v : null)}
      required={required}
      allowDeselect={false}
    />
  );
  const setM = (patch: Partial<UploadMapping>) => {
    setMapping((m) => ({ ...m, ...patch }));
    setChecked(null);
  };
  const setG = (g: 'K' | 'M' | 'T') => (v: string | null) =>
    setM({ genderColumns: { ...(mapping.genderColumns ?? { K: null, M: null, T: null }), [g]: v } });

  return (
    <Stack gap="md" maw={760}>
      <FileInput
        label={u('file')}
        description={u('fileHint')}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={(f) => {
          setFile(f);
          setColumns([]);
          setChecked(null);
          setProblems([]);
        }}
      />
      <TextInput
        label={u('sourceName')}
        description={u('sourceHint')}
        value={sourceName}
        onChange={(e) => setSourceName(e.currentTarget.value)}
      />
      <Group>
        <Button
          variant="outline"
          onClick={() => read.mutate()}
          loading={read.isPending}
          disabled={!file || !sourceName.trim()}
        >
          {u('read')}
        </Button>
      </Group>
      <ErrorAlert error={read.error} />
      {columns.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby="upload-mapping">
          <Text fw={600} id="upload-mapping">
            {u('mapping')}
          </Text>
          {saved && <Text size="sm">{u('mappingSaved')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {column(u('kpiColumn'), mapping.kpiColumn, (v) => setM({ kpiColumn: v }))}
            <TextInput
              label={u('kpiName')}
              value={mapping.kpiName ?? ''}
              disabled={!!mapping.kpiColumn}
              onChange={(e) => setM({ kpiName: e.currentTarget.value })}
            />
            {column(u('areaColumn'), mapping.areaColumn || null, (v) => setM({ areaColumn: v ?? '' }), true)}
            {column(u('yearColumn'), mapping.yearColumn || null, (v) => setM({ yearColumn: v ?? '' }), true)}
          </SimpleGrid>
          <RadioChoices
            label={u('layout')}
            stacked
            value={layout}
            onChange={(v) => {
              setLayout(v as Layout);
              setChecked(null);
            }}
            choices={[
              { value: 'column', label: u('layoutColumn') },
              { value: 'separate', label: u('layoutSeparate') },
              { value: 'none', label: u('layoutNone') },
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {layout === 'column' && column(u('genderColumn'), mapping.genderColumn, (v) => setM({ genderColumn: v }))}
            {layout !== 'separate' && column(u('valueColumn'), mapping.valueColumn, (v) => setM({ valueColumn: v }))}
            {layout === 'separate' && (
              <>
                {column(u('columnK'), mapping.genderColumns?.K ?? null, setG('K'))}
                {column(u('columnM'), mapping.genderColumns?.M ?? null, setG('M'))}
                {column(u('columnT'), mapping.genderColumns?.T ?? null, setG('T'))}
              </>
            )}
          </SimpleGrid>
          <Group>
            <Button variant="outline" onClick={() => check.mutate()} loading={check.isPending}>
              {u('check')}
            </Button>
          </Group>
          <ErrorAlert error={check.error} />
        </Stack>
      )}
      {problems.length > 0 && (
        <Stack gap="xs">
          <Alert color="red.9" variant="outline" role="alert" title={u('problemsTitle', { count: problems.length })}>
            {null}
          </Alert>
          <SmallTable
            caption={u('problemsCaption')}
            rows={problems}
            rowKey={(p) => `${p.row}|${p.column}|${p.code}`}
            columns={[
              { id: 'row', header: u('problemCols.row'), rowHeader: true, cell: (p: UploadProblem) => p.row },
              { id: 'column', header: u('problemCols.column'), cell: (p: UploadProblem) => p.column ?? '–' },
              { id: 'problem', header: u('problemCols.problem'), cell: (p: UploadProblem) => u(`problems.${p.code}`) },
              { id: 'value', header: u('problemCols.value'), cell: (p: UploadProblem) => p.value || '–' },
            ]}
          />
        </Stack>
      )}
      {checked && !problems.length && checked.figures > 0 && (
        <Stack gap="md">
          <SmallTable
            caption={u('previewCaption', { count: checked.figures })}
            rows={checked.rows}
            rowKey={(r) => `${r.kpi}|${r.areaCode}|${r.year}|${r.gender}`}
            columns={[
              { id: 'kpi', header: u('previewCols.kpi'), rowHeader: true, cell: (r: UploadRow) => r.kpi },
              { id: 'area', header: u('previewCols.area'), cell: (r: UploadRow) => r.areaCode },
              { id: 'year', header: u('previewCols.year'), cell: (r: UploadRow) => r.year },
              { id: 'gender', header: u('previewCols.gender'), cell: (r: UploadRow) => r.gender },
              {
                id: 'value',
                header: u('previewCols.value'),
                align: 'right',
                cell: (r: UploadRow) => (r.value === null ? u('missing') : formatNumber(r.value)),
              },
            ]}
          />
          <Checkbox label={u('saveMapping')} checked={save} onChange={(e) => setSave(e.currentTarget.checked)} />
          <ErrorAlert error={upload.error} />
          <Group>
            <Button onClick={() => upload.mutate()} loading={upload.isPending}>
              {u('submit', { count: checked.figures })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
