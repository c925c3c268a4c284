/**
 * The frame of the kiosk's modal questions (inactivity, ending a visit): a `<dialog>` shown modal
 * while mounted (see useModalDialog), with an icon, a title and a line of explanation, then the
 * question's own content and answers. Escape answers the safe way (`onEscape`).
 */
import type { PointerEvent, ReactNode } from 'react';
import { Icon, type IconName } from '../../ui/Icon';
import { useModalDialog } from './useModalDialog';
import './idle.css';

export type ModalQuestionProps = {
  /** Prefix of the title's and explanation's element ids. */
  readonly id: string;
  readonly icon: IconName;
  readonly title: string;
  readonly body: string;
  /** `alertdialog` for a question that interrupts what the visitor was doing to confirm it. */
  readonly role?: 'alertdialog';
  readonly onEscape: () => void;
  readonly onPointerDown?: (
    event: PointerEvent<HTMLDialogElement>,
    dialog: HTMLDialogElement,
  ) => void;
  /** What follows the explanation: a countdown, the answers. */
  readonly children: ReactNode;
};

export function ModalQuestion({
  id,
  icon,
  title,
  body,
  role,
  onEscape,
  onPointerDown,
  children,
}: ModalQuestionProps) {
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      role={role}
      aria-modal={role === undefined ? undefined : true}
      className="idle-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onEscape();
      }}
      onPointerDown={(event) => {
        if (dialog.current) onPointerDown?.(event, dialog.current);
      }}
    >
      <Icon name={icon} className="idle-dialog__icon" />
      <h2 id={`${id}-title`} className="idle-dialog__title">
        {title}
      </h2>
      <p id={`${id}-body`} className="idle-dialog__body">
        {body}
      </p>
      {children}
    </dialog>
  );
}
