/**
 * After a row is moved, added or removed, React re-renders and a moved element can lose focus: put
 * the keyboard on the first of these elements that exists and is enabled.
 */
export function focusLater(...ids: string[]) {
  window.setTimeout(() => {
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLButtonElement | null;
      if (el && !el.disabled) {
        el.focus();
        return;
      }
    }
  }, 0);
}
