import { useCallback, useEffect, useState } from 'react';
import type { SessionDetail } from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate, SESSION_TABS, type SessionTab } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AttendanceTab } from './AttendanceTab.tsx';
import { LiveTab } from './LiveTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { ProgressTab } from './ProgressTab.tsx';
import { ReportTab } from './ReportTab.tsx';
import { RosterTab } from './RosterTab.tsx';
import { SessionForm } from './SessionForm.tsx';
import { TrainerGate } from './TrainerGate.tsx';

/** One session: roster, attendance, plan, progress from trainees' laptops, and the report, as tabs. */
export function SessionScreen({ sessionId, tab }: { sessionId: string; tab: SessionTab }) {
  return (
    <main id="main" className="page trainer">
      <TrainerGate>
        <Session sessionId={sessionId} tab={tab} />
      </TrainerGate>
    </main>
  );
}

function Session({ sessionId, tab }: { sessionId: string; tab: SessionTab }) {
  const { t, pick, language } = useI18n();
  const m = t.trainer;
  const [detail, setDetail] = useState<SessionDetail | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => {
    lms.trainer.session({ sessionId }).then(setDetail, setError);
  }, [sessionId]);
  useEffect(reload, [reload]);

  if (!detail) return <ErrorNotice error={error} />;
  const s = detail.session;
  if (editing) {
    return (
      <SessionForm
        session={s}
        onSaved={() => {
          setEditing(false);
          reload();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const labels: Record<SessionTab, string> = {
    roster: m.tabRoster,
    attendance: m.tabAttendance,
    plan: m.tabPlan,
    live: t.live.tab,
    progress: m.tabProgress,
    report: m.tabReport,
  };
  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={() => navigate({ name: 'trainer' })}>
          {m.allSessions}
        </button>
      </p>
      <div className="admin-top">
        <div>
          <h1>{s.title}</h1>
          <p className="lead">{pick(s.courseTitle)}</p>
          <p className="muted">
            {m.when(
              formatShortDate(s.days[0]!.date, language),
              formatShortDate(s.days.at(-1)!.date, language),
              s.days.length,
            )}{' '}
            · {s.venue} · {s.trainers.join(', ')}
          </p>
        </div>
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          {m.editSession}
        </button>
      </div>
      <div role="tablist" aria-label={m.sessionTabs} className="tabs">
        {SESSION_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`session-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`session-panel-${name}`}
            className={`tab${tab === name ? ' is-active' : ''}`}
            onClick={() => navigate({ name: 'trainerSession', sessionId, tab: name })}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`session-panel-${tab}`} aria-labelledby={`session-tab-${tab}`} className="session-panel">
        <ErrorNotice error={error} />
        {tab === 'roster' && <RosterTab detail={detail} onChange={setDetail} />}
        {tab === 'attendance' && <AttendanceTab detail={detail} onChange={setDetail} />}
        {tab === 'plan' && <PlanTab session={s} />}
        {tab === 'live' && <LiveTab session={s} />}
        {tab === 'progress' && <ProgressTab detail={detail} onMerged={reload} />}
        {tab === 'report' && <ReportTab session={s} />}
      </div>
    </>
  );
}
