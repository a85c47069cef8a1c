import { PageHeader } from '../../components/PageHeader';

export function PersonEdit() {
  return <PageHeader title="PersonEdit" />;
}
