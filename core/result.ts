/**
 * Errors are values at every boundary (IPC, sync, content loading): a call either succeeds with a
 * value or fails with a translatable code and a developer-facing message.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };

/** A failure: `code` is stable and translatable (`errors.<code>` in i18n); `message` is for logs. */
export type Err<C extends string = string> = {
  readonly ok: false;
  readonly error: { readonly code: C; readonly message: string };
};

export type Result<T, C extends string = string> = Ok<T> | Err<C>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<C extends string>(code: C, message: string): Err<C> {
  return { ok: false, error: { code, message } };
}
