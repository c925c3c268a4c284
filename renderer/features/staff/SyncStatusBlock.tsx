/**
 * Sending to the office, as the health panel shows it: the hub's address, where the client stands,
 * the last sync (relative and as a time), visits waiting and refused, the last error in words, and
 * "Send now". Live: it follows the sync client's status as it changes.
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { KioskSync, SyncStatus } from '../../sync';
import { FactList, type Fact } from './FactList';
import { formatWhen, stateTone } from './syncView';
import { useSyncConfig } from './useSyncConfig';

export type SyncStatusBlockProps = {
  readonly sync: KioskSync;
  readonly now?: () => number;
};

function useSyncStatus(sync: KioskSync): SyncStatus {
  return useSyncExternalStore((changed) => {
    const unsubscribe = sync.subscribe(changed);
    return () => {
      unsubscribe();
    };
  }, sync.status);
}

export function SyncStatusBlock({ sync, now = Date.now }: SyncStatusBlockProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  const status = useSyncStatus(sync);
  const config = useSyncConfig(sync, status.state);
  const [isSending, setSending] = useState(false);
  const isConfigured = status.state !== 'not-configured';
  const rows: Fact[] = [
    [t('staff.sync.hub'), config?.hubUrl ?? t('staff.sync.noHub'), config?.hubUrl !== undefined],
    [t('staff.sync.state'), t(`staff.sync.states.${status.state}`)],
    [
      t('staff.sync.lastSync'),
      status.lastSyncAt === undefined
        ? t('staff.sync.never')
        : formatWhen(status.lastSyncAt, now(), lang),
    ],
    [t('staff.sync.pending'), t('staff.sync.visitCount', { count: status.pending })],
    [t('staff.sync.rejected'), t('staff.sync.visitCount', { count: status.rejected })],
  ];
  const send = () => {
    setSending(true);
    void sync.sendNow().finally(() => setSending(false));
  };
  return (
    <div className="admin-group" data-sync-state={status.state}>
      <h3 className="admin-group__title">{t('staff.sync.title')}</h3>
      <FactList facts={rows} />
      {status.lastError !== undefined && (
        <p className={`notice notice--${stateTone(status.state)}`} role="status">
          {t('staff.sync.lastError', {
            reason: t(`staff.sync.errors.${status.lastError.code}`),
            when: formatWhen(status.lastError.at, now(), lang),
          })}
        </p>
      )}
      {!isConfigured && <p className="notice notice--info">{t('staff.sync.notSetUp')}</p>}
      {isConfigured && (
        <div className="staff-panel__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={isSending || status.state === 'syncing'}
            onClick={send}
          >
            {t('staff.sync.sendNow')}
          </button>
        </div>
      )}
    </div>
  );
}
