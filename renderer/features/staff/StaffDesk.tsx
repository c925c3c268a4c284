/**
 * The staff side as the shell shows it: the sign-in while someone is signing in, the staff screen
 * once they are. Between them and the citizen screens sits only `useStaffSession`'s phase.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import type { KioskSettings } from '../../db/settingsRepository';
import type { VisitRecorder } from '../../visit/recorder';
import { AccountsPanel } from './AccountsPanel';
import { AssistPanel } from './AssistPanel';
import { AuditPanel } from './AuditPanel';
import { BackupPanel } from './BackupPanel';
import { HealthPanel } from './HealthPanel';
import { QueuePanel } from './QueuePanel';
import { SettingsPanel } from './SettingsPanel';
import { SignInScreen } from './SignInScreen';
import { StaffDashboard, type StaffTab } from './StaffDashboard';
import { TodayPanel } from './TodayPanel';
import type { StaffServices } from './services';
import type { StaffSession } from './useStaffSession';
import './staff.css';

export type StaffDeskProps = {
  readonly session: StaffSession;
  readonly services: StaffServices;
  readonly recorder: VisitRecorder;
  readonly settings: KioskSettings;
  readonly hasOpenVisit: boolean;
  /** Starts an assisted visit in the citizen's language (ending any open visit first). */
  readonly onAssist: (lang: Language) => void;
  /** Signs out and shows the open citizen visit again. */
  readonly onReturnToVisit: () => void;
  readonly onSignOut: () => void;
  /** The report section, drawn by the report feature. */
  readonly renderReport: (staffId: string) => ReactNode;
};

export function StaffDesk({
  session,
  services,
  recorder,
  settings,
  hasOpenVisit,
  onAssist,
  onReturnToVisit,
  onSignOut,
  renderReport,
}: StaffDeskProps) {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage === 'en' ? 'en' : 'ar') as Language;
  const { phase } = session;
  if (phase.name === 'signing-in') {
    return (
      <SignInScreen
        directory={services.directory}
        onSignedIn={session.signedIn}
        onCancel={session.cancel}
      />
    );
  }
  if (phase.name !== 'dashboard') return null;
  const { account } = phase;
  const renderPanel = (tab: StaffTab): ReactNode => {
    switch (tab) {
      case 'today':
        return <TodayPanel services={services} />;
      case 'assist':
        return <AssistPanel onStart={onAssist} hasOpenVisit={hasOpenVisit} />;
      case 'queue':
        return <QueuePanel services={services} account={account} />;
      case 'report':
        return renderReport(account.id);
      case 'health':
        return (
          <HealthPanel
            services={services}
            recorder={recorder}
            settings={settings}
            account={account}
          />
        );
      case 'settings':
        return <SettingsPanel services={services} account={account} settings={settings} />;
      case 'accounts':
        return <AccountsPanel services={services} account={account} settings={settings} />;
      case 'audit':
        return <AuditPanel services={services} account={account} settings={settings} />;
      case 'backup':
        return <BackupPanel services={services} account={account} settings={settings} />;
      default: {
        const unreachable: never = tab;
        return unreachable;
      }
    }
  };
  return (
    <StaffDashboard
      account={account}
      lang={lang}
      onSwitchLanguage={() => void i18n.changeLanguage(lang === 'ar' ? 'en' : 'ar')}
      onSignOut={onSignOut}
      onReturnToVisit={hasOpenVisit ? onReturnToVisit : undefined}
      renderPanel={renderPanel}
    />
  );
}
