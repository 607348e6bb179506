/**
 * The PDF pack's page flow over pdfkit: the embedded fonts, text wrapped by our own measure (so
 * every height is known before anything is drawn, and nothing runs off the page), headings kept
 * with what follows, tables that break across pages with their header repeated, and the footer
 * written on every page at the end. Used by server/export/pdf.ts and pdf-charts.ts.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type PDFDocument from 'pdfkit';
import { projectPath } from '../project-root.ts';

type Doc = InstanceType<typeof PDFDocument>;

export type Weight = 'regular' | 'bold';

export interface TextStyle {
  size: number;
  weight?: Weight;
  colour?: string;
}

export const COLOURS = {
  text: '#1a1a1a',
  muted: '#4d5358',
  rule: '#c3c9cf',
  headerFill: '#e9edf1',
  zebra: '#f6f7f9',
  accent: '#0b4f8a',
} as const;

export const BODY: TextStyle = { size: 9.5 };
export const SMALL: TextStyle = { size: 8, colour: COLOURS.muted };

// Source Sans 3 as the client shows it (@fontsource), in the WOFF files: pdfkit's fontkit reads
// WOFF but not WOFF2. Each weight comes in two subsets, Latin (ä, ö, å, €, dashes and quotes)
// and Latin Extended (š, ž, the Sámi letters, ő…); a text is drawn in runs of whichever subset
// has the letter. Named from the project root, so the compiled server in dist/ finds them too.
const FONT_DIR = projectPath('node_modules', '@fontsource', 'source-sans-3', 'files');
const FONT_FILES: Record<Weight, { latin: string; ext: string }> = {
  regular: { latin: 'source-sans-3-latin-400-normal.woff', ext: 'source-sans-3-latin-ext-400-normal.woff' },
  bold: { latin: 'source-sans-3-latin-700-normal.woff', ext: 'source-sans-3-latin-ext-700-normal.woff' },
};

type FontName = `${Weight}-${'latin' | 'ext'}`;

interface LoadedFont {
  data: Buffer;
  /** The code points the file has a glyph for. */
  covers: Set<number> | null;
}
const loaded = new Map<FontName, LoadedFont>();

/**
 * A WOFF 1 file as the TrueType/OpenType font it wraps: each table inflated once, here, with
 * Node's zlib. Given the WOFF itself, fontkit inflates a table in JavaScript on every read of it
 * (every glyph), which made a pack take seconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF file.');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    header.writeUInt32BE(table.tag, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function fontData(name: FontName): LoadedFont {
  let font = loaded.get(name);
  if (!font) {
    const [weight, subset] = name.split('-') as [Weight, 'latin' | 'ext'];
    font = { data: woffToSfnt(readFileSync(`${FONT_DIR}/${FONT_FILES[weight][subset]}`)), covers: null };
    loaded.set(name, font);
  }
  return font;
}

/** What pdfkit keeps of the current font: its fontkit font, whose character set we read. */
interface CurrentFont {
  _font: { font?: { characterSet?: number[] } };
}

// Letters no subset has, written as the nearest one that it does (the text stays readable and
// searchable); anything else becomes U+FFFD, never a blank box.
const SUBSTITUTES: Record<string, string> = {
  '\u2192': '»',
  '\u21d2': '»',
  '\u2190': '«',
  '\u2713': '+',
  '\u2714': '+',
  '\u2717': 'x',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

interface Run {
  font: FontName;
  text: string;
}

/** Control characters (tabs, carriage returns) as spaces: a PDF line has no use for them. */
export function cleanText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ');
}

export class PdfFlow {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly width: number;
  y: number;
  private readonly widths = new Map<string, number>();

  constructor(readonly doc: Doc) {
    const { margins, width, height } = doc.page;
    this.left = margins.left;
    this.right = width - margins.right;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.width = this.right - this.left;
    this.y = this.top;
    for (const weight of ['regular', 'bold'] as const) {
      for (const subset of ['latin', 'ext'] as const) {
        const name: FontName = `${weight}-${subset}`;
        const font = fontData(name);
        doc.registerFont(name, font.data);
        if (!font.covers) {
          doc.font(name);
          font.covers = new Set((doc as unknown as CurrentFont)._font.font?.characterSet ?? []);
        }
      }
    }
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Room for `height` below the cursor, or a new page; true when a page was begun. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  lineHeight(style: TextStyle): number {
    return style.size * 1.3;
  }

  /** The text cut into runs of one font each, by which subset has the letter. */
  runs(text: string, weight: Weight = 'regular'): Run[] {
    const latin = fontData(`${weight}-latin`).covers as Set<number>;
    const ext = fontData(`${weight}-ext`).covers as Set<number>;
    const runs: Run[] = [];
    for (const char of text) {
      let letter = char;
      let font: FontName = `${weight}-latin`;
      const code = char.codePointAt(0) ?? 0;
      if (!latin.has(code)) {
        if (ext.has(code)) font = `${weight}-ext`;
        else {
          letter = SUBSTITUTES[char] ?? '\ufffd';
          if (!latin.has(letter.codePointAt(0) ?? 0)) letter = '?';
        }
      }
      const last = runs.at(-1);
      if (last && last.font === font) last.text += letter;
      else runs.push({ font, text: letter });
    }
    return runs;
  }

  measure(text: string, style: TextStyle): number {
    const weight = style.weight ?? 'regular';
    const key = `${weight}\u0000${style.size}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = 0;
      for (const run of this.runs(text, weight)) {
        width += this.doc.font(run.font).fontSize(style.size).widthOfString(run.text);
      }
      this.widths.set(key, width);
    }
    return width;
  }

  /** The text in lines no wider than `width`: at spaces, a word too long for a line cut by letters. */
  wrap(text: string, style: TextStyle, width: number): string[] {
    const lines: string[] = [];
    const space = this.measure(' ', style);
    for (const paragraph of cleanText(text).split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        if (word === '') continue;
        const wordWidth = this.measure(word, style);
        if (line && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line) lines.push(line);
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        // Longer than a line (a URL, a checksum): as many letters a line as fit.
        line = '';
        lineWidth = 0;
        for (const char of word) {
          const charWidth = this.measure(char, style);
          if (line && lineWidth + charWidth > width) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += char;
          lineWidth += charWidth;
        }
      }
      if (line) lines.push(line);
    }
    return lines;
  }

  /** One line at (x, y), y its top; right-aligned to x when `align` says so. */
  drawLine(text: string, x: number, y: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
    const weight = style.weight ?? 'regular';
    let cursor = align === 'right' ? x - this.measure(text, style) : x;
    this.doc.fillColor(style.colour ?? COLOURS.text);
    for (const run of this.runs(text, weight)) {
      this.doc.font(run.font).fontSize(style.size).text(run.text, cursor, y, { lineBreak: false });
      cursor += this.doc.widthOfString(run.text);
    }
  }

  /** A wrapped paragraph at the cursor, breaking pages between its lines. */
  paragraph(text: string, style: TextStyle = BODY, options: { indent?: number; after?: number } = {}): void {
    const indent = options.indent ?? 0;
    const height = this.lineHeight(style);
    for (const line of this.wrap(text, style, this.width - indent)) {
      this.ensure(height);
      this.drawLine(line, this.left + indent, this.y, style);
      this.y += height;
    }
    this.y += options.after ?? style.size * 0.6;
  }

  /** Bulleted paragraphs, each wrapped under its own first letter. */
  bullets(items: readonly string[], style: TextStyle = BODY): void {
    const height = this.lineHeight(style);
    const indent = style.size * 1.1;
    for (const item of items) {
      this.wrap(item, style, this.width - indent).forEach((line, index) => {
        this.ensure(height);
        if (index === 0) this.drawLine('•', this.left, this.y, style);
        this.drawLine(line, this.left + indent, this.y, style);
        this.y += height;
      });
      this.y += style.size * 0.25;
    }
    this.y += style.size * 0.4;
  }

  /**
   * A heading kept with at least `keep` points of what follows it. Level 1 begins a chapter:
   * an entry in the document outline, on the page it starts.
   */
  heading(text: string, level: 1 | 2 | 3, keep = 60): void {
    const style: TextStyle = {
      size: level === 1 ? 17 : level === 2 ? 13 : 11,
      weight: 'bold',
      colour: level === 1 ? COLOURS.accent : COLOURS.text,
    };
    const lines = this.wrap(text, style, this.width);
    const height = lines.length * this.lineHeight(style);
    if (this.y > this.top) this.y += style.size * 0.5;
    this.ensure(height + keep);
    if (level === 1) this.doc.outline.addItem(text);
    for (const line of lines) {
      this.drawLine(line, this.left, this.y, style);
      this.y += this.lineHeight(style);
    }
    this.y += style.size * 0.35;
  }

  /** Label–value pairs in two columns, the values wrapped. */
  pairs(rows: readonly [string, string][], labelWidth: number, style: TextStyle = BODY): void {
    const height = this.lineHeight(style);
    for (const [label, value] of rows) {
      const labels = this.wrap(label, { ...style, weight: 'bold' }, labelWidth - 8);
      const values = this.wrap(value, style, this.width - labelWidth);
      const lines = Math.max(labels.length, values.length, 1);
      this.ensure(Math.min(lines, 3) * height);
      for (let i = 0; i < lines; i++) {
        if (i > 0) this.ensure(height);
        const label = labels[i];
        const text = values[i];
        if (label)
          this.drawLine(label, this.left, this.y, { ...style, weight: 'bold', colour: COLOURS.muted });
        if (text) this.drawLine(text, this.left + labelWidth, this.y, style);
        this.y += height;
      }
      this.y += style.size * 0.35;
    }
  }

  /**
   * Writes the footer on every page, once everything is laid out: the document needs
   * `bufferPages`. The bottom margin is lifted meanwhile so pdfkit never begins a page for it.
   */
  footers(lines: (page: number, pages: number) => { left: string[]; right: string }): void {
    const range = this.doc.bufferedPageRange();
    const style: TextStyle = { size: 7.5, colour: COLOURS.muted };
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottomMargin = page.margins.bottom;
      page.margins.bottom = 0;
      const ruleY = this.bottom + 18;
      this.doc.save().moveTo(this.left, ruleY).lineTo(this.right, ruleY).lineWidth(0.5);
      this.doc.strokeColor(COLOURS.rule).stroke().restore();
      const { left, right } = lines(index + 1, range.count);
      const rightWidth = this.measure(right, style) + 12;
      let y = ruleY + 5;
      for (const text of left.flatMap((l) => this.wrap(l, style, this.width - rightWidth)).slice(0, 3)) {
        this.drawLine(text, this.left, y, style);
        y += this.lineHeight(style);
      }
      this.drawLine(right, this.right, ruleY + 5, { ...style, weight: 'bold' }, 'right');
      page.margins.bottom = bottomMargin;
    }
  }
}
