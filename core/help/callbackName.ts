/**
 * The name a citizen gives for a callback: what the staff member asks for on the phone. Policy:
 * 2 to 40 characters once trimmed (inner spaces count, runs of spaces become one), at least two
 * of them letters; letters of any script (Arabic with its marks, Latin, …), spaces, hyphens and
 * apostrophes only; never a digit of any script. Invisible format characters (direction marks,
 * zero-width joiners) are dropped first, so what is stored is what was seen.
 */
import { err, ok, type Result } from '../result';

/** Shortest and longest name kept, in characters after trimming. */
export const callbackNameLimits = { min: 2, max: 40 } as const;

/** Why a name was refused; each has its own message on screen (`help.callback.nameErrors`). */
export const callbackNameProblems = [
  'empty',
  'too-short',
  'too-long',
  'digits',
  'characters',
] as const;
export type CallbackNameProblem = (typeof callbackNameProblems)[number];

const invisibleFormat = /\p{Cf}/gu;
const allowed = /^[\p{L}\p{M} '’ʼ‘-]+$/u;

/** Counts characters as people see them (code points), not UTF-16 units. */
function length(text: string): number {
  return [...text].length;
}

/** The name cleaned for storing (NFC, trimmed, single spaces), or why it cannot be used. */
export function checkCallbackName(input: string): Result<string, CallbackNameProblem> {
  const name = input.normalize('NFC').replace(invisibleFormat, '').replace(/\s+/gu, ' ').trim();
  if (name === '') return err('empty', 'no name typed');
  if (/\p{N}/u.test(name)) return err('digits', 'a name has no digits');
  if (!allowed.test(name)) return err('characters', 'only letters, spaces, hyphens, apostrophes');
  const letters = name.match(/\p{L}/gu)?.length ?? 0;
  if (length(name) < callbackNameLimits.min || letters < callbackNameLimits.min) {
    return err('too-short', `at least ${callbackNameLimits.min} letters`);
  }
  if (length(name) > callbackNameLimits.max) {
    return err('too-long', `at most ${callbackNameLimits.max} characters`);
  }
  return ok(name);
}
