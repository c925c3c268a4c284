/**
 * The keypad during a visit: Back goes to the previous screen (or gives an open question its safe
 * answer, as Escape does), Help explains the screen and starts listen mode.
 */
import { useTranslation } from 'react-i18next';
import { useListen } from '../features/listen';
import { useKiosk } from '../visit/context';
import { useKeypad } from './useKeypad';

export function VisitKeys({ isActive }: { readonly isActive: boolean }) {
  const { t } = useTranslation();
  const listen = useListen();
  const { back, canGoBack } = useKiosk();
  useKeypad(
    {
      onBack: () => {
        const dialogs = document.querySelectorAll('dialog[open]');
        const dialog = dialogs[dialogs.length - 1];
        if (dialog) dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
        else if (canGoBack) back();
        else if (listen.isOn) listen.say([t('listen.firstScreen')]);
      },
      onHelp: listen.help,
      onWrap: listen.noteWrap,
    },
    isActive,
  );
  return null;
}
