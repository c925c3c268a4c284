/**
 * The visits the office hub refused (the dead-letter list): each with when it happened and why, in
 * words. Policy: a refused visit is never dropped; an administrator may send it again once the
 * cause is fixed (the outbox puts it back as waiting, and the activity log records who did).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { StaffAccount } from '../../../core/staff/types';
import type { DeadLetterEntry, KioskSync } from '../../sync';
import { formatKioskDateTime } from './adminAudit';
import { usePolling } from './usePolling';

export type DeadLetterListProps = {
  readonly sync: KioskSync;
  readonly account: StaffAccount;
};

export function DeadLetterList({ sync, account }: DeadLetterListProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  const [version, setVersion] = useState(0);
  // A round that refused or settled visits changes the count: read the list again then.
  useEffect(() => {
    let rejected = sync.status().rejected;
    return sync.subscribe((status) => {
      if (status.rejected === rejected) return;
      rejected = status.rejected;
      setVersion((current) => current + 1);
    });
  }, [sync]);
  const read = useCallback(() => {
    void version;
    return sync.deadLetters();
  }, [sync, version]);
  const letters = usePolling(read, 10_000);
  const [outcome, setOutcome] = useState<'resent' | 'failed' | undefined>();
  const resend = async (letter: DeadLetterEntry) => {
    const isResent = await sync.resend(account.id, letter.visitId).catch(() => false);
    setOutcome(isResent ? 'resent' : 'failed');
    setVersion((current) => current + 1);
  };
  return (
    <div className="admin-group">
      <h3 className="admin-group__title">{t('staff.sync.deadLetters')}</h3>
      {letters !== undefined && letters.length === 0 && <p>{t('staff.sync.noDeadLetters')}</p>}
      {letters !== undefined && letters.length > 0 && (
        <>
          <p>{t('staff.sync.deadLettersIntro')}</p>
          <ul className="dead-letters" aria-label={t('staff.sync.deadLetters')}>
            {letters.map((letter) => (
              <li key={letter.visitId} className="dead-letters__item">
                <p>
                  <bdi>{formatKioskDateTime(letter.startedAt ?? letter.at, lang)}</bdi>
                  {' · '}
                  {t(`staff.sync.reasons.${letter.reason}`)}
                </p>
                {account.role === 'admin' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('staff.sync.resendVisit', {
                      when: formatKioskDateTime(letter.startedAt ?? letter.at, lang),
                    })}
                    onClick={() => void resend(letter)}
                  >
                    {t('staff.sync.resend')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="admin-outcome" role="status">
        {outcome === 'resent' && t('staff.sync.resent')}
        {outcome === 'failed' && t('staff.sync.resendFailed')}
      </p>
    </div>
  );
}
