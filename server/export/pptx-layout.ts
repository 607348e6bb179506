/**
 * The frame every slide of the PPTX pack shares (server/export/pptx.ts): a 16:9 page with a
 * title, an optional line under it, a footer with the picture's name and day and the slide's
 * number as a field (so it renumbers itself in the deck a slide is dropped into), and the
 * arithmetic that splits a long list over slides so nothing runs off the bottom.
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlidesPack } from '../../shared/meeting-pack.ts';
import { replaceUnsafeText } from '../../shared/text.ts';
import type { Words } from './pptx-texts.ts';

/** What every slide maker gets: the deck, the pack, its language's words and the shared footer. */
export interface Deck {
  pptx: PptxGenJS;
  pack: SlidesPack;
  w: Words;
  footer: string;
}

/** LAYOUT_16x9, in inches. */
export const PAGE = { width: 10, height: 5.625, margin: 0.4 } as const;
export const CONTENT = { x: PAGE.margin, y: 1.3, w: PAGE.width - 2 * PAGE.margin, bottom: 5.05 } as const;
export const FONT = 'Arial';
export const COLOURS = { ink: '1B1F23', muted: '4D5559', rule: 'C9D1D6', band: '0072B2', header: 'E6EEF4' };

/** A slide with the shared frame, a title and one line under it; the caller fills CONTENT. */
export function addFramedSlide(deck: Deck, title: string, subtitle?: string): PptxGenJS.Slide {
  const lang = deck.w.locale;
  const slide = deck.pptx.addSlide();
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: PAGE.width,
    h: 0.08,
    fill: { color: COLOURS.band },
    line: { color: COLOURS.band },
  });
  slide.addText(clean(title), {
    x: PAGE.margin,
    y: 0.22,
    w: CONTENT.w,
    h: 0.6,
    fontFace: FONT,
    fontSize: 22,
    bold: true,
    color: COLOURS.ink,
    valign: 'top',
    fit: 'shrink',
    lang,
  });
  if (subtitle) {
    slide.addText(clean(subtitle), {
      x: PAGE.margin,
      y: 0.82,
      w: CONTENT.w,
      h: 0.4,
      fontFace: FONT,
      fontSize: 12,
      color: COLOURS.muted,
      valign: 'top',
      fit: 'shrink',
      lang,
    });
  }
  slide.addText(clean(deck.footer), {
    x: PAGE.margin,
    y: 5.22,
    w: CONTENT.w - 1,
    h: 0.28,
    fontFace: FONT,
    fontSize: 9,
    color: COLOURS.muted,
    lang,
  });
  slide.slideNumber = {
    x: PAGE.width - PAGE.margin - 0.8,
    y: 5.22,
    w: 0.8,
    h: 0.28,
    fontFace: FONT,
    fontSize: 9,
    color: COLOURS.muted,
    align: 'right',
  };
  return slide;
}

/**
 * Text as a slide may hold it: on one line (tabs and line breaks of a title are spaces on a
 * slide), without characters outside XML 1.0 (which would make PowerPoint offer a repair), and
 * at most `max` characters with an ellipsis, never cutting an emoji in two.
 */
export function clean(text: string, max = Number.POSITIVE_INFINITY): string {
  const flat = replaceUnsafeText(text)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
  const chars = Array.from(flat);
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Lines a text takes in a box `perLine` characters wide (a rough measure; boxes leave slack). */
export function linesOf(text: string, perLine: number): number {
  return Math.max(1, Math.ceil(Array.from(text).length / perLine));
}

/**
 * Items split into pages of at most `budget` (in lines), the first page `firstBudget`; an
 * item larger than a page gets one of its own. Stops after `maxPages` and says how many items
 * were left over, so a list of ten thousand never becomes a thousand slides.
 */
export function paginate<T>(
  items: readonly T[],
  cost: (item: T) => number,
  options: { budget: number; firstBudget?: number; maxPages: number },
): { pages: T[][]; leftOver: number } {
  const pages: T[][] = [];
  let page: T[] = [];
  let room = options.firstBudget ?? options.budget;
  let index = 0;
  for (; index < items.length; index++) {
    const item = items[index] as T;
    const size = cost(item);
    if (page.length > 0 && size > room) {
      pages.push(page);
      if (pages.length === options.maxPages) break;
      page = [];
      room = options.budget;
    }
    page.push(item);
    room -= size;
  }
  if (page.length > 0 && pages.length < options.maxPages) {
    pages.push(page);
    index = items.length;
  }
  return { pages, leftOver: items.length - index };
}

/** `title (2/3)` when a list runs over several slides. */
export function pageTitle(template: string, title: string, page: number, pages: number): string {
  return pages > 1
    ? template
        .replace('{{title}}', title)
        .replace('{{page}}', String(page))
        .replace('{{pages}}', String(pages))
    : title;
}

/** A palette colour (`#0072b2`) as pptxgenjs wants it (`0072B2`). */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
