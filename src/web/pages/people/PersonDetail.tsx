import { PageHeader } from '../../components/PageHeader';

export function PersonDetail() {
  return <PageHeader title="PersonDetail" />;
}
