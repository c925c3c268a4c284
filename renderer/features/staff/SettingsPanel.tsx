/**
 * The administrator's settings: the kiosk's name, the office's details as citizens see them, the
 * idle timings, the closing time, how long callback details and sent visits are kept, the print
 * limits, and the connection to the office hub (which has its own buttons: it is saved at once).
 * Policy: only the changed keys are saved, and the activity log records which keys changed,
 * never their values; where reports are written is the machine's business (kiosk-config.json),
 * so this screen only says so.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import {
  maxKioskNameLength,
  maxPhoneLength,
  numericLimits,
  officeTextKeys,
  type NumericSettingKey,
} from './adminSettings';
import { useSettingsForm } from './adminSettingsForm';
import {
  ClosingTimeSetting,
  NumberSetting,
  OfficeTextSetting,
  settingsErrorText,
  SpeechOutputSetting,
  type SettingUnit,
} from './adminSettingsFields';
import { HubSettings } from './HubSettings';
import type { StaffServices } from './services';
import { TextEntry } from './TextEntry';

export type SettingsPanelProps = {
  readonly services: StaffServices;
  readonly account: StaffAccount;
  readonly settings: KioskSettings;
};

const units: Readonly<Record<NumericSettingKey, SettingUnit>> = {
  idleTimeoutSeconds: 'seconds',
  idleWarningSeconds: 'seconds',
  callbackRetentionDays: 'days',
  sentVisitRetentionDays: 'days',
  maxPrintsPerVisit: 'prints',
  printIntervalSeconds: 'seconds',
};

export function SettingsPanel({ services, account, settings }: SettingsPanelProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'ar';
  const { section, draft, errors, editing, setEditing, outcome, isBusy, update, save, undo } =
    useSettingsForm({ services, account, settings });

  const numberSetting = (key: NumericSettingKey) => (
    <NumberSetting
      label={t(`staff.settings.${key}`)}
      unit={units[key]}
      limit={numericLimits[key]}
      value={draft[key]}
      onChange={(value) => update(key, value)}
      isTyping={editing === key}
      onTypingChange={(isTyping) => setEditing(isTyping ? key : undefined)}
      error={errors[key]}
    />
  );

  return (
    <section
      className="staff-panel admin-settings"
      aria-labelledby="staff-panel-title"
      ref={section}
    >
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.settings.title')}
      </h2>
      <p className="staff-panel__intro">{t('staff.settings.intro')}</p>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.kioskGroup')}</h3>
        <TextEntry
          label={t('staff.settings.kioskName')}
          hint={t('staff.settings.kioskNameHint')}
          value={draft.kioskName}
          onChange={(value) => update('kioskName', value)}
          maxLength={maxKioskNameLength}
          layout={lang}
          hasKeyboard={editing === 'kioskName'}
          onFocus={() => setEditing('kioskName')}
          error={errors.kioskName && settingsErrorText(t, errors.kioskName)}
        />
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.officeGroup')}</h3>
        <p className="notice notice--info admin-group__note">{t('staff.settings.pairNote')}</p>
        {officeTextKeys.map((key) => (
          <OfficeTextSetting
            key={key}
            field={key}
            value={draft[key]}
            onChange={(value) => update(key, value)}
            errors={errors}
            editing={editing}
            onEdit={setEditing}
            isMultiline={key !== 'officeName'}
          />
        ))}
        <TextEntry
          label={t('staff.settings.officePhone')}
          hint={t('staff.settings.officePhoneHint')}
          value={draft.officePhone}
          onChange={(value) => update('officePhone', value)}
          maxLength={maxPhoneLength}
          layout="en"
          dir="ltr"
          hasKeyboard={editing === 'officePhone'}
          onFocus={() => setEditing('officePhone')}
          error={errors.officePhone && settingsErrorText(t, errors.officePhone)}
        />
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.idleGroup')}</h3>
        {numberSetting('idleTimeoutSeconds')}
        {numberSetting('idleWarningSeconds')}
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.reportGroup')}</h3>
        <ClosingTimeSetting
          value={draft.closingTime}
          onChange={(value) => update('closingTime', value)}
          error={errors.closingTime}
        />
        <div className="admin-readonly">
          <p className="admin-setting__label">{t('staff.settings.reportFolder')}</p>
          <p className="admin-readonly__text">{t('staff.settings.reportFolderText')}</p>
        </div>
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.privacyGroup')}</h3>
        {numberSetting('callbackRetentionDays')}
        {numberSetting('sentVisitRetentionDays')}
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.printGroup')}</h3>
        {numberSetting('maxPrintsPerVisit')}
        {numberSetting('printIntervalSeconds')}
      </div>

      <div className="admin-group">
        <h3 className="admin-group__title">{t('staff.settings.listenGroup')}</h3>
        <SpeechOutputSetting
          value={draft.speechOutput}
          onChange={(value) => update('speechOutput', value)}
        />
      </div>

      <HubSettings sync={services.sync} account={account} />

      <div className="staff-panel__actions">
        <button
          type="button"
          className="button button--primary button--huge"
          disabled={isBusy}
          onClick={() => void save()}
        >
          {t('staff.settings.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={undo}>
          {t('staff.settings.undo')}
        </button>
      </div>
      <p className="admin-outcome" role="status">
        {outcome === 'saved' && t('staff.settings.saved')}
        {outcome === 'unchanged' && t('staff.settings.unchanged')}
      </p>
      {(outcome === 'invalid' || outcome === 'failed') && (
        <p className="notice notice--warning" role="alert">
          {outcome === 'invalid' ? t('staff.settings.fix') : t('staff.settings.failed')}
        </p>
      )}
    </section>
  );
}
