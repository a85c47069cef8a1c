import { PageHeader } from '../../components/PageHeader';

export function Outbox() {
  return <PageHeader title="Outbox" />;
}
