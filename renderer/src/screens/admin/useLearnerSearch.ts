import { useEffect, useState } from 'react';
import type { ProfileSummary } from '../../../../electron/shared/profile.ts';
import { lms } from '../../api/lms-client.ts';

/** How long typing must pause before the search runs, so each keystroke does not query the database. */
const PAUSE_MS = 200;

/** Learners matching what the admin types (all, first 25, for an empty query); `refresh` after a change. */
export function useLearnerSearch(query: string) {
  const [results, setResults] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      lms.admin.findLearners({ query }).then(
        (found) => {
          if (!isCurrent) return;
          setResults(found);
          setError(null);
        },
        (e: unknown) => isCurrent && setError(e),
      );
    }, PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, version]);
  return { results, error, refresh: () => setVersion((v) => v + 1) };
}
