import { useRef, useState, type ReactNode } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { chartPng, saveBlob } from './chartPng.ts';

type Props = { id: string; title: string; fileName: string; width: number; height: number; children: ReactNode };

/** A titled SVG chart with a "Save as PNG" button; the title is drawn into the SVG so the PNG carries it. */
export function ChartCard({ id, title, fileName, width, height, children }: Props) {
  const { t } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const [error, setError] = useState<unknown>(null);
  async function save() {
    setError(null);
    try {
      if (svg.current) saveBlob(await chartPng(svg.current), fileName);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <figure className="chart-card" aria-labelledby={`${id}-title`}>
      <figcaption className="chart-card-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="button button-secondary button-small" onClick={() => void save()}>
          {t.records.savePng}
        </button>
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        className="chart"
        role="img"
        aria-label={t.records.chartOf(title)}
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect width={width} height={height} fill="#ffffff" />
        <text x={16} y={28} fontSize={18} fontWeight={600} fill="#1f2937">
          {title}
        </text>
        {children}
      </svg>
      <ErrorNotice error={error} />
    </figure>
  );
}
