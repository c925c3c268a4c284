/**
 * The content shipped in `assets/content/` as one bundle, for publishing from the hub (`content
 * publish --from-assets`): the same parts and the same `assembleContent` the build uses, so the
 * office can publish the shipped content under a newer version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleContent, contentPartNames } from '../../core/content/assemble';
import { err, ok, type Result } from '../../core/result';

/** The folder the shipped content is edited in. */
export const assetsContentDir = resolve(__dirname, '../../assets/content');

/** The assembled (not yet validated) bundle of a content folder. */
export function assembleContentDir(
  dir: string = assetsContentDir,
): Result<unknown, 'invalid-content'> {
  const parts: Record<string, unknown> = {};
  for (const name of contentPartNames) {
    const file = resolve(dir, `${name}.json`);
    try {
      parts[name] = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return err('invalid-content', `${file}: cannot be read as JSON`);
    }
  }
  return ok(assembleContent(parts as Record<(typeof contentPartNames)[number], unknown>));
}
