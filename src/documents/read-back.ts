import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

/** Reads generated documents back as a person's tools would (tests only). */
const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface WordParagraph {
  style: string | null;
  numId: string | null;
  text: string;
  xml: string;
}

export async function readDocx(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  const numbering = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  const paragraphs: WordParagraph[] = xml.split('</w:p>').map((p) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    numId: /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unxml(m[1])).join(''),
    xml: p,
  }));
  /** The number format (bullet, decimal …) of a list's numbering instance. */
  const formatOf = (numId: string) => {
    const abstract = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(
      numbering,
    )?.[1];
    const def =
      new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstract}"[^>]*>([\\s\\S]*?)</w:abstractNum>`).exec(
        numbering,
      )?.[1] ?? '';
    return /<w:numFmt w:val="([^"]+)"/.exec(def)?.[1] ?? null;
  };
  const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  return { xml, paragraphs, text: paragraphs.map((p) => p.text).join('\n'), formatOf, media };
}

export async function readPdf(buf: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const meta = await pdf.getMetadata();
  return {
    text: text.replace(/\s+/g, ' '),
    totalPages,
    info: meta.info as Record<string, unknown>,
    raw: buf.toString('latin1'),
  };
}

/** Compares without whitespace: a PDF breaks lines (and long words in narrow cells) where the text had none. */
export const squash = (s: string): string => s.replace(/\s+/g, '');
