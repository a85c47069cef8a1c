import { Anchor, Button, Checkbox, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS } from '../../../genderReview/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../format';
import { ChoiceField, DetailPage, InlineForm, PHONE, RecordTabs, SmallTable, columnSet, useTabParam } from '../../kit';
import { reviewApi, reviewKeys, reviewLinks, useReview, type Review, type ReviewDocument } from './queries';
import { PerspectiveBadge, RatingSelect, useCriterionName, useRate } from './shared';
import { OwnCriteria } from './OwnCriteria';
import { RemoveButton, useRemovedNotice } from './RemoveButton';
import { removeDocumentProps } from './removeDocument';

const TABS = ['documents', 'matrix', 'improvement', 'benchmark', 'report'] as const;

/** Save something of the review and put the answer in the cache. */
function useReviewSave<I>(review: Review, send: (input: I) => Promise<Review>, done?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (r) => {
      qc.setQueryData(reviewKeys.one(review.id), r);
      void qc.invalidateQueries({ queryKey: reviewKeys.list });
      done?.();
    },
  });
}

/** A review's page: its documents, the matrix with the summary, the improvement, the benchmark, the report. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [tab, setTab] = useTabParam(TABS);
  return (
    <DetailPage
      query={useReview(id)}
      title={(r) => r.title}
      back={{ to: reviewLinks.list, label: t('genderReview.title') }}
      description={(r) => `${r.organisationName}, ${r.year}. ${t(`genderReview.statuses.${r.status}`)}.`}
      actions={(r) => [{ label: t('common.edit'), to: reviewLinks.edit(r.id), can: r.abilities.update }]}
    >
      {(r) => (
        <RecordTabs
          label={t('genderReview.tabs.label')}
          value={tab}
          onChange={setTab}
          tabs={[
            {
              value: 'documents',
              label: t('genderReview.tabs.documents'),
              title: t('genderReview.documents.title'),
              panel: <Documents review={r} />,
            },
            {
              value: 'matrix',
              label: t('genderReview.tabs.matrix'),
              title: t('genderReview.matrix.title'),
              intro: t('genderReview.matrix.intro'),
              panel: <Matrix review={r} />,
            },
            {
              value: 'improvement',
              label: t('genderReview.tabs.improvement'),
              title: t('genderReview.improvement.title'),
              panel: <Improvement key={r.version} review={r} />,
            },
            {
              value: 'benchmark',
              label: t('genderReview.tabs.benchmark'),
              title: t('genderReview.benchmark.title'),
              panel: <Benchmark review={r} />,
            },
            {
              value: 'report',
              label: t('genderReview.tabs.report'),
              title: t('genderReview.report.title'),
              intro: t('genderReview.report.intro'),
              panel: <Report review={r} />,
            },
          ]}
        />
      )}
    </DetailPage>
  );
}

function Documents({ review }: { review: Review }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { notice, announce } = useRemovedNotice();
  const removeProps = removeDocumentProps(review, t);
  const columns = columnSet<ReviewDocument>((c) => t(`genderReview.documents.cols.${c}`), {
    position: { align: 'right', cell: (d) => d.position },
    title: {
      rowHeader: true,
      cell: (d) => (
        <Anchor component={Link} to={reviewLinks.document(review.id, d.id)} fw={500}>
          {d.title}
        </Anchor>
      ),
    },
    kind: (d) => t(`genderReview.documents.kinds.${d.kind}`),
    adopted: (d) => [d.adoptedBy, d.adoptedOn].filter(Boolean).join(', ') || '–',
    perspective: (d) => <PerspectiveBadge value={d.perspective} />,
    ...(review.abilities.update && {
      actions: (d: ReviewDocument) => (
        <RemoveButton
          review={review}
          {...removeProps(d)}
          onRemoved={() => announce(t('genderReview.documents.removed', { title: d.title }))}
        />
      ),
    }),
  });
  return (
    <Stack gap="md">
      {notice}
      {review.documents.length === 0 ? (
        <Text>{t('genderReview.documents.empty')}</Text>
      ) : (
        <SmallTable
          caption={t('genderReview.documents.caption', { count: review.documents.length })}
          columns={columns}
          rows={review.documents}
        />
      )}
      {review.abilities.update &&
        (adding ? (
          <AddDocument review={review} done={() => setAdding(false)} />
        ) : (
          <Group>
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('genderReview.documents.add')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

function AddDocument({ review, done }: { review: Review; done: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({
    title: '',
    kind: 'rus',
    position: String(review.documents.length + 1),
    adoptedBy: '',
    adoptedOn: '',
    reference: '',
  });
  const save = useReviewSave(
    review,
    (body: Parameters<typeof reviewApi.addDocument>[1]) => reviewApi.addDocument(review.id, body),
    done,
  );
  const field = (k: keyof typeof v) => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value }),
  });
  const submit = () =>
    save.mutate({
      title: v.title,
      kind: v.kind as ReviewDocument['kind'],
      position: Number(v.position),
      adoptedBy: v.adoptedBy,
      adoptedOn: v.adoptedOn || null,
      reference: v.reference,
    });
  return (
    <InlineForm
      title={t('genderReview.documents.add')}
      heading="title"
      submitLabel={t('genderReview.documents.addSubmit')}
      busy={save.isPending}
      onCancel={done}
      onSubmit={submit}
      error={save.error ? <ErrorAlert error={save.error} /> : undefined}
    >
      <TextInput label={t('genderReview.documents.fields.title')} required maxLength={300} {...field('title')} />
      <ChoiceField
        label={t('genderReview.documents.fields.kind')}
        empty={false}
        choices={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`genderReview.documents.kinds.${k}`) }))}
        {...field('kind')}
      />
      <TextInput
        label={t('genderReview.documents.fields.position')}
        inputMode="numeric"
        required
        {...field('position')}
      />
      <TextInput label={t('genderReview.documents.fields.adoptedBy')} maxLength={200} {...field('adoptedBy')} />
      <TextInput label={t('genderReview.documents.fields.adoptedOn')} type="date" {...field('adoptedOn')} />
      <TextInput label={t('genderReview.documents.fields.reference')} maxLength={1000} {...field('reference')} />
    </InlineForm>
  );
}

function Matrix({ review }: { review: Review }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const name = useCriterionName();
  const rate = useRate(review);
  const [adding, setAdding] = useState(false);
  const cellLabel = (d: ReviewDocument, c: Review['criteria'][number]) =>
    t('genderReview.matrix.cellLabel', { document: d.title, criterion: name(c) });
  const r = review.result;
  return (
    <Stack gap="md">
      {rate.error && <ErrorAlert error={rate.error} />}
      {phone ? (
        // On a phone: one document after the other, its criteria as a list of labelled choices.
        review.documents.map((d) => (
          <section key={d.id} aria-labelledby={`doc-${d.id}`}>
            <Title order={3} id={`doc-${d.id}`} size="h4" mb="xs">
              {d.position}. {d.title}
            </Title>
            <Stack gap="xs">
              {review.criteria.map((c) => (
                <RatingSelect key={c.key} review={review} document={d} criterion={c} label={name(c)} rate={rate} />
              ))}
            </Stack>
          </section>
        ))
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table withTableBorder withColumnBorders>
            <caption>{t('genderReview.matrix.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('genderReview.matrix.cols.document')}</Table.Th>
                {review.criteria.map((c) => (
                  <Table.Th scope="col" key={c.key} style={{ minWidth: 110, fontSize: 12 }}>
                    {name(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {review.documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">{d.title}</Table.Th>
                  {review.criteria.map((c) => (
                    <Table.Td key={c.key}>
                      <RatingSelect
                        review={review}
                        document={d}
                        criterion={c}
                        label={cellLabel(d, c)}
                        hideLabel
                        rate={rate}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Title order={3}>{t('genderReview.matrix.summaryTitle')}</Title>
      <SmallTable
        caption={t('genderReview.matrix.summaryCaption')}
        columns={columnSet<ReviewDocument>((c) => t(`genderReview.matrix.cols.${c}`), {
          document: { rowHeader: true, cell: (d) => d.title },
          clear: { align: 'right', cell: (d) => d.counts.clear },
          partly: { align: 'right', cell: (d) => d.counts.partly },
          missing: { align: 'right', cell: (d) => d.counts.missing },
          unrated: { align: 'right', cell: (d) => d.counts.unrated },
          perspective: (d) => <PerspectiveBadge value={d.perspective} />,
        })}
        rows={review.documents}
      />
      <Text data-testid="review-result">{t('genderReview.matrix.result', r)}</Text>
      <Text>
        {t('genderReview.matrix.share', {
          share: r.clearShare === null ? '–' : `${formatNumber(Math.round(r.clearShare * 100))} %`,
        })}
      </Text>
      <OwnCriteria review={review} />
      {review.abilities.update &&
        (adding ? (
          <AddCriterion review={review} done={() => setAdding(false)} />
        ) : (
          <Group>
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('genderReview.criteria.add')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

function AddCriterion({ review, done }: { review: Review; done: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const save = useReviewSave(
    review,
    (b: { name: string; description: string }) => reviewApi.addCriterion(review.id, b),
    done,
  );
  return (
    <InlineForm
      title={t('genderReview.criteria.add')}
      heading="title"
      submitLabel={t('genderReview.criteria.addSubmit')}
      busy={save.isPending}
      onCancel={done}
      onSubmit={() => save.mutate({ name, description })}
      error={save.error ? <ErrorAlert error={save.error} /> : undefined}
    >
      <TextInput
        label={t('genderReview.criteria.name')}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Textarea
        label={t('genderReview.criteria.description')}
        autosize
        minRows={2}
        maxLength={2000}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
    </InlineForm>
  );
}

function Improvement({ review }: { review: Review }) {
  const { t } = useTranslation();
  const w = review.improvement;
  const [v, setV] = useState({
    documentId: w.documentId ?? '',
    change: w.change,
    responsible: w.responsible,
    due: w.due ?? '',
    status: w.status as string,
  });
  const [note, setNote] = useState({ date: new Date().toISOString().slice(0, 10), text: '' });
  const [saved, setSaved] = useState(false);
  const save = useReviewSave(
    review,
    (body: Parameters<typeof reviewApi.update>[1]) => reviewApi.update(review.id, body),
    () => setSaved(true),
  );
  const field = (k: keyof typeof v) => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value }),
  });
  const submit = () => {
    const notes = note.text.trim() ? [...w.notes, { date: note.date, text: note.text.trim() }] : w.notes;
    save.mutate({
      improvement: {
        documentId: v.documentId || null,
        change: v.change,
        responsible: v.responsible,
        due: v.due || null,
        status: v.status as Review['improvement']['status'],
        notes,
      },
      version: review.version,
    });
  };
  const readOnly = !review.abilities.update;
  const chosen = review.documents.find((d) => d.id === w.documentId);
  return (
    <Stack gap="md">
      {readOnly ? (
        <Stack gap={4}>
          <Text>
            {t('genderReview.improvement.documentId')}: {chosen?.title ?? t('genderReview.improvement.none')}
          </Text>
          <Text>
            {t('genderReview.improvement.change')}: {w.change || '–'}
          </Text>
          <Text>
            {t('genderReview.improvement.responsible')}: {w.responsible || '–'}
          </Text>
          <Text>
            {t('genderReview.improvement.due')}: {w.due ?? '–'}
          </Text>
          <Text>
            {t('genderReview.improvement.status')}: {t(`genderReview.improvement.statuses.${w.status}`)}
          </Text>
        </Stack>
      ) : (
        <InlineForm
          title={t('genderReview.improvement.title')}
          submitLabel={t('genderReview.improvement.save')}
          busy={save.isPending}
          onSubmit={submit}
          error={save.error ? <ErrorAlert error={save.error} /> : undefined}
        >
          <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="sm">
              <ChoiceField
                label={t('genderReview.improvement.documentId')}
                empty={t('genderReview.improvement.none')}
                choices={review.documents.map((d) => ({ value: d.id, label: d.title }))}
                {...field('documentId')}
              />
              <Textarea
                label={t('genderReview.improvement.change')}
                autosize
                minRows={2}
                maxLength={4000}
                {...field('change')}
              />
              <TextInput label={t('genderReview.improvement.responsible')} maxLength={200} {...field('responsible')} />
              <TextInput label={t('genderReview.improvement.due')} type="date" {...field('due')} />
              <ChoiceField
                label={t('genderReview.improvement.status')}
                empty={false}
                choices={(['not_started', 'in_progress', 'done'] as const).map((s) => ({
                  value: s,
                  label: t(`genderReview.improvement.statuses.${s}`),
                }))}
                {...field('status')}
              />
              <TextInput
                label={t('genderReview.improvement.noteDate')}
                type="date"
                value={note.date}
                onChange={(e) => setNote({ ...note, date: e.currentTarget.value })}
              />
              <Textarea
                label={t('genderReview.improvement.addNote')}
                autosize
                minRows={2}
                maxLength={4000}
                value={note.text}
                onChange={(e) => setNote({ ...note, text: e.currentTarget.value })}
              />
            </Stack>
          </fieldset>
        </InlineForm>
      )}
      {saved && !save.isPending && <Text role="status">{t('genderReview.improvement.saved')}</Text>}
      <Title order={3}>{t('genderReview.improvement.notes')}</Title>
      {w.notes.length === 0 ? (
        <Text>{t('genderReview.improvement.noNotes')}</Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ paddingLeft: 20 }}>
          {w.notes.map((n, i) => (
            <li key={i}>
              <Text>
                <strong>{n.date}</strong> {n.text}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

type Row = { id: string; group: string; cells: string[] };

function Benchmark({ review }: { review: Review }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { notice, announce } = useRemovedNotice();
  const groups = [
    ...new Set([...review.groupResults, ...review.benchmarks.flatMap((b) => b.groups)].map((g) => g.group)),
  ];
  const cell = (rs: Review['groupResults'], g: string) => {
    const x = rs.find((r) => r.group === g);
    return x ? `${x.clear}/${x.partly}/${x.missing}` : '–';
  };
  const rows: Row[] = groups.map((g) => ({
    id: g,
    group: t(`genderReview.groups.${g}`, { defaultValue: g }),
    cells: [cell(review.groupResults, g), ...review.benchmarks.map((b) => cell(b.groups, g))],
  }));
  const columns = [
    { id: 'group', header: t('genderReview.benchmark.group'), rowHeader: true, cell: (r: Row) => r.group },
    { id: 'ours', header: t('genderReview.benchmark.ours'), cell: (r: Row) => r.cells[0] },
    ...review.benchmarks.map((b, i) => ({ id: b.id, header: b.region, cell: (r: Row) => r.cells[i + 1] })),
  ];
  return (
    <Stack gap="md">
      {notice}
      {review.benchmarks.length === 0 ? (
        <Text>{t('genderReview.benchmark.empty')}</Text>
      ) : (
        <SmallTable caption={t('genderReview.benchmark.caption')} columns={columns} rows={rows} />
      )}
      {review.benchmarks.map((b) => (
        <section key={b.id} aria-labelledby={`bm-${b.id}`}>
          <Title order={3} id={`bm-${b.id}`} size="h4">
            {b.region}
          </Title>
          {b.summary && <Text>{b.summary}</Text>}
          {b.source && <Text size="sm">{t('genderReview.benchmark.source', { source: b.source })}</Text>}
          {b.example && (
            <Text size="sm" fs="italic">
              {t('genderReview.benchmark.example')}
            </Text>
          )}
          {review.abilities.update && (
            <Group mt="xs">
              <div>
                <RemoveButton
                  review={review}
                  name={t('genderReview.benchmark.removeNamed', { region: b.region })}
                  message={t('genderReview.benchmark.removeConfirm', { region: b.region })}
                  send={() => reviewApi.removeBenchmark(review.id, b.id, b.version)}
                  onRemoved={() => announce(t('genderReview.benchmark.removed', { region: b.region }))}
                />
              </div>
            </Group>
          )}
        </section>
      ))}
      {review.abilities.update &&
        (adding ? (
          <AddBenchmark review={review} done={() => setAdding(false)} />
        ) : (
          <Group>
            <Button variant="outline" onClick={() => setAdding(true)}>
              {t('genderReview.benchmark.add')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}

function AddBenchmark({ review, done }: { review: Review; done: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ region: '', summary: '', source: '', example: false });
  const [figures, setFigures] = useState<Record<string, { clear: string; partly: string; missing: string }>>({});
  const save = useReviewSave(
    review,
    (b: Parameters<typeof reviewApi.addBenchmark>[1]) => reviewApi.addBenchmark(review.id, b),
    done,
  );
  const groups = [...new Set(review.criteria.map((c) => c.group))];
  const submit = () =>
    save.mutate({
      ...v,
      groups: groups
        .filter((g) => figures[g] && (figures[g].clear || figures[g].partly || figures[g].missing))
        .map((g) => ({
          group: g,
          clear: Number(figures[g].clear || 0),
          partly: Number(figures[g].partly || 0),
          missing: Number(figures[g].missing || 0),
        })),
    });
  const num = (g: string, k: 'clear' | 'partly' | 'missing') => ({
    value: figures[g]?.[k] ?? '',
    inputMode: 'numeric' as const,
    onChange: (e: FormEvent<HTMLInputElement>) =>
      setFigures({
        ...figures,
        [g]: { ...(figures[g] ?? { clear: '', partly: '', missing: '' }), [k]: e.currentTarget.value },
      }),
  });
  return (
    <InlineForm
      title={t('genderReview.benchmark.add')}
      heading="title"
      submitLabel={t('genderReview.benchmark.addSubmit')}
      busy={save.isPending}
      onCancel={done}
      onSubmit={submit}
      error={save.error ? <ErrorAlert error={save.error} /> : undefined}
    >
      <TextInput
        label={t('genderReview.benchmark.region')}
        required
        maxLength={200}
        value={v.region}
        onChange={(e) => setV({ ...v, region: e.currentTarget.value })}
      />
      <Textarea
        label={t('genderReview.benchmark.summary')}
        autosize
        minRows={2}
        maxLength={4000}
        value={v.summary}
        onChange={(e) => setV({ ...v, summary: e.currentTarget.value })}
      />
      <TextInput
        label={t('genderReview.benchmark.sourceField')}
        maxLength={1000}
        value={v.source}
        onChange={(e) => setV({ ...v, source: e.currentTarget.value })}
      />
      {groups.map((g) => (
        <Group key={g} gap="xs" align="end" wrap="wrap">
          <TextInput
            label={`${t(`genderReview.groups.${g}`)}: ${t('genderReview.benchmark.clear')}`}
            w={150}
            {...num(g, 'clear')}
          />
          <TextInput
            label={`${t(`genderReview.groups.${g}`)}: ${t('genderReview.benchmark.partly')}`}
            w={150}
            {...num(g, 'partly')}
          />
          <TextInput
            label={`${t(`genderReview.groups.${g}`)}: ${t('genderReview.benchmark.missing')}`}
            w={150}
            {...num(g, 'missing')}
          />
        </Group>
      ))}
      <Checkbox
        label={t('genderReview.benchmark.exampleField')}
        checked={v.example}
        onChange={(e) => setV({ ...v, example: e.currentTarget.checked })}
      />
    </InlineForm>
  );
}

function Report({ review }: { review: Review }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button component="a" href={reviewLinks.report(review.id, 'docx')} download variant="outline">
        {t('genderReview.report.docx')}
      </Button>
      <Button component="a" href={reviewLinks.report(review.id, 'pdf')} download variant="outline">
        {t('genderReview.report.pdf')}
      </Button>
    </Group>
  );
}
