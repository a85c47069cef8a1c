import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/error';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { errorTitle } from './errorTitle';

/** Every .ts/.tsx file under a folder, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Issue 10 item 9: errors were titled "Något gick fel" even for a plain validation error.
describe('error titles say what kind of problem it is', async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: 'sv',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const t = i18n.getFixedT('sv');
  const err = (status: number, code: string) => new ApiError(status, code, '', null);

  it('names the kind of problem, in Swedish and English', () => {
    expect(errorTitle(err(400, 'request.validation_failed'), t)).toBe('Uppgifterna behöver rättas');
    expect(errorTitle(err(400, 'assessment.position_note_without_need'), t)).toBe('Uppgifterna behöver rättas');
    expect(errorTitle(err(403, 'auth.forbidden'), t)).toBe('Du har inte behörighet');
    expect(errorTitle(err(404, 'record.not_found'), t)).toBe('Finns inte');
    expect(errorTitle(err(409, 'record.stale'), t)).toBe('Någon annan har ändrat uppgifterna');
    expect(errorTitle(err(409, 'agreement.notice_too_late'), t)).toBe('Går inte att göra just nu');
    expect(errorTitle(err(429, 'request.rate_limited'), t)).toBe('För många försök');
    expect(errorTitle(err(401, 'auth.required'), t)).toBe('Du är utloggad');
    expect(errorTitle(err(0, 'network.unreachable'), t)).toBe('Servern svarar inte');
    expect(errorTitle(err(500, 'internal'), t)).toBe('Ett fel i Samsyn');
    expect(errorTitle(err(400, 'request.validation_failed'), i18n.getFixedT('en'))).toBe('The details need correcting');
  });

  it('has no "something went wrong" left: no such text, and no page titles an alert with one', () => {
    const texts = JSON.stringify([sv, en]);
    expect(texts).not.toMatch(/Något gick fel|Something went wrong/i);
    const web = fileURLToPath(new URL('..', import.meta.url));
    const using = sources(web).filter((f) => /['"`]errors\.title['"`]/.test(readFileSync(f, 'utf8')));
    expect(using).toEqual([]);
  });
});
