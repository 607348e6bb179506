import type { Status } from '../../../shared/codes.ts';
import {
  RADAR_COOPERATION_KINDS,
  RADAR_STATES,
  type RadarCooperationKind,
  type RadarState,
  statusGroup,
} from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A date's standing, an initiative's status group, or a cooperation date's kind, each with a shape of its own beside its colour. */
export type RadarSymbolKind = RadarState | 'cancelled' | RadarCooperationKind;

/**
 * ▲ gap, ■ (hollow) planned or paused, ◆ in progress, ● completed, ✕ cancelled, ⬡ (hollow) a
 * body's meeting, ★ a benchmark's publication: the shape says it without the colour (WCAG
 * 1.4.1), and the words are always beside it or in its label. The two cooperation shapes carry
 * their colours as attributes (at least 3:1 on white).
 */
export function RadarSymbol({
  kind,
  x = 0,
  y = 0,
  r = 8,
}: {
  kind: RadarSymbolKind;
  x?: number;
  y?: number;
  r?: number;
}) {
  const className = `radar-symbol radar-symbol--${kind}`;
  switch (kind) {
    case 'gap': {
      const h = r * 1.25;
      return (
        <path
          className={className}
          d={`M${x} ${y - h} L${x + h} ${y + h * 0.8} L${x - h} ${y + h * 0.8} Z`}
        />
      );
    }
    case 'planned':
      return <rect className={className} x={x - r * 0.8} y={y - r * 0.8} width={r * 1.6} height={r * 1.6} />;
    case 'inProgress':
      return (
        <path className={className} d={`M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`} />
      );
    case 'completed':
      return <circle className={className} cx={x} cy={y} r={r * 0.9} />;
    case 'meeting': {
      const corners = Array.from({ length: 6 }, (_, n) => {
        const angle = (Math.PI / 3) * n;
        return `${x + r * Math.cos(angle)} ${y + r * Math.sin(angle)}`;
      });
      return (
        <path
          className={className}
          d={`M${corners.join(' L')} Z`}
          fill="#ffffff"
          stroke="#5b2c8f"
          strokeWidth={3}
        />
      );
    }
    case 'publication': {
      const points = Array.from({ length: 10 }, (_, n) => {
        const angle = -Math.PI / 2 + (Math.PI / 5) * n;
        const radius = n % 2 === 0 ? r * 1.1 : r * 0.45;
        return `${x + radius * Math.cos(angle)} ${y + radius * Math.sin(angle)}`;
      });
      return (
        <path
          className={className}
          d={`M${points.join(' L')} Z`}
          fill="#8a4b00"
          stroke="#ffffff"
          strokeWidth={1}
        />
      );
    }
    case 'cancelled': {
      const d = r * 0.7;
      return (
        <path
          className={className}
          d={`M${x - d} ${y - d} L${x + d} ${y + d} M${x + d} ${y - d} L${x - d} ${y + d}`}
        />
      );
    }
  }
}

/** The symbol alone, sized for a line of text. */
export function InlineSymbol({ kind }: { kind: RadarSymbolKind }) {
  return (
    <svg className="radar-inline-symbol" width="16" height="16" viewBox="-9 -9 18 18" aria-hidden="true">
      <RadarSymbol kind={kind} r={7} />
    </svg>
  );
}

/** An initiative's status: its group's shape and colour, and the status in words. */
export function RadarStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className="radar-status">
      <InlineSymbol kind={statusGroup(status)} />
      {t(`codes.status.${status}`)}
    </span>
  );
}

/** What each shape means, in words. */
export function RadarLegend() {
  const { t } = useI18n();
  return (
    <div className="radar-legend">
      <p className="radar-legend__title" id="radar-legend">
        {t('radar.legend')}
      </p>
      <ul aria-labelledby="radar-legend">
        {RADAR_STATES.map((state) => (
          <li key={state}>
            <InlineSymbol kind={state} /> {state === 'gap' ? t('radar.gap') : t(`radar.state.${state}`)}
          </li>
        ))}
        {RADAR_COOPERATION_KINDS.map((kind) => (
          <li key={kind}>
            <InlineSymbol kind={kind} /> {t(`radar.cooperation.kind.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
