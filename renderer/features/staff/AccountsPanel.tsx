/**
 * The administrator's staff accounts: who can sign in, who is switched off or locked, and the
 * ways to add an account, switch one off or on, and set a new PIN. Policy: accounts are never
 * deleted (the activity log still names them); switching one off is confirmed first; the
 * directory refuses any change not made by an administrator, and switching off the last one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import { accountState, knownAccountError, sortAccounts } from './adminAccounts';
import { AddAccountForm, ResetPinForm } from './adminAccountForms';
import { formatKioskDateTime } from './adminAudit';
import type { StaffServices } from './services';

export type AccountsPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
  /** Epoch milliseconds; injected so tests control which locks have run out. */
  readonly now?: () => number;
};

type Mode =
  | { readonly kind: 'list' }
  | { readonly kind: 'add' }
  | { readonly kind: 'reset'; readonly account: StaffAccount };

type AccountRowProps = {
  readonly account: StaffAccount;
  readonly isSelf: boolean;
  readonly now: number;
  readonly lang: Language;
  readonly isConfirming: boolean;
  readonly onAskDisable: () => void;
  readonly onCancelDisable: () => void;
  readonly onSetDisabled: (isDisabled: boolean) => void;
  readonly onResetPin: () => void;
};

function AccountRow(props: AccountRowProps) {
  const { t } = useTranslation();
  const { account } = props;
  const state = accountState(account, props.now);
  // Plain text, not IsolatedNumbers: a time's digits and colon must stay one run ("09:50"),
  // which isolating each number would split and reverse in Arabic.
  const stateText =
    state.kind === 'locked'
      ? t('staff.accounts.locked', { time: formatKioskDateTime(state.until, props.lang) })
      : t(`staff.accounts.${state.kind}`);
  const nameId = `admin-account-${account.id}`;
  const confirmBox = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // The question takes focus when it opens; the switch gets it back when it closes.
    if (props.isConfirming) confirmBox.current?.focus();
    else if (wasConfirming.current) toggle.current?.focus();
    wasConfirming.current = props.isConfirming;
  }, [props.isConfirming]);
  return (
    <li className="admin-account" aria-labelledby={nameId}>
      <div className="admin-account__head">
        <h4 id={nameId} className="admin-account__name">
          <bdi>{account.displayName}</bdi>
          {props.isSelf && ` ${t('staff.accounts.you')}`}
        </h4>
        <p className="admin-account__role">
          {account.role === 'admin'
            ? t('staff.dashboard.roleAdmin')
            : t('staff.dashboard.roleStaff')}
        </p>
        <p className={`admin-account__state admin-account__state--${state.kind}`}>{stateText}</p>
      </div>
      {props.isConfirming ? (
        <div
          className="notice notice--warning admin-account__confirm"
          role="group"
          aria-labelledby={`${nameId}-confirm`}
          tabIndex={-1}
          ref={confirmBox}
        >
          <p id={`${nameId}-confirm`}>
            {t('staff.accounts.confirmDisable', { name: account.displayName })}
          </p>
          <div className="admin-account__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => props.onSetDisabled(true)}
            >
              {t('staff.accounts.confirmYes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={props.onCancelDisable}
            >
              {t('staff.accounts.confirmNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="admin-account__actions">
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={nameId}
            onClick={props.onResetPin}
          >
            {t('staff.accounts.resetPin')}
          </button>
          {(account.isDisabled || !props.isSelf) && (
            // One button that changes its words, so focus stays on it after the change.
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={nameId}
              ref={toggle}
              onClick={account.isDisabled ? () => props.onSetDisabled(false) : props.onAskDisable}
            >
              {account.isDisabled ? t('staff.accounts.enable') : t('staff.accounts.disable')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function AccountsPanel({ services, account: admin, now = Date.now }: AccountsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  const [accounts, setAccounts] = useState<{ list: StaffAccount[]; at: number } | undefined>();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirming, setConfirming] = useState<string | undefined>();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | undefined>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { directory } = services;

  const reload = useCallback(
    () =>
      directory.list().then(
        (list) => setAccounts({ list, at: now() }),
        () => setMessage({ text: t('staff.accounts.loadFailed'), isError: true }),
      ),
    [directory, now, t],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const backToList = (text?: string) => {
    setMode({ kind: 'list' });
    setMessage(text === undefined ? undefined : { text, isError: false });
    void reload().then(() => listHeading.current?.focus());
  };

  const setDisabled = async (target: StaffAccount, isDisabled: boolean) => {
    setConfirming(undefined);
    try {
      const result = await directory.setDisabled(admin.id, target.id, isDisabled);
      const key = isDisabled ? 'disabledDone' : 'enabledDone';
      setMessage(
        result.ok
          ? { text: t(`staff.accounts.${key}`, { name: target.displayName }), isError: false }
          : {
              text: t(`staff.accounts.errors.${knownAccountError(result.error.code)}`),
              isError: true,
            },
      );
    } catch {
      setMessage({ text: t('staff.accounts.failed'), isError: true });
    }
    await reload();
  };

  return (
    <section className="staff-panel admin-accounts" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.accounts.title')}
      </h2>
      <p className="staff-panel__intro">{t('staff.accounts.intro')}</p>
      <p className="admin-outcome" role="status">
        {message !== undefined && !message.isError && message.text}
      </p>
      {message?.isError && (
        <p className="notice notice--warning" role="alert">
          {message.text}
        </p>
      )}
      {mode.kind === 'add' && (
        <AddAccountForm
          directory={directory}
          byId={admin.id}
          onAdded={(added) => backToList(t('staff.accounts.added', { name: added.displayName }))}
          onCancel={() => backToList()}
        />
      )}
      {mode.kind === 'reset' && (
        <ResetPinForm
          directory={directory}
          byId={admin.id}
          account={mode.account}
          onReset={(reset) => backToList(t('staff.accounts.pinReset', { name: reset.displayName }))}
          onCancel={() => backToList()}
        />
      )}
      {mode.kind === 'list' && (
        <>
          <button
            type="button"
            className="button button--primary admin-accounts__add"
            onClick={() => {
              setMessage(undefined);
              setMode({ kind: 'add' });
            }}
          >
            {t('staff.accounts.add')}
          </button>
          <h3 className="admin-group__title" tabIndex={-1} ref={listHeading}>
            {t('staff.accounts.listTitle')}
          </h3>
          {accounts !== undefined && (
            <ul className="admin-accounts__list">
              {sortAccounts(accounts.list, lang).map((listed) => (
                <AccountRow
                  key={listed.id}
                  account={listed}
                  isSelf={listed.id === admin.id}
                  now={accounts.at}
                  lang={lang}
                  isConfirming={confirming === listed.id}
                  onAskDisable={() => {
                    setMessage(undefined);
                    setConfirming(listed.id);
                  }}
                  onCancelDisable={() => setConfirming(undefined)}
                  onSetDisabled={(isDisabled) => void setDisabled(listed, isDisabled)}
                  onResetPin={() => {
                    setMessage(undefined);
                    setMode({ kind: 'reset', account: listed });
                  }}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
