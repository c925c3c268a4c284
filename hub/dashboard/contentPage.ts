/** The content page: every published content version, newest first, and which one kiosks receive. */
import type { PublishedContent } from '../reports/content';
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';

export function contentBody(
  tr: Translator,
  versions: readonly PublishedContent[],
  shippedVersion: string,
): SafeHtml {
  return html`<h1>${tr.t('contentTitle')}</h1>
    <p class="lead">${tr.t('contentIntro')}</p>
    ${
      versions.length === 0
        ? html`<p class="notice">${tr.t('contentEmpty', { version: shippedVersion })}</p>`
        : html`<div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">${tr.t('versionColumn')}</th>
                  <th scope="col">${tr.t('publishedColumn')}</th>
                  <th scope="col">${tr.t('keyColumn')}</th>
                  <th scope="col">${tr.t('statusColumn')}</th>
                </tr>
              </thead>
              <tbody>
                ${versions.map((version, index) => {
                  const when = tr.instant(version.publishedAt);
                  return html`<tr>
                    <th scope="row"><bdi dir="ltr">${version.version}</bdi></th>
                    <td>
                      <span class="when"
                        ><span>${when.gregorian}</span
                        ><span class="when__hijri">${when.hijri}</span></span
                      >
                    </td>
                    <td><code dir="ltr">${version.keyId}</code></td>
                    <td>
                      ${
                        index === 0
                          ? html`<span class="tag tag--ok">${tr.t('servedNow')}</span>`
                          : html`<span class="muted">${tr.t('superseded')}</span>`
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }`;
}
