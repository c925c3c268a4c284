/** A large touch choice: icon, title and an optional line of explanation, the whole card tappable. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type ChoiceButtonProps = {
  readonly icon: IconName;
  readonly title: string;
  readonly description?: ReactNode;
  readonly onSelect: () => void;
  readonly variant?: 'primary' | 'plain';
};

export function ChoiceButton({
  icon,
  title,
  description,
  onSelect,
  variant = 'plain',
}: ChoiceButtonProps) {
  return (
    <button type="button" className={`choice choice--${variant}`} onClick={onSelect}>
      <span className="choice__icon">
        <Icon name={icon} />
      </span>
      <span className="choice__text">
        <span className="choice__title">{title}</span>
        {description !== undefined && <span className="choice__description">{description}</span>}
      </span>
      <Icon name="forward" isDirectional className="choice__chevron" />
    </button>
  );
}
