import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { documentFonts } from './fonts.js';

/**
 * An SVG as an opaque RGB PNG of the given width, its text set in the report's font (no system font scan).
 * Opaque RGB rather than resvg's RGBA: pdfkit then embeds the compressed data as it is instead of
 * decoding every pixel to split off an alpha channel (several times faster for the PDF).
 */
export function svgToPng(svg: string, width: number): Buffer {
  const fonts = documentFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      fontFiles: [fonts.regular, fonts.bold],
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
  });
  const image = resvg.render();
  return encodeRgbPng(image.pixels, image.width, image.height);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (already on a white background) as an 8-bit RGB PNG; each row uses the Up filter. */
export function encodeRgbPng(rgba: Uint8Array | Buffer, width: number, height: number): Buffer {
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  const up = width * 4;
  for (let y = 0; y < height; y++) {
    let o = y * (stride + 1);
    raw[o++] = 2; // Up: each byte minus the byte above it
    const s0 = y * up;
    for (let s = s0, end = s0 + up; s < end; s += 4) {
      if (y === 0) {
        raw[o++] = rgba[s];
        raw[o++] = rgba[s + 1];
        raw[o++] = rgba[s + 2];
      } else {
        raw[o++] = rgba[s] - rgba[s - up];
        raw[o++] = rgba[s + 1] - rgba[s + 1 - up];
        raw[o++] = rgba[s + 2] - rgba[s + 2 - up];
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 4 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The size of an SVG from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('SVG without a viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}
