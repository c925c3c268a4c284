/**
 * The last line of defence: if the shell itself fails (or the kiosk cannot start), a visitor sees
 * a calm message in both languages and the kiosk reloads to the attract screen by itself. The visit
 * that was open is closed as crash-recovered at the next start. Never a stack trace.
 */
import { Component, useEffect, type ReactNode } from 'react';
import { resources } from '../i18n';

/** How long the message stays before the kiosk reloads itself. */
export const restartDelayMilliseconds = 5000;

export function RestartNotice({ reload }: { readonly reload: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(reload, restartDelayMilliseconds);
    return () => window.clearTimeout(timer);
  }, [reload]);
  const ar = resources.ar.translation.restart;
  const en = resources.en.translation.restart;
  return (
    <main className="attract restart" role="alert">
      <span className="brand-mark brand-mark--large" aria-hidden="true">
        {ar.brand}
      </span>
      <h1 className="attract__title">
        {ar.title}
        <span lang="en" dir="ltr" className="attract__title-en">
          {en.title}
        </span>
      </h1>
      <p className="attract__headline">{ar.body}</p>
      <p className="attract__headline attract__headline--en" lang="en" dir="ltr">
        {en.body}
      </p>
    </main>
  );
}

type Props = { readonly children: ReactNode; readonly reload: () => void };
type State = { readonly hasError: boolean };

export class RootBoundary extends Component<Props, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('kiosk shell failed; reloading', error);
  }

  override render() {
    return this.state.hasError ? <RestartNotice reload={this.props.reload} /> : this.props.children;
  }
}
