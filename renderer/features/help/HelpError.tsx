/**
 * A problem with what was typed, GOV.UK style (the kiosk's `field-error`): a heading and the
 * message in plain words above the field, announced and focused when it appears (a new `attempt`
 * focuses it again).
 */
import { useEffect, useRef } from 'react';
import { Icon } from '../../ui/Icon';

export type HelpErrorProps = {
  readonly id: string;
  readonly title: string;
  readonly message: string;
  /** Increments on every failed try, so the same message is announced again. */
  readonly attempt: number;
};

export function HelpError({ id, title, message, attempt }: HelpErrorProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [attempt]);
  return (
    <div id={id} className="field-error" role="alert" tabIndex={-1} ref={box}>
      <Icon name="alert" />
      <div>
        <p className="field-error__title">{title}</p>
        <p>{message}</p>
      </div>
    </div>
  );
}
