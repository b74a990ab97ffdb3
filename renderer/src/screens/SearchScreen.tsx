import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/contract.ts';
import type { SearchResult } from '../../../electron/shared/search.ts';
import { lms } from '../api/lms-client.ts';
import { navigate, routeHash, type Route } from '../app/route.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/i18n.tsx';

function routeFor(result: SearchResult): Route {
  switch (result.kind) {
    case 'lesson':
      return { name: 'lesson', courseId: result.courseId, lessonId: result.refId };
    case 'topic':
      return { name: 'quiz', courseId: result.courseId, quizId: result.refId };
    case 'glossary':
      return { name: 'glossary', courseId: result.courseId, termId: result.refId };
  }
}

/** Results for a query, each with the course it belongs to and the matching words marked in the original text. */
export function SearchScreen({ query }: { query: string }) {
  const { t, pick } = useI18n();
  const [response, setResponse] = useState<ChannelOutput<'search.query'> | null>(null);
  const [titles, setTitles] = useState<Map<string, ChannelOutput<'catalog.list'>['courses'][number]['title']>>(
    new Map(),
  );
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    lms.catalog
      .list({})
      .then((c) => setTitles(new Map(c.courses.map((course) => [course.id, course.title]))), setError);
  }, []);
  useEffect(() => {
    setResponse(null);
    if (query.trim()) lms.search.query({ text: query }).then(setResponse, setError);
  }, [query]);

  return (
    <main id="main" className="page page-narrow">
      <h1>{t.search.title}</h1>
      <ErrorNotice error={error} />
      {response && (
        <p className="muted" role="status">
          {response.results.length ? t.search.results(response.results.length, query) : t.search.none(query)}
        </p>
      )}
      <ol className="search-results">
        {response?.results.map((r) => {
          const course = titles.get(r.courseId);
          return (
            <li key={`${r.kind}/${r.courseId}/${r.refId}/${r.language}`} className="search-result" lang={r.language}>
              <p className="search-meta">
                <span className="badge">{t.search.kind[r.kind]}</span> {course && t.search.in(pick(course))}
              </p>
              <a
                href={routeHash(routeFor(r))}
                onClick={(e) => (e.preventDefault(), navigate(routeFor(r)))}
                className="search-title"
              >
                {r.title}
              </a>
              <p className="search-snippet">
                {r.snippet.map((part, i) =>
                  part.isHit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
