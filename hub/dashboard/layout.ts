/**
 * The frame of every dashboard page: the document in the page's language and direction, the
 * header (hub name, pages, who is signed in, sign-out, language switch) and the main content.
 * No inline style or script anywhere (the CSP forbids both); one stylesheet served as a file.
 */
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';
import type { Manager } from './managers';

export type PageName = 'kiosks' | 'report' | 'content';

/** The stylesheet's address (a file route of the plugin). */
export const stylesheetPath = '/dashboard/assets/dashboard.css';

export type PageFrame = {
  readonly tr: Translator;
  readonly title: string;
  /** The link that shows this same page in the other language. */
  readonly switchHref: string;
  readonly body: SafeHtml;
  /** Signed in: the header shows the pages and the sign-out button. */
  readonly manager?: Manager & { readonly scopeName: string };
  readonly active?: PageName;
  /** The print page: no navigation, laid out for A4. */
  readonly isPrint?: boolean;
};

function navigation(tr: Translator, active: PageName | undefined): SafeHtml {
  const pages: readonly [PageName, string, string][] = [
    ['kiosks', '/dashboard', tr.t('navKiosks')],
    ['report', '/dashboard/report', tr.t('navReport')],
    ['content', '/dashboard/content', tr.t('navContent')],
  ];
  return html`<nav class="site-nav" aria-label="${tr.t('navLabel')}">
    <ul class="site-nav__list">
      ${pages.map(
        ([name, href, label]) =>
          html`<li>
            <a
              class="site-nav__link"
              href="${href}"
              ${name === active ? html` aria-current="page"` : ''}
              >${label}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The whole document. */
export function page(frame: PageFrame): string {
  const { tr, manager } = frame;
  const other = tr.lang === 'ar' ? 'en' : 'ar';
  const header = html`<header class="site-header">
    <div class="site-header__bar">
      <p class="site-header__name">${tr.t('appName')}</p>
      <div class="site-header__tools">
        ${
          manager
            ? html`<p class="site-header__who">
                  <span>${tr.t('signedInAs', { name: manager.name })}</span>
                  <span class="site-header__scope">${manager.scopeName}</span>
                </p>
                <form method="post" action="/sign-out" class="site-header__sign-out">
                  <button type="submit" class="button button--quiet">${tr.t('signOut')}</button>
                </form>`
            : ''
        }
        <a
          class="button button--quiet"
          href="${frame.switchHref}"
          lang="${other}"
          hreflang="${other}"
          >${tr.t('switchLanguage')}</a
        >
      </div>
    </div>
    ${manager && frame.isPrint !== true ? navigation(tr, frame.active) : ''}
  </header>`;
  return html`<!doctype html>
    <html lang="${tr.lang}" dir="${tr.dir}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${frame.title} · ${tr.t('appName')}</title>
        <link rel="stylesheet" href="${stylesheetPath}" />
      </head>
      <body class="${frame.isPrint === true ? 'page page--print' : 'page'}">
        <a class="skip-link" href="#main">${tr.t('skipLink')}</a>
        ${header}
        <main id="main" class="site-main" tabindex="-1">${frame.body}</main>
      </body>
    </html> `.text;
}

/** A message page (not found, not allowed). */
export function messageBody(
  title: string,
  text: string,
  link?: { href: string; label: string },
): SafeHtml {
  return html`<h1>${title}</h1>
    <p class="lead">${text}</p>
    ${link ? html`<p><a class="button" href="${link.href}">${link.label}</a></p>` : ''}`;
}
