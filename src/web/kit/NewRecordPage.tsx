import type { ReactNode } from 'react';
import { BackLink } from '../components/BackLink';
import { PageHeader } from '../components/PageHeader';

/** A page that makes a new record: its h1 (the form's name), the way back to the list, then the form. */
export function NewRecordPage({
  title,
  back,
  description,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} above={<BackLink to={back.to} label={back.label} />} />
      {children}
    </>
  );
}
