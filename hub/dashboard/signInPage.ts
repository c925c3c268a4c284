/** The sign-in page: name and password, and one message that never says which of them was wrong. */
import { html, type SafeHtml } from './html';
import type { Translator } from './i18n';

export type SignInNotice =
  | { readonly kind: 'failed' }
  | { readonly kind: 'throttled'; readonly waitSeconds: number }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'session-ended' };

export function signInBody(tr: Translator, notice?: SignInNotice, name = ''): SafeHtml {
  const isError = notice?.kind === 'failed' || notice?.kind === 'throttled';
  let message = '';
  if (notice?.kind === 'failed') message = tr.t('signInFailed');
  else if (notice?.kind === 'throttled') message = tr.plural('signInThrottled', notice.waitSeconds);
  else if (notice?.kind === 'signed-out') message = tr.t('signedOut');
  else if (notice?.kind === 'session-ended') message = tr.t('sessionEnded');
  return html`<div class="sign-in">
    <h1>${tr.t('signInTitle')}</h1>
    <p class="lead">${tr.t('signInIntro')}</p>
    ${
      message === ''
        ? ''
        : isError
          ? html`<div class="notice notice--error" role="alert" id="sign-in-error">
              <h2 class="notice__title">${tr.t('signInErrorTitle')}</h2>
              <p>${message}</p>
            </div>`
          : html`<div class="notice" role="status"><p>${message}</p></div>`
    }
    <form method="post" action="/sign-in" class="form">
      <div class="field">
        <label class="field__label" for="name">${tr.t('signInName')}</label>
        <input
          class="field__input"
          id="name"
          name="name"
          type="text"
          autocomplete="username"
          required
          maxlength="100"
          value="${name}"
          ${isError ? html` aria-describedby="sign-in-error"` : ''}
        />
      </div>
      <div class="field">
        <label class="field__label" for="password">${tr.t('signInPassword')}</label>
        <input
          class="field__input"
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="1000"
        />
      </div>
      <button type="submit" class="button button--primary">${tr.t('signInSubmit')}</button>
    </form>
  </div>`;
}
