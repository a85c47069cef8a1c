import { PageHeader } from '../../components/PageHeader';

export function FrameworkEdit() {
  return <PageHeader title="FrameworkEdit" />;
}
