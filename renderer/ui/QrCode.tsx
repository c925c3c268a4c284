/**
 * A QR code drawn as inline SVG (no canvas, no data: URL, so the strict CSP needs nothing extra),
 * with a visible caption, so a citizen can carry a link away on their phone.
 */
import { useMemo } from 'react';
import QRCode from 'qrcode';
import './keyboard.css';

/** Light modules around the symbol that scanners need to find it (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

/**
 * The QR symbol for `value` as one SVG path of its dark modules, in module units. `size` is the
 * side of the whole drawing including the quiet zone, i.e. the SVG viewBox side. Error
 * correction M (15%): survives a smudged or glare-lit screen while keeping the code coarse.
 * Throws if `value` is empty or too long to encode.
 */
export function qrPath(value: string): { size: number; d: string } {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    // One rectangle per horizontal run of dark modules keeps the path (and the DOM) small.
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d: commands.join('') };
}

export type QrCodeProps = {
  /** What the code encodes, usually a URL. */
  readonly value: string;
  /** Shown under the code and used as its accessible name, e.g. the URL or "Scan with your phone". */
  readonly label: string;
  /** Side of the code in CSS px, quiet zone included. */
  readonly size?: number;
};

/** A QR code in a figure with its caption underneath: black on white, 280 px by default. */
export function QrCode({ value, label, size = 280 }: QrCodeProps) {
  const symbol = useMemo(() => {
    try {
      return qrPath(value);
    } catch {
      // An unencodable value should cost the citizen the code, not the whole screen: the caption
      // (often the link itself) still shows.
      return null;
    }
  }, [value]);

  return (
    <figure className="qr">
      {symbol !== null && (
        <svg
          className="qr__code"
          role="img"
          aria-label={label}
          width={size}
          height={size}
          viewBox={`0 0 ${symbol.size} ${symbol.size}`}
          shapeRendering="crispEdges"
        >
          <rect width={symbol.size} height={symbol.size} fill="#fff" />
          <path d={symbol.d} fill="#000" />
        </svg>
      )}
      <figcaption className="qr__caption">{label}</figcaption>
    </figure>
  );
}
