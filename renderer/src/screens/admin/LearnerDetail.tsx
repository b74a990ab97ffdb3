import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Bilingual, Language } from '../../../../electron/shared/bilingual.ts';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime, formatPercent, formatShortDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { learnerName } from './LearnerList.tsx';

type Detail = ChannelOutput<'admin.learner'>;
export type LearnerDetailProps = { learnerId: string; onClose: () => void };

const NONE = '—';

/**
 * Everything this computer knows about one learner: the profile, one row per course, every quiz attempt and
 * certificate, and the event log, most recent first. Also opened from the records screen.
 */
export function LearnerDetail({ learnerId, onClose }: LearnerDetailProps) {
  const { t, language } = useI18n();
  const a = t.admin;
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setDetail(null);
    setError(null);
    lms.admin.learner({ id: learnerId }).then(setDetail, setError);
  }, [learnerId]);
  useEffect(() => {
    if (detail) heading.current?.focus();
  }, [detail]);

  const closeButton = (
    <button type="button" className="button button-quiet" onClick={onClose}>
      {a.detailClose}
    </button>
  );
  if (!detail) {
    return (
      <section className="learner-panel learner-detail" aria-busy={!error}>
        {error ? <ErrorNotice error={error} /> : <p role="status">{a.detailLoading}</p>}
        {closeButton}
      </section>
    );
  }

  const { profile } = detail;
  const titles = new Map(detail.records.map((r) => [r.courseId, r.courseTitle]));
  const courseTitle = (courseId: string) => pickOr(titles.get(courseId), courseId, language);
  const date = (iso: string | null) => (iso ? formatShortDate(iso, language) : NONE);
  const dateTime = (iso: string | null) => (iso ? formatDateTime(iso, language) : NONE);
  const percent = (n: number | null) => (n === null ? NONE : formatPercent(n, language));
  const titleId = `learner-detail-${profile.id}`;

  return (
    <section className="learner-panel learner-detail" aria-labelledby={titleId}>
      <div className="learner-detail-top">
        <h3 id={titleId} ref={heading} tabIndex={-1}>
          {learnerName(profile, language)}
        </h3>
        {closeButton}
      </div>

      <h4>{a.detailProfile}</h4>
      <dl className="facts learner-facts">
        <Fact label={t.firstRun.nameTh}>{profile.nameTh}</Fact>
        <Fact label={t.firstRun.nameEn}>{profile.nameEn}</Fact>
        <Fact label={t.firstRun.agency}>{profile.agency}</Fact>
        <Fact label={t.firstRun.position}>{profile.position}</Fact>
        <Fact label={a.emailColumn}>{profile.email ?? NONE}</Fact>
        <Fact label={a.employeeIdColumn}>{profile.employeeId ?? NONE}</Fact>
        <Fact label={a.createdAt}>{dateTime(profile.createdAt)}</Fact>
        <Fact label={a.lastUsed}>{profile.lastUsedAt ? dateTime(profile.lastUsedAt) : a.never}</Fact>
      </dl>

      <h4 id={`${titleId}-courses`}>{a.detailCourses}</h4>
      <Table
        labelledBy={`${titleId}-courses`}
        headers={[a.course, a.status, a.progress, a.bestScore, a.started, a.completed, a.timeSpent, a.certificate]}
        rows={detail.records.map((r) => [
          courseTitle(r.courseId),
          <StatusBadge key="status" status={r.status} />,
          percent(r.progressPercent),
          percent(r.bestScore),
          date(r.startedAt),
          date(r.completedAt),
          a.minutes(r.minutesSpent),
          r.certificateId ? <code key="id">{r.certificateId}</code> : NONE,
        ])}
        keys={detail.records.map((r) => r.courseId)}
      />

      <h4 id={`${titleId}-attempts`}>{a.detailAttempts}</h4>
      {detail.attempts.length === 0 ? (
        <p className="muted">{a.noAttempts}</p>
      ) : (
        <Table
          labelledBy={`${titleId}-attempts`}
          headers={[a.quiz, a.course, a.started, a.submitted, a.score, a.result]}
          rows={detail.attempts.map((q) => [
            pickOr(q.quizTitle, q.quizId, language),
            courseTitle(q.courseId),
            dateTime(q.startedAt),
            dateTime(q.submittedAt),
            percent(q.percent),
            q.submittedAt === null ? a.notSubmitted : q.passed ? a.passed : a.notPassed,
          ])}
          keys={detail.attempts.map((q) => q.attemptId)}
        />
      )}

      <h4 id={`${titleId}-certificates`}>{a.detailCertificates}</h4>
      {detail.certificates.length === 0 ? (
        <p className="muted">{a.noCertificates}</p>
      ) : (
        <Table
          labelledBy={`${titleId}-certificates`}
          headers={[a.number, a.course, a.kind, a.issued, a.status]}
          rows={detail.certificates.map((c) => [
            <code key="id">{c.id}</code>,
            courseTitle(c.courseId),
            c.kind === 'completion' || c.kind === 'participation' ? a.kinds[c.kind] : c.kind,
            date(c.issuedAt),
            a.certificateStates[c.revoked ? 'revoked' : c.superseded ? 'superseded' : 'valid'],
          ])}
          keys={detail.certificates.map((c) => c.id)}
        />
      )}

      <h4 id={`${titleId}-timeline`}>{a.detailTimeline}</h4>
      {detail.eventCount > detail.timeline.length && (
        <p className="muted small">{a.timelineMore(detail.timeline.length, detail.eventCount)}</p>
      )}
      {detail.timeline.length === 0 ? (
        <p className="muted">{a.noEvents}</p>
      ) : (
        <Table
          labelledBy={`${titleId}-timeline`}
          headers={[a.when, a.event, a.course, a.lesson, a.device]}
          rows={detail.timeline.map((e) => [
            <span key="when" className="nowrap">
              {dateTime(e.occurredAt)}
            </span>,
            (a.eventTypes as Record<string, string>)[e.type] ?? e.type,
            courseTitle(e.courseId),
            e.lessonId ? <code key="lesson">{e.lessonId}</code> : NONE,
            // The first block of a device id is enough to tell this laptop's events from another's.
            <code key="device" title={e.deviceId}>
              {e.deviceId.slice(0, 8)}
            </code>,
          ])}
          keys={detail.timeline.map((e) => e.id)}
        />
      )}
    </section>
  );
}

function pickOr(text: Bilingual | undefined, fallback: string, language: Language): string {
  return text ? text[language] : fallback;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type TableProps = { labelledBy: string; headers: string[]; rows: ReactNode[][]; keys: string[] };

function Table({ labelledBy, headers, rows, keys }: TableProps) {
  return (
    // Focusable, so a keyboard can scroll a wide table sideways in a narrow window.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table learner-detail-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={keys[i]}>
              {cells.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
