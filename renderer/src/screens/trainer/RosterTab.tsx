import { useEffect, useState, type ChangeEvent } from 'react';
import type { SessionDetail } from '../../../../electron/shared/classroom.ts';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { readFileBase64 } from './readFileBase64.ts';

type Preview = ChannelOutput<'trainer.previewRosterImport'>;

/** Who is in the session: add people already on this laptop, import a list, or open the door for self-registration. */
export function RosterTab({ detail, onChange }: { detail: SessionDetail; onChange(detail: SessionDetail): void }) {
  const { t, pick, language } = useI18n();
  const m = t.trainer;
  const sessionId = detail.session.id;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ProfileSummary[]>([]);
  const [file, setFile] = useState<{ fileName: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const onRoster = new Set(detail.roster.map((r) => r.profile.id));

  useEffect(() => {
    if (!query.trim()) return setFound([]);
    const timer = setTimeout(() => void lms.trainer.findProfiles({ query }).then(setFound, setError), 200);
    return () => clearTimeout(timer);
  }, [query]);

  async function act(action: () => Promise<SessionDetail>) {
    setError(null);
    try {
      onChange(await action());
    } catch (e) {
      setError(e);
    }
  }
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setError(null);
    setPreview(null);
    try {
      const next = { fileName: chosen.name, base64: await readFileBase64(chosen) };
      setPreview(await lms.trainer.previewRosterImport({ sessionId, file: next }));
      setFile(next);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="roster-title" className="panel">
      <div className="admin-top">
        <h2 id="roster-title">{m.rosterTitle(detail.roster.length)}</h2>
        <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'door', sessionId })}>
          {m.openDoor}
        </button>
      </div>
      <ErrorNotice error={error} />
      <div className="roster-tools">
        <div className="field">
          <label htmlFor="roster-find">{m.findProfile}</label>
          <input id="roster-find" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          {found.length > 0 && (
            <ul className="found-list">
              {found.map((p) => (
                <li key={p.id}>
                  <span>
                    {language === 'th' ? p.nameTh : p.nameEn} <span className="muted small">· {p.agency}</span>
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={onRoster.has(p.id)}
                    onClick={() => void act(() => lms.trainer.addToRoster({ sessionId, profileIds: [p.id] }))}
                  >
                    {onRoster.has(p.id) ? m.onRoster : m.add}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="field">
          <label htmlFor="roster-file">{m.importFile}</label>
          <input id="roster-file" type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void choose(e)} />
          <p className="field-hint">{m.importHint}</p>
        </div>
      </div>
      {preview && file && (
        <div className="roster-preview">
          <p role="status">{m.previewSummary(preview.validCount, preview.problemCount)}</p>
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{m.line}</th>
                  <th scope="col">{m.name}</th>
                  <th scope="col">{m.agency}</th>
                  <th scope="col">{m.check}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>
                      {r.values.nameTh}
                      <br />
                      <span className="muted small">{r.values.nameEn}</span>
                    </td>
                    <td>{r.values.agency}</td>
                    <td>
                      {r.problems.length
                        ? r.problems.map((p, i) => (
                            <span key={i} className="tone-danger block">
                              {pick(p)}
                            </span>
                          ))
                        : r.existingId
                          ? m.alreadyHere
                          : m.newLearner}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="button button-primary"
            disabled={preview.problemCount > 0}
            onClick={() =>
              void act(async () => {
                const next = await lms.trainer.importRoster({ sessionId, file });
                setPreview(null);
                setFile(null);
                return next;
              })
            }
          >
            {m.importConfirm(preview.rows.length)}
          </button>
        </div>
      )}
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.agency}</th>
              <th scope="col">{m.joined}</th>
              <th scope="col">{m.lastMerged}</th>
              <th scope="col">
                <span className="visually-hidden">{m.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.roster.map((r) => (
              <tr key={r.profile.id}>
                <td>
                  {language === 'th' ? r.profile.nameTh : r.profile.nameEn}
                  <br />
                  <span className="muted small">{language === 'th' ? r.profile.nameEn : r.profile.nameTh}</span>
                </td>
                <td>{r.profile.agency}</td>
                <td>{m.sources[r.source as keyof typeof m.sources] ?? r.source}</td>
                <td>{r.lastMergedAt ? formatDateTime(r.lastMergedAt, language) : m.neverMerged}</td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => void act(() => lms.trainer.removeFromRoster({ sessionId, profileId: r.profile.id }))}
                  >
                    {m.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
