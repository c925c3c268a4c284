/**
 * A text read paragraph by paragraph (an answer, a result, a guide step): where it is, and pause,
 * carry on and stop. Policy: anything else said meanwhile pauses the reading where it was (`hold`),
 * and carrying on starts that paragraph again from its beginning, since not every engine can
 * resume in the middle of a sentence.
 */
import { useCallback, useState } from 'react';
import type { Speaker, SpokenLine } from './speaker';

/** A text being read paragraph by paragraph. */
export type Reading = {
  readonly lines: readonly SpokenLine[];
  /** The paragraph being read, or the one to carry on from when paused. */
  readonly index: number;
  readonly isPaused: boolean;
};

export function useReading(speaker: Speaker) {
  const [reading, setReading] = useState<Reading>();

  /** Reads from the reading's paragraph on. */
  const readFrom = useCallback(
    (current: Reading) => {
      setReading({ ...current, isPaused: false });
      speaker.say(current.lines.slice(current.index), {
        onLine: (offset) =>
          setReading((now) => (now ? { ...now, index: current.index + offset } : now)),
        onDone: () => setReading(undefined),
      });
    },
    [speaker],
  );

  /** Something else is being said: the reading waits where it was. */
  const hold = useCallback(() => {
    setReading((now) => (now && !now.isPaused ? { ...now, isPaused: true } : now));
  }, []);

  /** Makes `lines` the text to read, not yet started; returns what starts it. */
  const prepare = useCallback(
    (lines: readonly SpokenLine[]) => {
      const text: Reading = { lines, index: 0, isPaused: true };
      setReading(text);
      return () => readFrom(text);
    },
    [readFrom],
  );

  const pause = useCallback(() => {
    speaker.cancel();
    setReading((now) => (now ? { ...now, isPaused: true } : now));
  }, [speaker]);

  const resume = useCallback(() => {
    if (reading) readFrom(reading);
  }, [readFrom, reading]);

  /** Forgets the text (another screen opened), leaving the voice to whatever says that. */
  const forget = useCallback(() => setReading(undefined), []);

  /** Stops the reading now. */
  const stop = useCallback(() => {
    speaker.cancel();
    setReading(undefined);
  }, [speaker]);

  return { reading, readFrom, hold, prepare, pause, resume, forget, stop };
}
