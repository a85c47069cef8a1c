import { PageHeader } from '../../components/PageHeader';

export function BodyCreate() {
  return <PageHeader title="BodyCreate" />;
}
