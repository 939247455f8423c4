import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionApi } from './extension-api';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('extensionApi', () => {
  it('takes Chrome\'s own API even where a page element named "browser" shows through as a global', () => {
    const chrome = { runtime: { id: 'kontext' } };
    // Named access: <div id="browser"> is window.browser in Chrome, where no real `browser` exists.
    const element = { id: 'browser', runtime: undefined };
    vi.stubGlobal('chrome', chrome);
    vi.stubGlobal('browser', element);
    expect(extensionApi()).toBe(chrome);
  });

  it('takes the installed `browser` where there is no extension `chrome` (a plain test page)', () => {
    const browser = { runtime: { id: 'kontext-test' } };
    vi.stubGlobal('chrome', { loadTimes: () => undefined });
    vi.stubGlobal('browser', browser);
    expect(extensionApi()).toBe(browser);
  });

  it("takes Firefox's `browser` in Firefox's build (promises in MV2; `chrome` there takes callbacks)", () => {
    const browser = { runtime: { id: 'kontext@example.invalid' } };
    vi.stubEnv('BROWSER', 'firefox');
    vi.stubGlobal('chrome', { runtime: { id: 'kontext@example.invalid' } });
    vi.stubGlobal('browser', browser);
    expect(extensionApi()).toBe(browser);
  });
});
