/**
 * The kiosk's health for the staff: whether visits are being saved, failed writes, space used,
 * the content (ContentHealth.tsx) and kiosk versions, and sending to the office (status, "Send
 * now", and the visits the office refused).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../core/staff/types';
import type { KioskSettings } from '../../db/settingsRepository';
import { useVoices, type VoiceInfo } from '../listen';
import type { RecorderHealth, VisitRecorder } from '../../visit/recorder';
import { FactList, type Fact } from './FactList';
import { ContentHealth } from './ContentHealth';
import { DeadLetterList } from './DeadLetterList';
import type { StaffServices } from './services';
import { SyncStatusBlock } from './SyncStatusBlock';
import { usePolling } from './usePolling';

export type HealthPanelProps = {
  readonly services: StaffServices;
  readonly recorder: VisitRecorder;
  readonly settings: KioskSettings;
  readonly account: StaffAccount;
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function useRecorderHealth(recorder: VisitRecorder): RecorderHealth {
  const [health, setHealth] = useState(recorder.health());
  useEffect(() => recorder.subscribe(setHealth), [recorder]);
  return health;
}

export function HealthPanel({ services, recorder, settings, account }: HealthPanelProps) {
  const { t } = useTranslation();
  const health = useRecorderHealth(recorder);
  const readFacts = useCallback(async () => {
    const [counts, estimate, appInfo] = await Promise.all([
      services.visitCounts(),
      navigator.storage?.estimate?.().catch(() => undefined),
      services.bridge.getAppInfo(),
    ]);
    return { counts, estimate, version: appInfo.ok ? appInfo.value.version : undefined };
  }, [services]);
  const facts = usePolling(readFacts, 10_000);
  const voices = useVoices();
  const voiceText = (voice: VoiceInfo | undefined) =>
    voice ? t('staff.health.voiceValue', voice) : t('staff.health.noVoice');
  const rows: Fact[] = [
    [t('staff.health.storage'), t(`staff.health.storage-${health.storage}`)],
    [t('staff.health.failedWrites'), String(health.failedWrites)],
    [t('staff.health.pendingWrites'), String(health.pendingInMemory)],
    [t('staff.health.visitsStored'), facts ? String(facts.counts.stored) : '…'],
    [
      t('staff.health.usage'),
      facts?.estimate?.usage !== undefined && facts.estimate.quota !== undefined
        ? t('staff.health.usageValue', {
            used: megabytes(facts.estimate.usage),
            quota: megabytes(facts.estimate.quota),
          })
        : t('staff.health.unknown'),
    ],
    [t('staff.health.voiceAr'), voiceText(voices.ar)],
    [t('staff.health.voiceEn'), voiceText(voices.en)],
    [
      t('staff.health.speechOutput'),
      t(
        settings.speechOutput === 'headphones'
          ? 'staff.settings.speechHeadphones'
          : 'staff.settings.speechAloud',
      ),
    ],
    [t('staff.health.app'), facts?.version ?? '…'],
    [t('staff.health.kioskId'), settings.kioskId, true],
  ];
  return (
    <section className="staff-panel" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.health.title')}
      </h2>
      <FactList facts={rows} />
      <ContentHealth source={services.content} />
      {health.lastError !== undefined && (
        <p className="notice notice--warning" dir="ltr">
          {health.lastError}
        </p>
      )}
      <SyncStatusBlock sync={services.sync} />
      <DeadLetterList sync={services.sync} account={account} />
    </section>
  );
}
