import { PageHeader } from '../../components/PageHeader';

export function FrameworkDetail() {
  return <PageHeader title="FrameworkDetail" />;
}
