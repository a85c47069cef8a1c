import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The TrueType fonts of every document and its pictures: DejaVu Sans, which covers å ä ö and "−".
 * First the npm package dejavu-fonts-ttf (a dependency, so present after `npm ci` on any machine),
 * then the usual system locations (Debian's fonts-dejavu-core, Liberation as a last resort).
 * The obliques sit beside the upright faces in DejaVu; without them the PDF writer slants the
 * upright face instead (pdfkit's `oblique`), which reads the same.
 */
export interface ReportFonts {
  regular: string;
  bold: string;
  italic: string | null;
  boldItalic: string | null;
  family: string;
}

function fromPackage(): ReportFonts | null {
  try {
    const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const regular = join(dir, 'DejaVuSans.ttf');
    const bold = join(dir, 'DejaVuSans-Bold.ttf');
    return existsSync(regular) && existsSync(bold)
      ? { regular, bold, italic: null, boldItalic: null, family: 'DejaVu Sans' }
      : null;
  } catch {
    return null;
  }
}

const SYSTEM: Omit<ReportFonts, 'italic' | 'boldItalic'>[] = [
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

/** The obliques beside the upright DejaVu faces, where present. */
function withObliques(f: Omit<ReportFonts, 'italic' | 'boldItalic'>): ReportFonts {
  const beside = (file: string) => {
    const path = join(dirname(f.regular), file);
    return f.family === 'DejaVu Sans' && existsSync(path) ? path : null;
  };
  return { ...f, italic: beside('DejaVuSans-Oblique.ttf'), boldItalic: beside('DejaVuSans-BoldOblique.ttf') };
}

export function documentFonts(): ReportFonts {
  if (found === undefined) {
    const f = fromPackage() ?? SYSTEM.find((x) => existsSync(x.regular) && existsSync(x.bold)) ?? null;
    found = f && withObliques(f);
  }
  if (!found)
    throw new Error(
      'No TrueType font for documents: run `npm ci` (installs dejavu-fonts-ttf) or install fonts-dejavu-core',
    );
  return found;
}
