import type { Pattern, SeriesStyle } from '../../../shared/chart-palette.ts';

/** The id of a series' fill: `url(#…)` anywhere in the document once PatternDefs is rendered. */
export const patternId = (style: SeriesStyle) => `fill-${style.pattern}-${style.colour.slice(1)}`;

/** White marks over the series colour: a different texture per series, readable in greyscale. */
function marks(pattern: Pattern) {
  const line = { stroke: '#ffffff', strokeWidth: 1.5 };
  switch (pattern) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case 'backslash':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.6" fill="#ffffff" />;
    case 'crosshatch':
      return <path d="M0,0 l8,8 M8,0 l-8,8" {...line} strokeWidth={1} />;
    case 'horizontal':
      return <path d="M0,4 h8" {...line} />;
    case 'vertical':
      return <path d="M4,0 v8" {...line} />;
    case 'grid':
      return <path d="M0,4 h8 M4,0 v8" {...line} strokeWidth={1} />;
  }
}

/** The patterns of the given series, once per page (an SVG of no size, hidden from assistive technology). */
export function PatternDefs({ styles }: { styles: readonly SeriesStyle[] }) {
  const unique = [...new Map(styles.map((style) => [patternId(style), style])).values()];
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {unique.map((style) => (
          <pattern
            key={patternId(style)}
            id={patternId(style)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={style.colour} />
            {marks(style.pattern)}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A legend swatch: the series' colour and pattern. */
export function Swatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width="18" height="14" aria-hidden="true" focusable="false" className="chart-swatch">
      <rect width="18" height="14" fill={`url(#${patternId(style)})`} stroke={style.colour} />
    </svg>
  );
}
