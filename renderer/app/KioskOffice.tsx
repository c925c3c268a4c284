/**
 * This kiosk's office (from its settings) in the visitor's language: one place for the answer
 * that names the office and for the guide's "where to get help".
 */
import { useTranslation } from 'react-i18next';
import { OfficeDetails } from '../ui/OfficeDetails';
import { useKiosk } from '../visit/context';

export function KioskOffice() {
  const { t } = useTranslation();
  const { office, lang } = useKiosk();
  return (
    <OfficeDetails
      office={office}
      lang={lang}
      labels={{
        address: t('office.address'),
        hours: t('office.hours'),
        phone: t('office.phone'),
        notSet: t('office.notSet'),
      }}
    />
  );
}
