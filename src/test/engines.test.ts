import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` prints no engine warnings on the Node we promise (issue 10 item 19): every package the
 * lockfile installs accepts the lowest Node of our own `engines` field. cookie 2 and nanoid 6 once
 * wanted Node 22 while we said 20.19; a dependency that drops Node 20 fails here, naming itself.
 */
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

describe('the Node versions the dependencies accept', () => {
  it('all accept the lowest Node our engines field promises', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    expect(lowest).toBe('20.19.0');
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, p]) => {
        const range = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
        return range && !semver.satisfies(lowest, range) ? [`${path} wants node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
