// "Nothing wraps mid-word": every button, tag, key cap, heading and short label the cashier
// reads at a glance must sit on one line and inside its box. An element wraps when its content
// is taller than one and a half lines; it overflows when its text is wider than its box.
import type { Page } from '@playwright/test';

const SHORT_TEXT = [
  'button',
  '.tag',
  'kbd',
  'h1',
  'h2',
  'h3',
  '.status-line',
  '.account-search__label > span',
  '.tender-panel__total > span',
  '.tender-panel__due > span',
  '.tender-panel__change > span',
  '.tender-panel__received > span',
  '.tender-row__method',
  '.queue-panel__current > span',
  '.charges__amount',
  '.recent-payments__no',
  '.counter__who',
].join(', ');

export async function wrappedTexts(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null || !el.textContent?.trim()) continue;
      const cs = getComputedStyle(el);
      const fontSize = parseFloat(cs.fontSize);
      const line = Number.isFinite(parseFloat(cs.lineHeight)) ? parseFloat(cs.lineHeight) : fontSize * 1.45;
      const box = el.getBoundingClientRect();
      const inner = box.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth);
      // a block heading may hold a count beside it: judge its own first line
      if (inner > line * 1.5) out.push(`wraps: “${el.textContent.trim()}” (${Math.round(inner)}px for a ${Math.round(line)}px line)`);
      if (el.scrollWidth > el.clientWidth + 1 && cs.display !== 'inline') out.push(`overflows: “${el.textContent.trim()}” (${el.scrollWidth}px in ${el.clientWidth}px)`);
      // nor does it stick out of its panel
      const panel = el.closest('.panel')?.getBoundingClientRect();
      if (panel && (box.right > panel.right + 1 || box.left < panel.left - 1)) out.push(`sticks out of its panel: “${el.textContent.trim()}”`);
    }
    return out;
  }, SHORT_TEXT);
}
