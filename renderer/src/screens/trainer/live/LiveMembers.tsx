import type { LiveClassroom, LiveMember } from '../../../../../electron/shared/live-classroom.ts';
import { ProgressBar } from '../../../components/ProgressBar.tsx';
import { formatClock } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { letter } from '../present/room-steps.ts';

/** Who joined, who is here now, where each one is in the course, and their answer to the live question. */
export function LiveMembers({
  live,
  onAdmit,
}: {
  live: LiveClassroom;
  onAdmit(member: LiveMember, admit: boolean): void;
}) {
  const { t, pick, language } = useI18n();
  const l = t.live;
  const here = live.members.filter((m) => m.isPresent).length;
  const question = live.question;
  const answerText = (m: LiveMember) => {
    if (!m.answer || !question) return l.notAnswered;
    const letters = m.answer.choiceIds
      .map((id) => letter(question.choices.findIndex((c) => c.id === id)))
      .sort()
      .join(', ');
    return m.answer.isCorrect === null ? letters : `${letters} · ${m.answer.isCorrect ? l.right : l.wrong}`;
  };
  return (
    <section className="panel live-members" aria-labelledby="live-members-title">
      <h2 id="live-members-title">{l.membersTitle(here, live.members.length)}</h2>
      {live.members.length === 0 ? (
        <p className="muted">{l.noMembers}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{l.nameColumn}</th>
              <th scope="col">{l.hereColumn}</th>
              <th scope="col">{l.progressColumn}</th>
              <th scope="col">{l.activityColumn}</th>
              {question && <th scope="col">{l.answerColumn}</th>}
            </tr>
          </thead>
          <tbody>
            {live.members.map((m) => {
              const name = language === 'th' ? m.nameTh : m.nameEn;
              const percent = m.lessonsTotal ? Math.round((m.lessonsDone / m.lessonsTotal) * 100) : 0;
              return (
                <tr key={m.memberId} className={m.status === 'pending' ? 'is-pending' : undefined}>
                  <th scope="row">
                    <span className="live-name">{name}</span>
                    <span className="muted live-sub">
                      {m.agency} · {m.via === 'rian' ? l.viaRian(m.deviceName) : l.viaBrowser}
                    </span>
                    <span className={`chip chip-${m.status}`}>{l.statuses[m.status]}</span>
                    {m.status === 'pending' && (
                      <span className="live-admit">
                        <button type="button" className="button button-primary" onClick={() => onAdmit(m, true)}>
                          {l.admit}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                        <button type="button" className="button button-secondary" onClick={() => onAdmit(m, false)}>
                          {l.decline}
                          <span className="visually-hidden"> {name}</span>
                        </button>
                      </span>
                    )}
                  </th>
                  <td>
                    <span className={`presence${m.isPresent ? ' is-here' : ''}`}>
                      <span className="presence-dot" aria-hidden="true" />
                      {m.isPresent ? l.here : l.away}
                    </span>
                  </td>
                  <td className="live-progress">
                    <ProgressBar percent={percent} label={`${name}: ${l.lessonsOf(m.lessonsDone, m.lessonsTotal)}`} />
                    <span className="muted">
                      {l.lessonsOf(m.lessonsDone, m.lessonsTotal)}
                      {m.currentLesson ? ` · ${pick(m.currentLesson)}` : ''}
                    </span>
                  </td>
                  <td>{m.lastActivityAt ? formatClock(m.lastActivityAt, language) : l.notStarted}</td>
                  {question && <td className="live-answer">{answerText(m)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
