/**
 * One error boundary per screen: a failure shows a calm message and a way home, never a stack
 * trace. The error goes to the log for the office, not to the citizen.
 */
import { Component, type ReactNode } from 'react';
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

  override componentDidCatch(error: unknown): void {
    console.error('screen failed', error);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <section className="screen screen--error" aria-labelledby="screen-error-title">
        <div className="notice notice--calm">
          <Icon name="info" />
          <div>
            <h1 id="screen-error-title" className="screen__title" tabIndex={-1}>
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
