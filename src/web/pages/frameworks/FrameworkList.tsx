import { PageHeader } from '../../components/PageHeader';

export function FrameworkList() {
  return <PageHeader title="FrameworkList" />;
}
