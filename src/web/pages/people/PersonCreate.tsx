import { PageHeader } from '../../components/PageHeader';

export function PersonCreate() {
  return <PageHeader title="PersonCreate" />;
}
