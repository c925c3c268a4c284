/**
 * One line of text as the runs a PDF draws from left to right: the Unicode bidirectional algorithm
 * (bidi-js) gives each character its level, the line is cut where the level or the font changes,
 * and the runs are put in visual order (rule L2). Pure; no PDF here.
 *
 * Policy: Arabic letters take the Arabic font, everything the Latin font has takes the Latin font,
 * and spaces and punctuation stay with their neighbour's font when it has them, so a run of Arabic
 * words is shaped as one piece. The shaper (fontkit) lays out a run in logical order and reverses
 * it itself when the run's script is right to left, so each run's `text` is given in the order that
 * makes the shaper's output come out in visual order; characters on a right-to-left level are
 * mirrored first (a `(` reads as `)`).
 */
import bidiFactory from 'bidi-js';

/** The two faces a report uses: one for Arabic script, one for the rest. */
export type FaceName = 'arabic' | 'latin';

/** One run of a line, in left-to-right order on the page. */
export type VisualRun = {
  readonly face: FaceName;
  /** The text to hand the shaper (see the policy above). */
  readonly text: string;
  readonly isRtl: boolean;
  /** Where the run starts in the line's logical text (runs are drawn in this order, read so). */
  readonly start: number;
};

const bidi = bidiFactory();

const arabicScript = /\p{Script=Arabic}/u;
/** Scripts fontkit lays out right to left (it reverses their glyphs). */
const rtlScript =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const commonScript = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/** Whether fontkit reverses a run: its first character of a real script is right to left. */
export function shaperReverses(text: string): boolean {
  for (const char of text) {
    if (!commonScript.test(char)) return rtlScript.test(char);
  }
  return false;
}

function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

/**
 * The face for each UTF-16 unit: Arabic letters take the Arabic face; other letters and digits the
 * Latin face if it has them; spaces and punctuation take the face before them (or after them)
 * when that face has the character.
 */
function facesOf(
  text: string,
  hasGlyph: (face: FaceName, codePoint: number) => boolean,
): (FaceName | undefined)[] {
  const faces: (FaceName | undefined)[] = [];
  const neutral: boolean[] = [];
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const isNeutral = commonScript.test(char) && !/[\p{L}\p{N}]/u.test(char);
    let face: FaceName | undefined;
    if (!isNeutral) {
      face =
        arabicScript.test(char) || !hasGlyph('latin', codePoint)
          ? hasGlyph('arabic', codePoint)
            ? 'arabic'
            : 'latin'
          : 'latin';
    }
    for (let unit = 0; unit < char.length; unit += 1) {
      faces.push(face);
      neutral.push(isNeutral);
    }
    index += char.length;
  }
  const pick = (index: number, candidate: FaceName | undefined): FaceName | undefined => {
    const codePoint = text.codePointAt(index) ?? 0;
    return candidate !== undefined && hasGlyph(candidate, codePoint) ? candidate : undefined;
  };
  for (let index = 0; index < text.length; index += 1) {
    if (!neutral[index]) continue;
    const before = index > 0 ? faces[index - 1] : undefined;
    const after = faces.slice(index + 1).find((face) => face !== undefined);
    faces[index] =
      pick(index, before) ??
      pick(index, after) ??
      (hasGlyph('latin', text.codePointAt(index) ?? 0) ? 'latin' : 'arabic');
  }
  return faces;
}

/** A logical piece of the line: one level, one face. */
type LevelRun = { readonly start: number; readonly end: number; readonly level: number };

/**
 * The runs of one line (no line breaks in it), left to right. `direction` is the paragraph's:
 * the page's language, or the text's own for a visitor's search typed in the other language.
 */
export function visualRuns(
  text: string,
  direction: 'rtl' | 'ltr',
  hasGlyph: (face: FaceName, codePoint: number) => boolean,
): VisualRun[] {
  if (text === '') return [];
  const embedding = bidi.getEmbeddingLevels(text, direction);
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const faces = facesOf(text, hasGlyph);

  const runs: (LevelRun & { readonly face: FaceName })[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index += 1) {
    const isLowSurrogate = index < text.length && /[\uDC00-\uDFFF]/.test(text[index] ?? '');
    if (
      index === text.length ||
      (!isLowSurrogate && (levels[index] !== levels[start] || faces[index] !== faces[start]))
    ) {
      runs.push({ start, end: index, level: levels[start] ?? 0, face: faces[start] ?? 'latin' });
      start = index;
    }
  }

  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs
  // at that level or above.
  const highest = Math.max(...runs.map((run) => run.level));
  const lowestOdd = Math.min(
    ...runs.map((run) => (run.level % 2 === 1 ? run.level : run.level + 1)),
  );
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let index = 0; index < runs.length;) {
      if ((runs[index]?.level ?? 0) < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < runs.length && (runs[end]?.level ?? 0) >= level) end += 1;
      runs.splice(index, end - index, ...runs.slice(index, end).reverse());
      index = end;
    }
  }

  return runs.map((run) => {
    let logical = '';
    for (let index = run.start; index < run.end; index += 1) {
      logical += mirrored.get(index) ?? text[index] ?? '';
    }
    const isRtl = run.level % 2 === 1;
    const visual = isRtl ? reversed(logical) : logical;
    return {
      face: run.face,
      isRtl,
      text: shaperReverses(visual) ? reversed(visual) : visual,
      start: run.start,
    };
  });
}
