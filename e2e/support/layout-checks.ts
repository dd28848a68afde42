import AxeBuilder from '@axe-core/playwright';
import { type Frame, type Page } from '@playwright/test';

/** A box on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Phone sizes the public opens the map on (CSS px), and the desktop sizes it must keep. */
export const PHONES = [
  { name: '390×844', width: 390, height: 844 },
  { name: '360×740', width: 360, height: 740 },
] as const;
export const DESKTOPS = [
  { name: '1440×900', width: 1440, height: 900 },
  { name: '1280×800', width: 1280, height: 800 },
] as const;

/** Opens the embed page on its own (as its iframe shows it) and waits for a drawn map. */
export async function openEmbed(page: Page, query = ''): Promise<void> {
  await page.goto(`/embed.html${query}`);
  await page.waitForFunction(() => window.planMap?.map.getLayer('structure-fill') !== undefined);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.planMap!.map;
        const done = () => setTimeout(resolve, 350);
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', done);
          map.triggerRepaint();
        } else map.once('idle', done);
      }),
  );
}

/** Area two boxes share (0 if they do not overlap). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether a point lies inside a box. */
export const contains = (b: Box, [x, y]: [number, number]) =>
  x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;

/**
 * Text that wraps one character per line: every visible text run longer than two characters
 * whose lines are (nearly) all narrower than ~1.8 em, i.e. a column of single characters.
 * Returns the offending texts, with their element's class, for the failure message.
 */
export function oneCharacterColumns(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, '');
      if ([...text].length <= 2) continue;
      const el = node.parentElement;
      if (!el?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (lines.length < 2) continue;
      const em = parseFloat(getComputedStyle(el).fontSize);
      const narrow = lines.filter((r) => r.width < em * 1.8).length;
      if (narrow >= 2 && narrow >= lines.length - 1)
        found.push(`${text.slice(0, 24)} (${lines.length} lines, in .${el.className})`);
    }
    return found;
  });
}

/**
 * The part of the map no panel covers: full width, from under the header (if any) down to the
 * top of the lowest panels that span the screen's width (the bottom sheets). On a wide screen
 * the panels float beside the map and the whole map element counts.
 */
export function freeMapArea(target: Page | Frame): Promise<{ box: Box; share: number }> {
  return target.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const sheets = [
      ...document.querySelectorAll(
        ['side-panel', 'inspector-sheet', 'embed-legend', 'details-sheet']
          .map((id) => `[data-testid="${id}"]`)
          .join(','),
      ),
    ]
      .map((el) => el.getBoundingClientRect())
      // Bottom sheets: as wide as the screen and standing on its lower edge (the details sit
      // on the legend's folded handle).
      .filter((r) => r.width >= vw * 0.9 && r.height > 0 && r.bottom >= vh * 0.75);
    const top = Math.max(map.top, 0);
    const bottom = Math.min(map.bottom, vh, ...sheets.map((r) => r.top));
    const box = { x: map.left, y: top, width: map.width, height: Math.max(0, bottom - top) };
    return { box, share: (box.width * box.height) / (vw * vh) };
  });
}

/** The middle half (both ways) of a box: where the map's subject sits. */
export const centralRegion = (b: Box): Box => ({
  x: b.x + b.width / 4,
  y: b.y + b.height / 4,
  width: b.width / 2,
  height: b.height / 2,
});

/** Boxes of the visible elements matching a selector (CSS pixels of the page or frame). */
export function boxesOf(target: Page | Frame, selector: string): Promise<Box[]> {
  return target.evaluate((selector) => {
    return [...document.querySelectorAll(selector)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      })
      .filter((b) => b.width > 0 && b.height > 0);
  }, selector);
}

/** axe's findings with every WCAG 2.2 AA and best-practice rule, plus heading-order's doubts. */
export async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return [...results.violations, ...results.incomplete.filter((r) => r.id === 'heading-order')].map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
