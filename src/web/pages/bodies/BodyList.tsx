import { PageHeader } from '../../components/PageHeader';

export function BodyList() {
  return <PageHeader title="BodyList" />;
}
