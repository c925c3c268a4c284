import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { joinSpoken } from '../../../../renderer/features/listen/describe';
import {
  createSpeaker,
  pickVoice,
  speechRates,
} from '../../../../renderer/features/listen/speaker';

type Said = { text: string; lang: string; voice: string; rate: number };

/** The system's speech as the speaker sees it: voices, speak, cancel; nothing is ever heard. */
function fakeSpeech(voices: { name: string; lang: string; localService: boolean }[]) {
  const said: Said[] = [];
  const queued: SpeechSynthesisUtterance[] = [];
  let cancels = 0;
  const speech = {
    getVoices: () => voices,
    speak: (utterance: SpeechSynthesisUtterance) => {
      queued.push(utterance);
      said.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice?.name ?? '',
        rate: utterance.rate,
      });
    },
    cancel: () => {
      cancels += 1;
    },
  } as unknown as SpeechSynthesis;
  return { speech, said, queued, cancels: () => cancels };
}

class Utterance {
  text: string;
  lang = '';
  voice: unknown = null;
  rate = 1;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onboundary: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

const hoda = { name: 'Hoda', lang: 'ar-SA', localService: true };
const online = { name: 'Online Arabic', lang: 'ar-EG', localService: false };
const hazel = { name: 'Hazel', lang: 'en-GB', localService: true };

beforeEach(() => {
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('pickVoice', () => {
  it('takes a voice on the machine, never one that sends the text over the network', () => {
    const voices = (list: object[]) => list as unknown as SpeechSynthesisVoice[];
    expect(pickVoice(voices([online, hoda, hazel]), 'ar')?.name).toBe('Hoda');
    expect(pickVoice(voices([online]), 'ar')).toBeUndefined();
    expect(pickVoice(voices([hazel]), 'ar')).toBeUndefined();
  });
});

describe('the speaker', () => {
  it('says each line with a voice of its own language, numbers as words, slower than usual', () => {
    const fake = fakeSpeech([hoda, hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    speaker.say([
      { text: 'رقمك 12', lang: 'ar' },
      { text: 'Your number is 12', lang: 'en' },
    ]);
    expect(fake.said).toEqual([
      { text: 'رقمك اثنا عشر', lang: 'ar-SA', voice: 'Hoda', rate: speechRates.initial },
      { text: 'Your number is twelve', lang: 'en-GB', voice: 'Hazel', rate: speechRates.initial },
    ]);
    expect(speechRates.initial).toBeLessThan(1);
  });

  it('never lets a voice of the other language read a line', () => {
    const fake = fakeSpeech([hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    speaker.say([
      { text: 'مرحبًا', lang: 'ar' },
      { text: 'Hello', lang: 'en' },
    ]);
    expect(fake.said.map((line) => line.text)).toEqual(['Hello']);
  });

  it('cuts short what it was saying before saying something new', () => {
    const fake = fakeSpeech([hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    speaker.say([{ text: 'One', lang: 'en' }]);
    speaker.say([{ text: 'Two', lang: 'en' }]);
    expect(fake.cancels()).toBe(2);
  });

  it('ignores the end of a line it cut short, and reports the lines it starts', () => {
    const fake = fakeSpeech([hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    const started: number[] = [];
    let done = 0;
    speaker.say(
      [
        { text: 'One', lang: 'en' },
        { text: 'Two', lang: 'en' },
      ],
      { onLine: (index) => started.push(index), onDone: () => (done += 1) },
    );
    const [first, second] = fake.queued;
    first?.onstart?.(new Event('start') as SpeechSynthesisEvent);
    speaker.cancel();
    second?.onstart?.(new Event('start') as SpeechSynthesisEvent);
    second?.onend?.(new Event('end') as SpeechSynthesisEvent);
    expect(started).toEqual([0]);
    expect(done).toBe(0);
  });

  it('says nothing at all once muted (the visit ended)', () => {
    const fake = fakeSpeech([hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    speaker.mute();
    speaker.say([{ text: 'Anyone there?', lang: 'en' }]);
    expect(fake.said).toEqual([]);
  });

  it('keeps the rate within the slowest and fastest offered', () => {
    const fake = fakeSpeech([hazel]);
    const speaker = createSpeaker(fake.speech, () => {});
    speaker.setRate(0.1);
    speaker.say([{ text: 'Slow', lang: 'en' }]);
    speaker.setRate(9);
    speaker.say([{ text: 'Fast', lang: 'en' }]);
    expect(fake.said.map((line) => line.rate)).toEqual([speechRates.min, speechRates.max]);
  });

  it('counts speaking as the visitor still being there', () => {
    const fake = fakeSpeech([hazel]);
    const activity = vi.fn();
    const speaker = createSpeaker(fake.speech, activity);
    speaker.say([{ text: 'A long answer', lang: 'en' }]);
    fake.queued[0]?.onstart?.(new Event('start') as SpeechSynthesisEvent);
    fake.queued[0]?.onboundary?.(new Event('boundary') as SpeechSynthesisEvent);
    expect(activity).toHaveBeenCalledTimes(2);
  });
});

describe('joinSpoken', () => {
  it('puts a pause between parts without doubling a mark a part ends with', () => {
    expect(joinSpoken(['نعم', 'الخيار 1 من 3', 'غير محدد'], '، ')).toBe(
      'نعم، الخيار 1 من 3، غير محدد',
    );
    expect(joinSpoken(['هل تريد إنهاء زيارتك؟', 'إذا أنهيتها'], '. ')).toBe(
      'هل تريد إنهاء زيارتك؟ إذا أنهيتها',
    );
    expect(joinSpoken(['A few short questions.', '', 'button'], ', ')).toBe(
      'A few short questions. button',
    );
  });
});
