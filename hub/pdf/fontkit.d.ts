/** The part of fontkit (pdfkit's font engine) the report's PDF uses: which characters a face has. */
declare module 'fontkit' {
  export type Font = { hasGlyphForCodePoint(codePoint: number): boolean };
  export function create(buffer: Buffer): Font;
}
