/**
 * Tables of the PDF pack: cells wrapped to their column, rows that break across pages (a row
 * taller than what is left continues on the next page), the header repeated on every page the
 * table reaches.
 */
import { BODY, COLOURS, type PdfFlow, type TextStyle } from './pdf-layout.ts';

export interface Column {
  header: string;
  /** A share of the text width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

/** A cell: a text, or paragraphs (bulleted when `bullets`), bold or muted, under a bold `heading`. */
export type Cell =
  | string
  | {
      text: string | readonly string[];
      heading?: string;
      bold?: boolean;
      muted?: boolean;
      bullets?: boolean;
    };

const PAD_X = 4;
const PAD_Y = 3;

interface Line {
  text: string;
  bullet: boolean;
  /** From the cell's left edge: a bulleted paragraph's lines stand under its first letter. */
  indent: number;
  style: TextStyle;
}

function cellLines(flow: PdfFlow, cell: Cell, width: number, style: TextStyle): Line[] {
  const spec = typeof cell === 'string' ? { text: cell } : cell;
  const paragraphs = typeof spec.text === 'string' ? [spec.text] : spec.text;
  const own: TextStyle = {
    ...style,
    weight: 'bold' in spec && spec.bold ? 'bold' : style.weight,
    colour: 'muted' in spec && spec.muted ? COLOURS.muted : style.colour,
  };
  const bullets = 'bullets' in spec && spec.bullets === true;
  const indent = bullets ? own.size * 1.0 : 0;
  const bold: TextStyle = { ...own, weight: 'bold' };
  const heading =
    'heading' in spec && spec.heading
      ? flow.wrap(spec.heading, bold, width).map((text) => ({ text, bullet: false, indent: 0, style: bold }))
      : [];
  return heading.concat(
    paragraphs.flatMap((paragraph) =>
      flow.wrap(paragraph, own, width - indent).map((text, index) => ({
        text,
        bullet: bullets && index === 0,
        indent,
        style: own,
      })),
    ),
  );
}

/** Draws a table at the cursor; `rows` of as many cells as `columns`. */
export function table(
  flow: PdfFlow,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  style: TextStyle = BODY,
): void {
  const lineHeight = flow.lineHeight(style);
  const x: number[] = [];
  let at = flow.left;
  for (const column of columns) {
    x.push(at);
    at += column.share * flow.width;
  }
  const widths = columns.map((column) => column.share * flow.width - 2 * PAD_X);
  const headerStyle: TextStyle = { ...style, size: style.size - 0.5, weight: 'bold' };
  const headerLines = columns.map((column, i) => flow.wrap(column.header, headerStyle, widths[i] ?? 0));
  const headerHeight =
    Math.max(...headerLines.map((l) => l.length)) * flow.lineHeight(headerStyle) + 2 * PAD_Y;

  const drawHeader = () => {
    flow.doc.save().rect(flow.left, flow.y, flow.width, headerHeight).fill(COLOURS.headerFill).restore();
    columns.forEach((column, i) => {
      headerLines[i]?.forEach((line, n) => {
        const lineY = flow.y + PAD_Y + n * flow.lineHeight(headerStyle);
        const right = column.align === 'right';
        const lineX = right ? (x[i] ?? 0) + (widths[i] ?? 0) + PAD_X : (x[i] ?? 0) + PAD_X;
        flow.drawLine(line, lineX, lineY, headerStyle, right ? 'right' : 'left');
      });
    });
    flow.y += headerHeight;
  };

  // A table begins where its header and its first line fit.
  flow.ensure(headerHeight + lineHeight + 2 * PAD_Y);
  drawHeader();
  rows.forEach((row, rowIndex) => {
    const lines = columns.map((_, i) => cellLines(flow, row[i] ?? '', widths[i] ?? 0, style));
    const total = Math.max(1, ...lines.map((l) => l.length));
    let from = 0;
    while (from < total) {
      let room = Math.floor((flow.bottom - flow.y - 2 * PAD_Y) / lineHeight);
      // Keep a short row whole: move it to the next page rather than split it.
      if (room < Math.min(total - from, 3)) {
        flow.newPage();
        drawHeader();
        room = Math.floor((flow.bottom - flow.y - 2 * PAD_Y) / lineHeight);
      }
      const count = Math.min(room, total - from);
      const height = count * lineHeight + 2 * PAD_Y;
      if (rowIndex % 2 === 1) {
        flow.doc.save().rect(flow.left, flow.y, flow.width, height).fill(COLOURS.zebra).restore();
      }
      columns.forEach((column, i) => {
        const right = column.align === 'right';
        lines[i]?.slice(from, from + count).forEach((line, n) => {
          const lineY = flow.y + PAD_Y + n * lineHeight;
          const left = (x[i] ?? 0) + PAD_X;
          if (right) {
            flow.drawLine(line.text, left + (widths[i] ?? 0), lineY, line.style, 'right');
            return;
          }
          if (line.bullet) flow.drawLine('•', left, lineY, line.style);
          flow.drawLine(line.text, left + line.indent, lineY, line.style);
        });
      });
      flow.y += height;
      flow.doc
        .save()
        .moveTo(flow.left, flow.y)
        .lineTo(flow.right, flow.y)
        .lineWidth(0.4)
        .strokeColor(COLOURS.rule)
        .stroke()
        .restore();
      from += count;
      if (from < total) {
        flow.newPage();
        drawHeader();
      }
    }
  });
  flow.y += style.size;
}
