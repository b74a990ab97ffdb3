import { useEffect, useState } from 'react';
import type { PlanBlock, SessionPlan, SessionSummary } from '../../../../electron/shared/classroom.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { downloadFile } from '../../components/download.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The session plan: the course laid over the days; the trainer reorders, lengthens, adds activities, then prints. */
export function PlanTab({ session }: { session: SessionSummary }) {
  const { t, pick, language } = useI18n();
  const m = t.trainer;
  const [plan, setPlan] = useState<SessionPlan | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    lms.trainer.plan({ sessionId: session.id }).then(setPlan, setError);
  }, [session.id]);

  async function act(action: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    }
  }
  if (!plan) return <ErrorNotice error={error} />;
  const edit = (day: number, blocks: PlanBlock[]) => {
    setPlan({ ...plan, days: plan.days.map((d, i) => (i === day ? { ...d, blocks } : d)) });
    setDirty(true);
  };
  const move = (day: number, index: number, by: number) => {
    const blocks = [...plan.days[day]!.blocks];
    const [block] = blocks.splice(index, 1);
    blocks.splice(index + by, 0, block!);
    edit(day, blocks);
  };

  return (
    <section aria-labelledby="plan-title" className="panel">
      <div className="admin-top">
        <h2 id="plan-title">{m.tabPlan}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void act(async () => downloadFile(await lms.trainer.runSheet({ sessionId: session.id })))}
          >
            {m.printRunSheet}
          </button>
          {plan.edited && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                void act(async () => {
                  setPlan(await lms.trainer.resetPlan({ sessionId: session.id }));
                  setDirty(false);
                })
              }
            >
              {m.resetPlan}
            </button>
          )}
          <button
            type="button"
            className="button button-primary"
            disabled={!dirty}
            onClick={() =>
              void act(async () => {
                setPlan(await lms.trainer.savePlan({ sessionId: session.id, plan }));
                setDirty(false);
                setMessage(m.planSaved);
              })
            }
          >
            {m.savePlan}
          </button>
        </div>
      </div>
      <p className="muted">{plan.edited ? m.planEdited : m.planGenerated}</p>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ErrorNotice error={error} />
      {plan.days.map((d, day) => (
        <div key={d.date} className="plan-day">
          <h3>{formatShortDate(d.date, language)}</h3>
          <ol className="plan-blocks">
            {d.blocks.map((b, index) => (
              <li key={`${index}-${b.lessonId ?? b.quizId ?? b.title.en}`} className={`plan-block is-${b.kind}`}>
                <span className="plan-time">{b.start}</span>
                <span className="plan-what">
                  <strong>{pick(b.title)}</strong>
                  <span className="muted small">{m.kinds[b.kind]}</span>
                  {b.notes && <span className="plan-notes small">{pick(b.notes)}</span>}
                  {b.lessonId && (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => navigate({ name: 'present', courseId: session.courseId, lessonId: b.lessonId! })}
                    >
                      {m.presentLesson}
                    </button>
                  )}
                  {b.quizId && (
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() =>
                        navigate({
                          name: 'roomQuiz',
                          courseId: session.courseId,
                          quizId: b.quizId!,
                          sessionId: session.id,
                        })
                      }
                    >
                      {m.runRoomQuiz}
                    </button>
                  )}
                </span>
                <span className="plan-controls">
                  <label className="visually-hidden" htmlFor={`minutes-${day}-${index}`}>
                    {m.minutesOf(pick(b.title))}
                  </label>
                  <input
                    id={`minutes-${day}-${index}`}
                    type="number"
                    min={0}
                    max={600}
                    value={b.minutes}
                    onChange={(e) =>
                      edit(
                        day,
                        d.blocks.map((x, j) =>
                          j === index ? { ...x, minutes: Math.max(0, Math.min(600, Number(e.target.value) || 0)) } : x,
                        ),
                      )
                    }
                  />
                  <span className="small">{m.min}</span>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={m.moveUp(pick(b.title))}
                    disabled={index === 0}
                    onClick={() => move(day, index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={m.moveDown(pick(b.title))}
                    disabled={index === d.blocks.length - 1}
                    onClick={() => move(day, index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={m.removeBlock(pick(b.title))}
                    onClick={() =>
                      edit(
                        day,
                        d.blocks.filter((_, j) => j !== index),
                      )
                    }
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() =>
              edit(day, [
                ...d.blocks,
                {
                  kind: 'activity',
                  lessonId: null,
                  quizId: null,
                  title: { th: 'กิจกรรมกลุ่ม', en: 'Group activity' },
                  minutes: 30,
                  start: d.blocks.at(-1)?.start ?? '09:00',
                  notes: null,
                },
              ])
            }
          >
            {m.addActivity}
          </button>
        </div>
      ))}
    </section>
  );
}
