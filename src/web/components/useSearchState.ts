import { useSearchParams } from 'react-router';

/** List filters kept in the address, so back/forward and shared links keep them. */
export function useSearchState<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(Object.entries(defaults).map(([k, d]) => [k, params.get(k) ?? d])) as Record<
    K,
    string
  >;
  const set = (key: K, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === '' || value === defaults[key]) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return [values, set] as const;
}
