import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Which locale the page being rendered is in (see page-locale.ts): kept apart from the site's
 * configuration so the address helpers that read it stay free of virtual modules.
 */

const store = new AsyncLocalStorage<string>();

/** Runs `render` as the page of `locale`: everything it calls sees that locale. */
export const withLocale = <T>(locale: string, render: () => T): T => store.run(locale, render);

/** The locale key of the page being rendered (`root` when none is set). */
export const currentLocale = (): string => store.getStore() ?? 'root';
