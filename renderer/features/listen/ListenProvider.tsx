/**
 * Listen mode, for a citizen who cannot read the screen or cannot see it. While it is on, the
 * kiosk speaks in the displayed language: each screen's heading and purpose when it opens, the
 * control that gets the focus (name, role, state, place), and texts to read (an answer) paragraph
 * by paragraph, which can be paused and repeated. A first touch on a control speaks it and a
 * second touch activates it.
 *
 * Policy: listen mode lives and dies with the visit (this provider is mounted per visit, and
 * mutes its speaker when it goes); where the displayed language has no voice, it says so once in
 * the other language and points to the staff member; what a citizen types is echoed only as far
 * as `describe.ts` allows.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import { reportActivity } from '../idle';
import { describeControl, joinSpoken, type SpeechPrivacy } from './describe';
import { createSpeaker, speechRates, systemSpeech, type SpokenLine } from './speaker';
import { useLongPress } from './useLongPress';
import { usePressSpeech } from './usePressSpeech';
import { useReading, type Reading } from './useReading';
import { useTouchExploration } from './useTouchExploration';
import { useVoices } from './useVoices';

/** What a screen says about itself when it opens. */
export type ScreenSpeech = {
  readonly title: string;
  readonly purpose: string;
  /** Text read after the purpose, paragraph by paragraph (an answer). */
  readonly read?: readonly string[];
};

export type { Reading } from './useReading';

export type Listen = {
  readonly isOn: boolean;
  readonly privacy: SpeechPrivacy;
  readonly rate: number;
  /** False when the system has no voice for the displayed language. */
  readonly hasVoice: boolean;
  readonly hasAnyVoice: boolean;
  readonly start: () => void;
  readonly stop: () => void;
  readonly changeRate: (direction: -1 | 1) => void;
  /** The Help key: starts listening if it is off, and explains the screen. */
  readonly help: () => void;
  readonly announceScreen: (screen: ScreenSpeech) => void;
  /** The keys went round from the last control to the first: said before the control. */
  readonly noteWrap: () => void;
  readonly say: (texts: readonly string[]) => void;
  readonly reading: Reading | undefined;
  /** Reads texts paragraph by paragraph (also when listen mode is off: "Listen to the answer"). */
  readonly read: (texts: readonly string[]) => void;
  readonly pause: () => void;
  /** Carries on from the paragraph where reading stopped, from its start. */
  readonly resume: () => void;
  readonly stopReading: () => void;
};

const ListenContext = createContext<Listen | null>(null);

export function useListen(): Listen {
  const value = useContext(ListenContext);
  if (value === null) throw new Error('useListen outside a visit');
  return value;
}

export type ListenProviderProps = {
  readonly lang: Language;
  readonly privacy: SpeechPrivacy;
  /** True when the visit was started by the attract screen's Listen button (or its Help key). */
  readonly startsOn: boolean;
  /** True while the staff screens cover the visit: nothing is said or explored meanwhile. */
  readonly isCovered: boolean;
  readonly children: ReactNode;
};

export function ListenProvider({
  lang,
  privacy,
  startsOn,
  isCovered,
  children,
}: ListenProviderProps) {
  const { i18n } = useTranslation();
  const [speaker] = useState(() => createSpeaker(systemSpeech(), reportActivity));
  // Chromium lists the system's voices late: this re-renders when they arrive.
  const voices = useVoices();
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  const hasVoice = voices[lang] !== undefined;
  const hasOtherVoice = voices[other] !== undefined;
  // A visit begun in listen mode turns it on just after its first screen has announced itself
  // (below), so that screen is said once, after the words on listening.
  const [isOn, setIsOn] = useState(false);
  const [rate, setRate] = useState<number>(speechRates.initial);
  // Destructured: each of these is stable, so the screens' announcements are not re-run.
  const {
    reading,
    readFrom,
    hold,
    prepare,
    pause,
    resume,
    forget,
    stop: stopText,
  } = useReading(speaker);
  const screen = useRef<ScreenSpeech>(undefined);
  const pending = useRef<{
    arrival?: ScreenSpeech;
    focus?: Element;
    hasWrapped?: boolean;
    timer?: number;
  }>({});
  const toldNoVoice = useRef(false);

  // The visit is over: nothing more is said, whatever was queued.
  useEffect(() => () => speaker.mute(), [speaker]);

  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang]);
  const tOther = useMemo(() => i18n.getFixedT(other), [i18n, other]);
  const lines = useCallback(
    (texts: readonly (string | undefined)[]): SpokenLine[] =>
      texts.filter((text): text is string => Boolean(text)).map((text) => ({ text, lang })),
    [lang],
  );

  /** Says something now; a text being read is paused where it was, to carry on later. */
  const speak = useCallback(
    (spoken: readonly SpokenLine[], then?: () => void) => {
      hold();
      speaker.say(spoken, then ? { onDone: then } : {});
    },
    [hold, speaker],
  );

  const describe = useCallback(
    (element: Element) => describeControl(element, t, privacy),
    [t, privacy],
  );

  /** A dialog's question, said once when the focus first goes into it. */
  const saidDialogs = useRef(new WeakSet<Element>());
  const dialogIntro = useCallback((element: Element) => {
    const dialog = element.closest('dialog');
    if (!dialog || saidDialogs.current.has(dialog)) return undefined;
    saidDialogs.current.add(dialog);
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .filter(Boolean)
        .join('. ');
    return joinSpoken(
      [text(dialog.getAttribute('aria-labelledby')), text(dialog.getAttribute('aria-describedby'))],
      '. ',
    );
  }, []);

  /** The focused control, unless it is the screen's heading (already said) or nothing. */
  const focusedLine = useCallback(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.id === 'screen-title') return undefined;
    return describe(active);
  }, [describe]);

  const arrivalLines = useCallback(
    (arrival: ScreenSpeech) => lines([arrival.title, arrival.purpose, focusedLine()]),
    [focusedLine, lines],
  );

  /** After the screen's own lines, its text (an answer) is read, pausable from the panel. */
  const readAfter = useCallback(
    (arrival: ScreenSpeech | undefined) =>
      arrival?.read && arrival.read.length > 0 ? prepare(lines(arrival.read)) : undefined,
    [lines, prepare],
  );

  const flush = useCallback(() => {
    const { arrival, focus, hasWrapped } = pending.current;
    pending.current = {};
    if (arrival) {
      const spoken = arrivalLines(arrival);
      const then = readAfter(arrival);
      speak(spoken, then);
    } else if (focus?.isConnected) {
      speak(lines([hasWrapped ? t('listen.top') : undefined, dialogIntro(focus), describe(focus)]));
    }
  }, [arrivalLines, describe, dialogIntro, lines, readAfter, speak, t]);

  const latestFlush = useRef(flush);
  useEffect(() => {
    latestFlush.current = flush;
  }, [flush]);

  /** Speech waits for the end of the task, so a screen's arrival and its focus say one thing. */
  const schedule = useCallback(
    (change: { arrival?: ScreenSpeech; focus?: Element; hasWrapped?: boolean }) => {
      pending.current = { ...pending.current, ...change };
      if (pending.current.timer === undefined) {
        pending.current.timer = window.setTimeout(() => latestFlush.current(), 0);
      }
    },
    [],
  );

  const start = useCallback(() => {
    setIsOn(true);
    if (!hasVoice) {
      // Said once, in the language that has a voice; the panel shows why in both.
      if (hasOtherVoice && !toldNoVoice.current) {
        toldNoVoice.current = true;
        speaker.say([{ text: tOther(`listen.noVoiceFor.${lang}`), lang: other }]);
      }
      return;
    }
    const intro: SpokenLine[] = lines([
      t('listen.started'),
      t(privacy === 'aloud' ? 'listen.privacyAloud' : 'listen.privacyHeadphones'),
      t('listen.keys'),
    ]);
    if (hasOtherVoice) intro.push({ text: tOther('listen.otherLanguage'), lang: other });
    const current = screen.current;
    const then = readAfter(current);
    speak([...intro, ...(current ? arrivalLines(current) : [])], then);
  }, [
    arrivalLines,
    hasOtherVoice,
    hasVoice,
    lang,
    lines,
    other,
    privacy,
    readAfter,
    speak,
    speaker,
    t,
    tOther,
  ]);

  // Started from the attract screen: on once the first screen has announced itself and the
  // system has listed its voices (or, with none listed, after a second, to say so on screen).
  const startedOnArrival = useRef(false);
  const hasAnyVoice = hasVoice || hasOtherVoice;
  useEffect(() => {
    if (!startsOn || startedOnArrival.current) return;
    const timer = window.setTimeout(
      () => {
        startedOnArrival.current = true;
        start();
      },
      hasAnyVoice ? 0 : 1000,
    );
    return () => window.clearTimeout(timer);
  }, [hasAnyVoice, start, startsOn]);

  const stop = useCallback(() => {
    setIsOn(false);
    stopText();
  }, [stopText]);

  const help = useCallback(() => {
    if (!isOn) {
      start();
      return;
    }
    const current = screen.current;
    speak(lines([current?.title, current?.purpose, t('listen.keys')]));
  }, [isOn, lines, speak, start, t]);

  const isSpeaking = isOn && hasVoice && !isCovered;
  const isSpeakingNow = useRef(isSpeaking);
  useEffect(() => {
    isSpeakingNow.current = isSpeaking;
    if (!isSpeaking) pending.current = { ...pending.current, arrival: undefined, focus: undefined };
  }, [isSpeaking]);

  // Stable, so a screen announces itself when it opens or its title changes (a language switch),
  // not whenever listen mode's own state changes.
  const announceScreen = useCallback(
    (next: ScreenSpeech) => {
      screen.current = next;
      // Speech stops with the screen it belonged to; in listen mode the new screen's takes over.
      if (isSpeakingNow.current) {
        forget();
        schedule({ arrival: next });
      } else {
        stopText();
      }
    },
    [forget, schedule, stopText],
  );

  // The staff screens cover the visit: the visit's speech stops until it shows again.
  useEffect(() => {
    if (isCovered) speaker.cancel();
  }, [isCovered, speaker]);

  // A language switch: the panel's words change; the screen is said again in the new language
  // by the screen itself (its title changes), so only what was being said stops here.
  useEffect(() => {
    speaker.cancel();
  }, [lang, speaker]);

  useEffect(() => {
    speaker.setRate(rate);
  }, [rate, speaker]);

  const changeRate = useCallback((direction: -1 | 1) => {
    setRate((current) => {
      const next = Math.round((current + direction * speechRates.step) * 100) / 100;
      return Math.min(speechRates.max, Math.max(speechRates.min, next));
    });
  }, []);

  const read = useCallback(
    (texts: readonly string[]) => readFrom({ lines: lines(texts), index: 0, isPaused: false }),
    [lines, readFrom],
  );

  const say = useCallback((texts: readonly string[]) => speak(lines(texts)), [lines, speak]);
  const noteWrap = useCallback(() => schedule({ hasWrapped: true }), [schedule]);

  // The focused control is said as the focus moves (keys, or a first touch).
  useEffect(() => {
    if (!isSpeaking) return;
    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.kiosk, dialog')) return;
      schedule({ focus: event.target });
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [isSpeaking, schedule]);

  const explore = useCallback((control: Element) => schedule({ focus: control }), [schedule]);
  useTouchExploration(isSpeaking, explore);
  useLongPress(() => {
    if (!isOn && !isCovered) start();
  });

  usePressSpeech(isSpeaking, { t, privacy, lines, speak, readFrom, describe });

  const value = useMemo<Listen>(
    () => ({
      isOn,
      privacy,
      rate,
      hasVoice,
      hasAnyVoice,
      start,
      stop,
      changeRate,
      help,
      announceScreen,
      noteWrap,
      say,
      reading,
      read,
      pause,
      resume,
      stopReading: stopText,
    }),
    [
      announceScreen,
      noteWrap,
      changeRate,
      hasAnyVoice,
      hasVoice,
      help,
      isOn,
      pause,
      privacy,
      rate,
      read,
      reading,
      resume,
      say,
      start,
      stop,
      stopText,
    ],
  );

  return <ListenContext.Provider value={value}>{children}</ListenContext.Provider>;
}
