import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reportFonts } from '../../assessments/report/fonts.js';

/**
 * The report's four faces. The regular and bold come from the assessment report's font lookup;
 * the obliques sit beside them in DejaVu (npm package or Debian). Without them, pdfkit slants the
 * upright face instead (`oblique`), which reads the same.
 */
export interface Faces {
  regular: string;
  bold: string;
  italic: string | null;
  boldItalic: string | null;
}

let faces: Faces | undefined;

export function reportFaces(): Faces {
  if (faces) return faces;
  const f = reportFonts();
  const beside = (file: string) => {
    const path = join(dirname(f.regular), file);
    return f.family === 'DejaVu Sans' && existsSync(path) ? path : null;
  };
  faces = {
    regular: f.regular,
    bold: f.bold,
    italic: beside('DejaVuSans-Oblique.ttf'),
    boldItalic: beside('DejaVuSans-BoldOblique.ttf'),
  };
  return faces;
}
