/**
 * Where to get help after leaving the kiosk: this kiosk's office (from its settings) and the
 * contact channels of the guide. A channel no official source confirms carries a visible warning with its note.
 */
import { useTranslation } from 'react-i18next';
import { KioskOffice } from '../../app/KioskOffice';
import { useKiosk } from '../../visit/context';
import { Icon } from '../../ui/Icon';
import { useGuide } from './guideContent';

export function OfficeContacts() {
  const { t } = useTranslation();
  const { lang } = useKiosk();
  const { office } = useGuide();
  return (
    <section className="guide-section" aria-labelledby="guide-contacts">
      <h2 id="guide-contacts" className="guide-section__title">
        <Icon name="phone" />
        {t('guide.contacts.title')}
      </h2>
      <KioskOffice />
      <ul className="guide-contacts">
        {office.contact.map((channel) => (
          <li
            key={channel.id}
            className={`guide-contact${channel.isUnconfirmed ? ' notice notice--warning' : ''}`}
          >
            {channel.isUnconfirmed && <Icon name="alert" />}
            <div>
              <p className="guide-contact__label">{channel.label[lang]}</p>
              {channel.value !== undefined && (
                <p className="guide-contact__value">
                  <bdi>{channel.value}</bdi>
                </p>
              )}
              {channel.note && <p className="guide-contact__note">{channel.note[lang]}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
