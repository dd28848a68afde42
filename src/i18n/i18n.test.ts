import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyLocale,
  currentLocale,
  initI18n,
  loadLocale,
  maplibreLocale,
  onLocaleChange,
  translate,
} from './i18n.ts';

describe('translate', () => {
  beforeAll(() => loadLocale('en'));

  it('reads a dotted key in the language asked for', () => {
    expect(translate('zh', 'app.retry')).toBe('重试');
    expect(translate('en', 'app.retry')).toBe('Retry');
  });

  it('fills {{placeholders}} with the values as text, an absent one with nothing', () => {
    expect(translate('zh', 'app.loadFailed', { message: '<b>404</b>' })).toBe(
      '地图数据加载失败:<b>404</b>',
    );
    expect(translate('en', 'layers.featureCount', { count: 3 })).toBe('3 features');
    expect(translate('en', 'layers.featureCount', {})).toBe(' features');
  });

  it('falls back to defaultValue, then to the key, for a key no dictionary has', () => {
    expect(translate('en', 'inspector.role.nowhere', { defaultValue: 'nowhere' })).toBe('nowhere');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('the interface language', () => {
  const html = { lang: '' };
  beforeAll(() => {
    (globalThis as { document?: unknown }).document = { documentElement: html };
  });
  afterAll(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it('switches once its dictionary is loaded, telling listeners and the document', async () => {
    const { t } = initI18n('zh');
    let calls = 0;
    const stop = onLocaleChange(() => calls++);
    await loadLocale('en');
    applyLocale('en');
    expect([currentLocale(), html.lang, calls]).toEqual(['en', 'en', 1]);
    expect(t('app.retry')).toBe('Retry');
    expect(maplibreLocale('en')['NavigationControl.ZoomIn']).toBe('Zoom in');
    applyLocale('zh');
    expect([currentLocale(), html.lang, calls]).toEqual(['zh', 'zh-CN', 2]);
    stop();
  });
});
