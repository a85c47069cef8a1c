import { PageHeader } from '../../components/PageHeader';

export function FrameworkCreate() {
  return <PageHeader title="FrameworkCreate" />;
}
