/**
 * Writes build/icon.png, the 512×512 packaging icon: the palette's primary green with a white
 * "corner" (ركن) mark. Generated rather than drawn so it needs no image tools; run it again only
 * if the design changes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const size = 512;
const green = [0x1b, 0x83, 0x54] as const;
const white = [0xff, 0xff, 0xff] as const;

/** CRC-32 as PNG chunks need it. */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA of one pixel: a rounded green square with a white L-shaped corner mark. */
function pixel(x: number, y: number): readonly number[] {
  const radius = 96;
  const cx = Math.min(Math.max(x, radius), size - 1 - radius);
  const cy = Math.min(Math.max(y, radius), size - 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  const inVertical = x >= 144 && x < 208 && y >= 128 && y < 384;
  const inHorizontal = x >= 144 && x < 384 && y >= 320 && y < 384;
  return [...(inVertical || inHorizontal ? white : green), 0xff];
}

const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  const row = y * (size * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < size; x++) {
    Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = path.resolve(__dirname, '..', 'build', 'icon.png');
writeFileSync(target, png);
console.info(`wrote ${target} (${png.length} bytes)`);
