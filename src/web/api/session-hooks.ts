/**
 * What every request shares, whichever client sends it: the CSRF token for changes and what a 401
 * means (the app sets it once at start: go to the login page).
 */
let csrfFallback = '';

export function setCsrfToken(token: string) {
  csrfFallback = token;
}

export function csrfToken(): string {
  const m = document.cookie.match(/(?:^|;\s*)samsyn_csrf=([^;]*)/);
  return m ? decodeURIComponent(m[1]) : csrfFallback;
}

let onUnauthorized: () => void = () => {};
export function setUnauthorizedHandler(h: () => void) {
  onUnauthorized = h;
}
export function unauthorized() {
  onUnauthorized();
}

export const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
