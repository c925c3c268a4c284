/**
 * The kiosk's icons: simple line drawings, always shown next to a text label (never alone), so
 * they are hidden from screen readers.
 */
/**
 * Each icon means one thing wherever it appears (its comment says what), so a visitor who learns
 * it once can trust it: a new meaning gets a new icon. Category icons come from the content.
 */
const paths = {
  /** Searching for a question. */
  search: 'M10.5 18a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15Zm5.3-2.2L21 21',
  /** Reading aloud. */
  speaker: 'M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  /** Stopping what is playing. */
  stop: 'M6 6h12v12H6z',
  /** Opening something on your own phone (a QR code). */
  phoneScan: 'M7 2h10a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm3 17h4',
  /** The home screen. */
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5.5h4V20',
  /** Going back. */
  back: 'M15 5l-7 7 7 7',
  /** Going on, opening. */
  forward: 'M9 5l7 7-7 7',
  /** The screen's language. */
  globe:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z',
  /** The text size. */
  textSize: 'M3 19 8 6l5 13M4.7 15h6.6M14 19l3.5-9 3.5 9M15.2 16h4.6',
  /** Stronger colours. */
  contrast: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 0v18',
  /** Starting over (ending the visit). */
  restart: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4.5h4.5',
  /** Questions and answers. */
  question:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-2.6-11.5A2.7 2.7 0 0 1 12 7.5c1.5 0 2.7 1 2.7 2.4 0 1.9-2.7 2.1-2.7 4.1M12 17h.01',
  /** Dates. */
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  /** Money and payments. */
  wallet: 'M3 7h15a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H3zM3 7l12-3v3M16 13.5h.01',
  /** A list of things to have or meet, to tick off. */
  checklist: 'M9 6h11M9 12h11M9 18h11M3.5 6l1.2 1.2L7 5M3.5 12l1.2 1.2L7 11M3.5 18l1.2 1.2L7 17',
  /** Registering. */
  'user-plus': 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM2 21c0-3.9 3.1-7 7-7s7 3.1 7 7M19 8v6M16 11h6',
  /** Take care: something may be wrong or unconfirmed. */
  alert: 'M12 3 2 20h20L12 3Zm0 6v5m0 3h.01',
  /** Work. */
  briefcase: 'M3 8h18v12H3zM8 8V5h8v3M3 13h18',
  /** Calling or contacting. */
  phone:
    'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2Z',
  /** Good to know: a note. */
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9h.01',
  /** Your privacy: nothing is kept. */
  shield: 'M12 3 4 6v6c0 4.5 3.4 8.1 8 9 4.6-.9 8-4.5 8-9V6l-8-3Z',
  /** A shop or small business. */
  store:
    'M4 9h16l-1.5-5h-13L4 9Zm0 0v11h16V9M9 20v-6h6v6M4 9c0 1.7 1.3 3 3 3s3-1.3 3-3m0 0c0 1.7 1.3 3 3 3s3-1.3 3-3m-2 0c0 1.7 1.3 3 3 3s3-1.3 3-3',
  /** Time. */
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-14v5l3.5 2',
  /** A person to ask: the staff. */
  person: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4 21c0-4.4 3.6-8 8-8s8 3.6 8 8',
  /** Touch the screen. */
  hand: 'M8 13V5.5a1.5 1.5 0 0 1 3 0V11m0-6.5a1.5 1.5 0 0 1 3 0V11m0-5a1.5 1.5 0 0 1 3 0v7c0 4.4-2.7 8-7 8-3 0-4.6-1.6-6-4l-2-3.5a1.5 1.5 0 0 1 2.6-1.5L8 15',
  /** Printing. */
  printer:
    'M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z',
  /** Done, or good news. */
  checkCircle: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-4-9 3 3 5-6',
  /** An official (government) source. */
  landmark: 'M12 3 3 8h18l-9-5ZM5 11v7M9.7 11v7M14.3 11v7M19 11v7M3 21h18',
  /** The rough eligibility check: a few questions to answer. */
  clipboardCheck:
    'M9 4H6a1 1 0 0 0-1 1v15a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V5a1 1 0 0 0-1-1h-3M9 3h6v3H9zM9 14l2 2 4-5',
  /** Could go either way: the answers alone cannot tell. */
  scales:
    'M12 3v18M8 21h8M4 7h16M4 7l-3 7c0 1.7 1.3 3 3 3s3-1.3 3-3L4 7Zm16 0-3 7c0 1.7 1.3 3 3 3s3-1.3 3-3l-3-7Z',
  /** Other ways to go: help elsewhere. */
  signpost: 'M12 3v18M8 21h8M5 5h11l3 2.5-3 2.5H5zM19 12H8l-3 2.5L8 17h11z',
  /** A family. */
  family:
    'M8 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8.5 1a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM2 20c0-3.3 2.7-6 6-6s6 2.7 6 6m0-5.4c.8-.4 1.6-.6 2.5-.6 3 0 5.5 2.5 5.5 5.5',
  /** Your application, once it is in (follow-up, objections, updates). */
  folder: 'M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1Z',
} as const;

export type IconName = keyof typeof paths;

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(paths, name);
}

export type IconProps = {
  readonly name: IconName;
  /** Icons that point a direction (back, forward) mirror in right-to-left layouts. */
  readonly isDirectional?: boolean;
  readonly className?: string;
};

export function Icon({ name, isDirectional = false, className }: IconProps) {
  return (
    <svg
      className={['icon', isDirectional ? 'icon--directional' : '', className ?? '']
        .join(' ')
        .trim()}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
