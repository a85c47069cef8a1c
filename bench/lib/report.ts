/** How the benchmarks print: progress on stderr, numbers in one format. */
export const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const kB = (n: number) => `${fmt(n / 1024, 1)} kB`;
