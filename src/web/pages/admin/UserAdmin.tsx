import { PageHeader } from '../../components/PageHeader';

export function UserAdmin() {
  return <PageHeader title="UserAdmin" />;
}
