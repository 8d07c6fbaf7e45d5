/**
 * The few extension APIs the content script uses, without webextension-polyfill: MV3 Chrome and Firefox both
 * return promises from `runtime.sendMessage`, and the polyfill would add ~10 KB to a script that loads on every
 * page of four busy sites.
 */
export interface RuntimeLike {
  id: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(
      listener: (
        message: unknown,
        sender: { id?: string },
        respond: (reply: unknown) => void,
      ) => boolean | undefined,
    ): void;
  };
}
interface I18nLike {
  getMessage(name: string, substitutions?: string | string[]): string;
}

const api = globalThis as unknown as {
  browser?: { runtime: RuntimeLike; i18n: I18nLike };
  chrome?: { runtime: RuntimeLike; i18n: I18nLike };
};
const ext = api.browser ?? api.chrome;

export const runtime: RuntimeLike | undefined = ext?.runtime;

/** A UI string from _locales (en_GB now, Welsh next); the key itself if the extension context is gone. */
export function t(name: string, ...substitutions: string[]): string {
  try {
    return ext?.i18n.getMessage(name, substitutions) || name;
  } catch {
    return name;
  }
}
