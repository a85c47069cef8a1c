import { PageHeader } from '../../components/PageHeader';

export function BodyEdit() {
  return <PageHeader title="BodyEdit" />;
}
