import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PageHeader } from '../components/PageHeader';
import type { FormValues } from '../components/useForm';
import { DetailPage, type RecordQuery } from './DetailPage';
import type { RecordFormProps } from './RecordForm';
import { useCreateForm } from './useCreateForm';
import { useEditForm } from './useEditForm';
import { editRefusal, MayCreate, NotAllowedNote, type CreateAbility } from './NotAllowed';
import type { Versioned } from './useSave';

/** Where a register's pages live and its texts: `/bodies`, `/bodies/:id`, `/bodies/:id/edit`; `bodies.*`. */
interface RegisterPlace {
  /** The list's path, e.g. `/bodies`; a record's page is `${path}/${id}`. */
  path: string;
  /** The register's i18n section: `createTitle`, `editTitle` ({{name}}), `title`. */
  ns: string;
}

/**
 * A register's create page: its h1, then the record's form (`children` gets the frame: submit,
 * "Skapa", cancel back to the list); the created record's page opens when it is saved. The form is
 * shown only when the list's `abilities.create` allows it (`list`); else why not (issue 10 item 8).
 *
 *   <CreatePage path="/bodies" ns="bodies" list={useBodies()} initial={emptyBody()} schema={CreateBody}
 *     toInput={bodyFormToInput} send={bodiesApi.create} invalidate={[bodyKeys.all]}>
 *     {(frame) => <BodyForm {...frame} />}</CreatePage>
 */
export function CreatePage<V extends FormValues, S extends z.ZodType, R extends { id: string }>({
  list,
  ...props
}: CreateProps<V, S, R> & { list: CreateAbility }) {
  const { t } = useTranslation();
  return (
    <MayCreate
      list={list}
      title={t(`${props.ns}.createTitle`)}
      back={{ to: props.path, label: t(`${props.ns}.title`) }}
    >
      <CreateForm {...props} />
    </MayCreate>
  );
}

type CreateProps<V extends FormValues, S extends z.ZodType, R extends { id: string }> = RegisterPlace & {
  initial: V;
  schema: S;
  toInput: (values: V) => object;
  send: (input: z.output<S>) => Promise<R>;
  invalidate: QueryKey[];
  children: (frame: RecordFormProps<V>) => ReactNode;
};

function CreateForm<V extends FormValues, S extends z.ZodType, R extends { id: string }>({
  path,
  ns,
  children,
  ...opts
}: CreateProps<V, S, R>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { frame } = useCreateForm({ ...opts, onSaved: (r) => navigate(`${path}/${r.id}`), cancelTo: path });
  return (
    <>
      <PageHeader title={t(`${ns}.createTitle`)} />
      {children(frame)}
    </>
  );
}

interface EditOptions<R extends Versioned & { id: string }, V extends FormValues, S extends z.ZodType> {
  /** How the record is named (the title, the stale notice). */
  name: (record: R) => string;
  toForm: (record: R) => V;
  toInput: (values: V) => object;
  schema: S;
  send: (id: string, input: z.output<S>) => Promise<R>;
  invalidate: QueryKey[];
  /** A field's name in the stale notice. */
  label: (k: keyof V & string) => string;
  /** A field's value in words; `known` are the records at hand (theirs and this one) to name ids from. */
  show?: (k: keyof V & string, v: string, known: R[]) => string;
}

/** What an edit page needs of its record: its version, and whether this person may change it. */
type Editable = Versioned & { id: string; abilities: { update: boolean }; archived?: boolean };

/**
 * A register's edit page: the record loaded (with its loading and failure states), its h1 "Ändra …",
 * the way back, then the record's form (`children` gets the frame: submit, "Spara", cancel, the one
 * stale notice); the record's page opens when it is saved. Someone the record's `abilities` do not
 * allow to change it (or an archived record) gets why instead of the form (issue 10 item 8).
 */
export function EditPage<R extends Editable, V extends FormValues, S extends z.ZodType>({
  query,
  path,
  ns,
  children,
  ...opts
}: RegisterPlace &
  EditOptions<R, V, S> & {
    query: RecordQuery<R>;
    children: (frame: RecordFormProps<V>, record: R) => ReactNode;
  }) {
  const { t } = useTranslation();
  const id = query.data?.id ?? '';
  return (
    <DetailPage
      query={query}
      title={(r) => t(`${ns}.editTitle`, { name: opts.name(r) })}
      back={{ to: `${path}/${id}`, label: t(`${ns}.title`) }}
    >
      {(r) => {
        const refused = editRefusal(r);
        if (refused) return <NotAllowedNote reason={refused} name={opts.name(r)} />;
        return <EditForm key={r.id} record={r} path={path} opts={opts} form={children} />;
      }}
    </DetailPage>
  );
}

function EditForm<R extends Versioned & { id: string }, V extends FormValues, S extends z.ZodType>({
  record,
  path,
  opts,
  form,
}: {
  record: R;
  path: string;
  opts: EditOptions<R, V, S>;
  form: (frame: RecordFormProps<V>, record: R) => ReactNode;
}) {
  const navigate = useNavigate();
  const { save, frame } = useEditForm({
    record,
    toForm: opts.toForm,
    toInput: opts.toInput,
    schema: opts.schema,
    send: (input) => opts.send(record.id, input),
    invalidate: opts.invalidate,
    onSaved: (r) => navigate(`${path}/${r.id}`),
  });
  const known = [save.stale, record].filter((r): r is R => !!r);
  const show = opts.show;
  return form(
    frame({
      cancelTo: `${path}/${record.id}`,
      what: opts.name,
      label: opts.label,
      show: show && ((k, v) => show(k, v, known)),
    }),
    record,
  );
}
