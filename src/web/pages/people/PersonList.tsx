import { PageHeader } from '../../components/PageHeader';

export function PersonList() {
  return <PageHeader title="PersonList" />;
}
