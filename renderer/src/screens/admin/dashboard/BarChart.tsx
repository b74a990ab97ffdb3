import { ChartCard } from './ChartCard.tsx';

export type Bar = { label: string; value: number; text: string };

const WIDTH = 640;
const ROW = 30;
const TOP = 48;
const LABEL_WIDTH = 250;
/** Longer labels are cut at a grapheme (never between a Thai consonant and its vowel or tone mark). */
const MAX_LABEL = 30;
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const shorten = (label: string) => {
  const parts = [...graphemes.segment(label)].map((s) => s.segment);
  return parts.length > MAX_LABEL ? `${parts.slice(0, MAX_LABEL - 1).join('')}…` : label;
};

/** Horizontal bars, one per row, each labelled with its value: readable on a projector and in a report. */
export function BarChart({
  id,
  title,
  fileName,
  bars,
  max,
}: {
  id: string;
  title: string;
  fileName: string;
  bars: Bar[];
  max: number;
}) {
  const height = TOP + bars.length * ROW + 12;
  const scale = (WIDTH - LABEL_WIDTH - 70) / Math.max(max, 1);
  return (
    <ChartCard id={id} title={title} fileName={fileName} width={WIDTH} height={height}>
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={LABEL_WIDTH - 8} y={y + 19} fontSize={13} textAnchor="end" fill="#374151">
              {shorten(b.label)}
              <title>{b.label}</title>
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 5}
              width={Math.max(1, b.value * scale)}
              height={ROW - 10}
              rx={3}
              fill="#1d4ed8"
            />
            <text x={LABEL_WIDTH + b.value * scale + 6} y={y + 19} fontSize={13} fill="#111827">
              {b.text}
            </text>
          </g>
        );
      })}
    </ChartCard>
  );
}
