import type { Dashboard } from '../../../../../electron/shared/records.ts';
import type { Language } from '../../../../../electron/shared/bilingual.ts';
import { ErrorNotice } from '../../../components/ErrorNotice.tsx';
import { formatNumber, formatPercent } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { RecordFilters } from '../records/RecordFilters.tsx';
import type { RecordView } from '../records/record-filter-state.ts';
import { BarChart } from './BarChart.tsx';
import { MonthChart } from './MonthChart.tsx';

const rate = (completed: number, records: number) => (records ? (completed * 100) / records : 0);
const monthLabel = (month: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

type Props = {
  view: RecordView;
  onView(view: RecordView): void;
  dashboard: Dashboard | null;
  options: Pick<Dashboard, 'byCourse' | 'agencies'> | null;
  error: unknown;
};

/** Totals and four charts for the same filters as the records table, each chart savable as a PNG. */
export function DashboardSection({ view, onView, dashboard, options, error }: Props) {
  const { t, pick, language } = useI18n();
  const r = t.records;
  const n = (value: number) => formatNumber(value, language);
  const pct = (value: number) => formatPercent(Math.round(value * 10) / 10, language);
  return (
    <section className="panel admin-section" aria-labelledby="dashboard-title" aria-busy={!dashboard}>
      <h2 id="dashboard-title">{r.dashboardTitle}</h2>
      <RecordFilters filter={view.filter} onChange={(f) => onView({ ...view, filter: f })} options={options} />
      <ErrorNotice error={error} />
      {dashboard && (
        <>
          <dl className="dashboard-totals">
            <div>
              <dt>{r.learners}</dt>
              <dd>{n(dashboard.totals.learners)}</dd>
            </div>
            <div>
              <dt>{r.enrolments}</dt>
              <dd>{n(dashboard.totals.records)}</dd>
            </div>
            <div>
              <dt>{r.started}</dt>
              <dd>{n(dashboard.totals.started)}</dd>
            </div>
            <div>
              <dt>{r.completed}</dt>
              <dd>{n(dashboard.totals.completed)}</dd>
            </div>
            <div>
              <dt>{r.completionRate}</dt>
              <dd>{pct(rate(dashboard.totals.completed, dashboard.totals.records))}</dd>
            </div>
          </dl>
          <div className="dashboard-charts">
            <BarChart
              id="chart-courses"
              title={r.byCourse}
              fileName="completion-by-course.png"
              max={100}
              bars={dashboard.byCourse.map((c) => ({
                label: pick(c.title),
                value: rate(c.completed, c.records),
                text: `${pct(rate(c.completed, c.records))} (${n(c.completed)}/${n(c.records)})`,
              }))}
            />
            <BarChart
              id="chart-agencies"
              title={r.byAgency}
              fileName="completion-by-agency.png"
              max={100}
              bars={dashboard.byAgency.slice(0, 20).map((a) => ({
                label: a.agency,
                value: rate(a.completed, a.records),
                text: `${pct(rate(a.completed, a.records))} (${n(a.completed)}/${n(a.records)})`,
              }))}
            />
            <MonthChart
              title={r.perMonth}
              fileName="completions-per-month.png"
              months={dashboard.perMonth.map((m) => ({
                label: monthLabel(m.month, language),
                value: m.completed,
                text: n(m.completed),
              }))}
            />
            <BarChart
              id="chart-scores"
              title={r.averageScores}
              fileName="average-scores.png"
              max={100}
              bars={dashboard.byCourse.map((c) => ({
                label: pick(c.title),
                value: c.averageScore ?? 0,
                text: c.averageScore === null ? r.noScore : n(c.averageScore),
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
