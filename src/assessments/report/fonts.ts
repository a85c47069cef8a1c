import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The TrueType fonts of the report and its pictures: DejaVu Sans, which covers å ä ö and "−".
 * First the npm package dejavu-fonts-ttf (a dependency, so present after `npm ci` on any machine),
 * then the usual system locations (Debian's fonts-dejavu-core, Liberation as a last resort).
 */
export interface ReportFonts {
  regular: string;
  bold: string;
  family: string;
}

function fromPackage(): ReportFonts | null {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const regular = join(dir, 'DejaVuSans.ttf');
    const bold = join(dir, 'DejaVuSans-Bold.ttf');
    return existsSync(regular) && existsSync(bold) ? { regular, bold, family: 'DejaVu Sans' } : null;
  } catch {
    return null;
  }
}

const SYSTEM: ReportFonts[] = [
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    family: 'DejaVu Sans',
  },
  {
    regular: '/usr/share/fonts/TTF/DejaVuSans.ttf',
    bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf',
    family: 'DejaVu Sans',
  },
  {
    regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
    family: 'DejaVu Sans',
  },
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    family: 'Liberation Sans',
  },
];

let found: ReportFonts | null | undefined;

export function reportFonts(): ReportFonts {
  if (found === undefined)
    found = fromPackage() ?? SYSTEM.find((f) => existsSync(f.regular) && existsSync(f.bold)) ?? null;
  if (!found)
    throw new Error(
      'No TrueType font for the report: run `npm ci` (installs dejavu-fonts-ttf) or install fonts-dejavu-core',
    );
  return found;
}
