/**
 * Reads the content bundle's parts from `assets/content/` (Node side: build, command-line tools,
 * tests) and validates the assembled bundle exactly as the kiosk does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleContent, contentPartNames, type ContentParts } from '../core/content/assemble';
import { validateContentBundle, type ContentBundle } from '../core/content/schema';
import { err, ok, type Result } from '../core/result';

/** The folder the shipped content is edited in. */
export const contentDir = resolve(__dirname, '../assets/content');

/** Reads every part; a file that cannot be read or parsed is reported by name. */
export function readContentParts(
  dir: string = contentDir,
): Result<ContentParts, 'invalid-content'> {
  const parts: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of contentPartNames) {
    const file = resolve(dir, `${name}.json`);
    try {
      parts[name] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`${name}.json: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) return err('invalid-content', problems.join('\n'));
  return ok(parts as ContentParts);
}

/** The assembled and validated bundle, or every problem with the entry id and field. */
export function loadContentBundle(
  dir: string = contentDir,
): Result<ContentBundle, 'invalid-content'> {
  const parts = readContentParts(dir);
  if (!parts.ok) return parts;
  return validateContentBundle(assembleContent(parts.value));
}

/** The shipped bundle; throws with every problem when it is invalid (tests and tools). */
export function shippedContentBundle(): ContentBundle {
  const result = loadContentBundle();
  if (!result.ok) throw new Error(`content bundle is invalid:\n${result.error.message}`);
  return result.value;
}
