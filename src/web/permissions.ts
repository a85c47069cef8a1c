import { can, type Action, type Subject, type Target } from '../policy/policy';
import { useSession } from './session';

/** The server's own policy, asked in the browser only to hide buttons the user may not use. */
export function useCan() {
  const { user } = useSession();
  return (action: Action, subject: Subject, target: Target = {}) => (user ? can(user, action, subject, target) : false);
}
