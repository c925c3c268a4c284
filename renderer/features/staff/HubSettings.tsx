/**
 * The administrator's connection to the office hub: the hub and kiosk in use, importing the
 * provisioning file the hub printed for this kiosk, or typing the hub's address and the token, and
 * disconnecting. Policy: the token is handed to the bridge and never shown again (main keeps it in
 * Electron); every change is audited by the sync service; in Electron the window reloads after a
 * change, so the page's CSP names the new hub.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSync } from '../../sync';
import { TextEntry } from './TextEntry';
import { useSyncConfig } from './useSyncConfig';

export type HubSettingsProps = {
  readonly sync: KioskSync;
  readonly account: StaffAccount;
};

type Field = 'hubUrl' | 'token' | 'kioskId';
type Outcome =
  | { readonly kind: 'connected' | 'disconnected' }
  | { readonly kind: 'failed'; readonly code: string };

const knownErrors = new Set([
  'invalid-request',
  'cancelled',
  'write-failed',
  'unsupported',
  'key-unreadable',
]);

export function HubSettings({ sync, account }: HubSettingsProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<Field, string>>({ hubUrl: '', token: '', kioskId: '' });
  const [editing, setEditing] = useState<Field | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [isBusy, setBusy] = useState(false);
  const config = useSyncConfig(sync, outcome);

  const run = async (
    action: () => Promise<{ ok: boolean; error?: { code: string } }>,
    kind: 'connected' | 'disconnected',
  ) => {
    setBusy(true);
    try {
      const result = await action();
      setOutcome(result.ok ? { kind } : { kind: 'failed', code: result.error?.code ?? 'other' });
      if (result.ok) {
        setDraft({ hubUrl: '', token: '', kioskId: '' });
        setEditing(undefined);
      }
    } finally {
      setBusy(false);
    }
  };
  const connect = () =>
    run(
      () =>
        sync.connect(account.id, {
          hubUrl: draft.hubUrl.trim(),
          ...(draft.token.trim() === '' ? {} : { token: draft.token.trim() }),
          ...(draft.kioskId.trim() === '' ? {} : { kioskId: draft.kioskId.trim() }),
        }),
      'connected',
    );
  const field = (name: Field, maxLength: number) => (
    <TextEntry
      label={t(`staff.sync.field.${name}`)}
      hint={t(`staff.sync.field.${name}Hint`)}
      value={draft[name]}
      onChange={(value) => setDraft((current) => ({ ...current, [name]: value }))}
      maxLength={maxLength}
      layout="en"
      dir="ltr"
      hasKeyboard={editing === name}
      onFocus={() => setEditing(name)}
    />
  );
  const failure = outcome?.kind === 'failed' ? outcome.code : undefined;

  return (
    <div className="admin-group">
      <h3 className="admin-group__title">{t('staff.sync.connectionTitle')}</h3>
      <dl className="staff-facts">
        <div className="staff-facts__row">
          <dt>{t('staff.sync.hub')}</dt>
          <dd dir="ltr">{config?.hubUrl ?? t('staff.sync.noHub')}</dd>
        </div>
        {config?.kioskId !== undefined && (
          <div className="staff-facts__row">
            <dt>{t('staff.sync.kioskId')}</dt>
            <dd dir="ltr">{config.kioskId}</dd>
          </div>
        )}
        {config?.kioskName !== undefined && (
          <div className="staff-facts__row">
            <dt>{t('staff.sync.kioskName')}</dt>
            <dd>{config.kioskName}</dd>
          </div>
        )}
      </dl>
      <p className="notice notice--info admin-group__note">{t('staff.sync.fileNote')}</p>
      <div className="staff-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => void run(() => sync.connectWithFile(account.id), 'connected')}
        >
          {t('staff.sync.importFile')}
        </button>
        {config?.hubUrl !== undefined && (
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void run(() => sync.disconnect(account.id), 'disconnected')}
          >
            {t('staff.sync.disconnect')}
          </button>
        )}
      </div>
      <p>{t('staff.sync.typeNote')}</p>
      {field('hubUrl', 200)}
      {field('token', 47)}
      {field('kioskId', 200)}
      <div className="staff-panel__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={isBusy || draft.hubUrl.trim() === ''}
          onClick={() => void connect()}
        >
          {t('staff.sync.connect')}
        </button>
      </div>
      <p className="admin-outcome" role="status">
        {outcome?.kind === 'connected' && t('staff.sync.connected')}
        {outcome?.kind === 'disconnected' && t('staff.sync.disconnected')}
      </p>
      {failure !== undefined && (
        <p className="notice notice--warning" role="alert">
          {t(`staff.sync.connectErrors.${knownErrors.has(failure) ? failure : 'other'}`)}
        </p>
      )}
    </div>
  );
}
