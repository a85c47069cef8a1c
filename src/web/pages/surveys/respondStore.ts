import type { AnswerValue } from '../../../surveys/contract';

/** What one link keeps on this device: answers not yet saved on the server, and the submit's id. */
export interface Stored {
  pending: Record<string, AnswerValue | null>;
  submissionId: string;
}

const key = (token: string) => `samsyn.respond.${token}`;

function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Read (or start) what this device keeps for the link; the submission id is made once and kept. */
export function loadStored(token: string): Stored {
  try {
    const raw = localStorage.getItem(key(token));
    if (raw) {
      const v = JSON.parse(raw) as Partial<Stored>;
      if (typeof v.submissionId === 'string' && v.pending && typeof v.pending === 'object')
        return { pending: v.pending, submissionId: v.submissionId };
    }
  } catch {
    // Unreadable or no storage: start afresh.
  }
  const fresh = { pending: {}, submissionId: uuid() };
  saveStored(token, fresh);
  return fresh;
}

export function saveStored(token: string, s: Stored) {
  try {
    localStorage.setItem(key(token), JSON.stringify(s));
  } catch {
    // Private mode without storage: the answers live in the page only.
  }
}

export function forgetStored(token: string) {
  try {
    localStorage.removeItem(key(token));
  } catch {
    // nothing kept
  }
}
