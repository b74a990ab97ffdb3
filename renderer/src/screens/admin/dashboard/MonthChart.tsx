import { ChartCard } from './ChartCard.tsx';

const WIDTH = 640;
const HEIGHT = 280;
const TOP = 56;
const BOTTOM = 44;
const LEFT = 16;

/** Completions per month as columns, each with its count above and its month below. */
export function MonthChart({
  title,
  fileName,
  months,
}: {
  title: string;
  fileName: string;
  months: { label: string; value: number; text: string }[];
}) {
  const max = Math.max(1, ...months.map((m) => m.value));
  const step = (WIDTH - LEFT * 2) / Math.max(months.length, 1);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <ChartCard id="chart-months" title={title} fileName={fileName} width={WIDTH} height={HEIGHT}>
      <line x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#9ca3af" />
      {months.map((m, i) => {
        const h = (m.value / max) * plot;
        const x = LEFT + i * step;
        return (
          <g key={m.label}>
            <rect x={x + 4} y={HEIGHT - BOTTOM - h} width={step - 8} height={h} rx={2} fill="#0f766e" />
            {m.value > 0 && (
              <text x={x + step / 2} y={HEIGHT - BOTTOM - h - 4} fontSize={10} textAnchor="middle" fill="#111827">
                {m.text}
              </text>
            )}
            <text x={x + step / 2} y={HEIGHT - BOTTOM + 14} fontSize={10} textAnchor="middle" fill="#374151">
              {m.label}
            </text>
          </g>
        );
      })}
    </ChartCard>
  );
}
