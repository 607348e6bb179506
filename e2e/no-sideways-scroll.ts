import { expect, type Page } from '@playwright/test';

/**
 * Nothing reaches past the right edge: neither the page nor anything inside a scrolling box,
 * except in a region marked `data-scroll-region` — a timeline or chart that needs two dimensions
 * (the exception of WCAG 1.4.10) and scrolls inside itself while the page does not.
 */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const outside = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return (
          box.width > 1 &&
          box.height > 1 &&
          style.visibility !== 'hidden' &&
          box.right > width + 0.5 &&
          !element.closest('[aria-hidden="true"], [hidden], [data-scroll-region]')
        );
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside };
  });
  expect.soft(result.outside, `${where}: elements past the right edge`).toEqual([]);
  expect.soft(result.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(result.clientWidth);
}
