import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { setUnauthorizedHandler } from '../api/session-hooks';
import { sessionKey } from '../session';

/** A 401 from any request means the session ended: forget the user and go to the login page. */
export function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const qc = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const s = qc.getQueryData<{ user: unknown; csrfToken: string }>(sessionKey);
      if (s?.user) qc.setQueryData(sessionKey, { ...s, user: null });
      if (!window.location.pathname.startsWith('/login')) {
        const next = window.location.pathname + window.location.search;
        navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
      }
    });
  }, [navigate, qc]);
  return null;
}
