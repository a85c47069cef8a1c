import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../policy/policy';
import { Loading } from '../components/Loading';
import { Forbidden } from '../pages/Forbidden';
import { useSession } from '../session';

/** Pages behind sign-in; optionally only for some roles. */
export function RequireAuth({ roles }: { roles?: readonly Role[] }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (roles && !roles.includes(user.role)) return <Forbidden />;
  return <Outlet />;
}
