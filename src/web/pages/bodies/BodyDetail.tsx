import { PageHeader } from '../../components/PageHeader';

export function BodyDetail() {
  return <PageHeader title="BodyDetail" />;
}
