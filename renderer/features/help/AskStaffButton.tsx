/**
 * "Ask a staff member", wherever a citizen may need a person: a large choice on home, a button
 * where a search found nothing, a short line with the button under answers, guide pages and the
 * eligibility result. Opens the help screen, which says what happens before anything is taken.
 */
import { useTranslation } from 'react-i18next';
import { ChoiceButton } from '../../ui/ChoiceButton';
import { Icon } from '../../ui/Icon';
import { useKiosk } from '../../visit/context';
import type { HelpFrom } from './helpDesk';
import './help.css';

export type AskStaffButtonProps = {
  readonly from: HelpFrom;
  /**
   * `choice`: a home-screen choice card. `button`: the button alone (a primary action).
   * `panel` (default): one line saying a person can help, and the button.
   */
  readonly variant?: 'choice' | 'button' | 'panel';
};

export function AskStaffButton({ from, variant = 'panel' }: AskStaffButtonProps) {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
  const open = () => navigate({ name: 'help-ticket', from });

  if (variant === 'choice') {
    return (
      <ChoiceButton
        icon="person"
        title={t('help.ask.button')}
        description={t('help.ask.choiceBody')}
        onSelect={open}
      />
    );
  }
  const button = (
    <button
      type="button"
      className={`button ${variant === 'button' ? 'button--primary' : 'button--secondary'} help-ask__button`}
      onClick={open}
    >
      <Icon name="person" />
      {t('help.ask.button')}
    </button>
  );
  if (variant === 'button') return button;
  return (
    <div className="help-ask">
      <p className="help-ask__text">{t('help.ask.panelBody')}</p>
      {button}
    </div>
  );
}
