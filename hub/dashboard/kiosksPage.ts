/**
 * The kiosks page: each kiosk of the manager's office (or of every office), when it last reached
 * the hub (relative, and absolute in Saudi time with the Hijri date), what it said about itself
 * then (pending and refused visits, content and app versions, storage), and today's visits.
 * Policy: a kiosk not heard from in over `staleHours` hours is marked, in words and not colour
 * alone, and counted in the summary line.
 */
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';
import type { KioskRow } from './queries';

function statusText(tr: Translator, value: unknown): string {
  return typeof value === 'number' || typeof value === 'string'
    ? typeof value === 'number'
      ? tr.count(value)
      : value
    : tr.t('unknown');
}

/** A version as written (left to right even on an Arabic page: `2026.12.02-1`). */
function versionText(tr: Translator, value: unknown): SafeHtml {
  return typeof value === 'string'
    ? html`<bdi dir="ltr">${value}</bdi>`
    : html`<span class="muted">${tr.t('unknown')}</span>`;
}

function storageText(tr: Translator, storage: unknown): SafeHtml {
  switch (storage) {
    case 'ok':
      return html`<span class="tag tag--ok">${tr.t('storageOk')}</span>`;
    case 'degraded':
      return html`<span class="tag tag--warning">${tr.t('storageDegraded')}</span>`;
    case 'full':
      return html`<span class="tag tag--error">${tr.t('storageFull')}</span>`;
    default:
      return html`<span class="muted">${tr.t('unknown')}</span>`;
  }
}

function isStale(kiosk: KioskRow, now: number, staleHours: number): boolean {
  return kiosk.lastContactAt === null || now - kiosk.lastContactAt > staleHours * 3_600_000;
}

function lastContact(tr: Translator, kiosk: KioskRow, now: number, staleHours: number): SafeHtml {
  if (kiosk.lastContactAt === null) {
    return html`<span class="tag tag--warning">${tr.t('neverContacted')}</span>`;
  }
  const when = tr.instant(kiosk.lastContactAt);
  return html`<span class="when">
      <strong class="when__relative">${tr.ago(kiosk.lastContactAt, now)}</strong>
      <span class="when__absolute">${when.gregorian}</span>
      <span class="when__hijri">${when.hijri}</span>
    </span>
    ${
      isStale(kiosk, now, staleHours)
        ? html`<span class="tag tag--warning">${tr.plural('notHeardFrom', staleHours)}</span>`
        : ''
    }`;
}

export function kiosksBody(
  tr: Translator,
  kiosks: readonly KioskRow[],
  options: { readonly now: number; readonly staleHours: number; readonly showOffice: boolean },
): SafeHtml {
  const { now, staleHours, showOffice } = options;
  const stale = kiosks.filter((kiosk) => isStale(kiosk, now, staleHours)).length;
  const today = tr.instant(now);
  return html`<h1>${tr.t('kiosksTitle')}</h1>
    <p class="lead">${tr.t('kiosksIntro')}</p>
    <p class="today"><span>${today.gregorian}</span> <span class="muted">${today.hijri}</span></p>
    ${
      kiosks.length === 0
        ? html`<p class="notice">${tr.t('kiosksEmpty')}</p>`
        : html`<p class="summary-line">
              ${tr.plural('kiosksSummary', kiosks.length, { stale: tr.count(stale) })}
            </p>
            <div class="table-wrap">
              <table class="data-table kiosk-table">
                <thead>
                  <tr>
                    <th scope="col">${tr.t('kioskColumn')}</th>
                    ${showOffice ? html`<th scope="col">${tr.t('kioskOffice')}</th>` : ''}
                    <th scope="col">${tr.t('lastContactColumn')}</th>
                    <th scope="col" class="number">${tr.t('todayColumn')}</th>
                    <th scope="col" class="number">${tr.t('pendingColumn')}</th>
                    <th scope="col" class="number">${tr.t('rejectedColumn')}</th>
                    <th scope="col">${tr.t('contentColumn')}</th>
                    <th scope="col">${tr.t('appColumn')}</th>
                    <th scope="col">${tr.t('storageColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${kiosks.map(
                    (kiosk) =>
                      html`<tr class="${isStale(kiosk, now, staleHours) ? 'is-stale' : ''}">
                        <th scope="row">
                          <a href="/dashboard/report?kiosk=${encodeURIComponent(kiosk.id)}"
                            ><bdi>${kiosk.name}</bdi></a
                          >
                        </th>
                        ${showOffice ? html`<td><bdi>${kiosk.officeName}</bdi></td>` : ''}
                        <td>${lastContact(tr, kiosk, now, staleHours)}</td>
                        <td class="number"><bdi>${tr.count(kiosk.visitsToday)}</bdi></td>
                        <td class="number"><bdi>${statusText(tr, kiosk.status?.pending)}</bdi></td>
                        <td class="number">
                          ${
                            typeof kiosk.status?.rejected === 'number' && kiosk.status.rejected > 0
                              ? html`<strong class="figure-alert"
                                  ><bdi>${tr.count(kiosk.status.rejected)}</bdi></strong
                                >`
                              : html`<bdi>${statusText(tr, kiosk.status?.rejected)}</bdi>`
                          }
                        </td>
                        <td>${versionText(tr, kiosk.status?.contentVersion)}</td>
                        <td>${versionText(tr, kiosk.status?.appVersion)}</td>
                        <td>${storageText(tr, kiosk.status?.storage)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }`;
}
