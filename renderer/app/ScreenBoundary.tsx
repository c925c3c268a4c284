/**
 * One error boundary per screen: a failure shows a calm message and a way home, never a stack
 * trace. The error goes to the log for the office, not to the citizen.
 */
import { Component, createRef, type ReactNode } from 'react';
import { Icon } from '../ui/Icon';

export type ScreenBoundaryProps = {
  readonly children: ReactNode;
  readonly title: string;
  readonly body: string;
  readonly homeLabel: string;
  readonly onHome: () => void;
};

type State = { readonly hasError: boolean };

export class ScreenBoundary extends Component<ScreenBoundaryProps, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  private readonly heading = createRef<HTMLHeadingElement>();

  override componentDidCatch(error: unknown): void {
    console.error('screen failed', error);
  }

  override componentDidUpdate(_props: ScreenBoundaryProps, previous: State): void {
    // The screen the visitor was on vanished: tell them, where a screen reader will read it.
    if (this.state.hasError && !previous.hasError) this.heading.current?.focus();
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <section className="screen screen--error" aria-labelledby="screen-error-title">
        <div className="notice notice--calm">
          <Icon name="info" />
          <div>
            <h1 id="screen-error-title" className="screen__title" tabIndex={-1} ref={this.heading}>
              {this.props.title}
            </h1>
            <p>{this.props.body}</p>
          </div>
        </div>
        <button type="button" className="button button--primary" onClick={this.props.onHome}>
          <Icon name="home" />
          {this.props.homeLabel}
        </button>
      </section>
    );
  }
}
