import { useEffect, useRef, useState } from 'react';
import type { PresentLesson } from '../../../../../electron/shared/present.ts';
import { lms } from '../../../api/lms-client.ts';
import { errorShape } from '../../../components/ErrorNotice.tsx';
import { useTrainerGate } from '../TrainerGate.tsx';

/** The trainer role locks after 15 idle minutes; turning slides is use, so it is reported at most this often. */
const KEEP_ALIVE_MS = 5 * 60_000;

/**
 * Loads the lesson to present (null while a new one loads) and keeps the trainer role alive while slides turn. A
 * refusal because the role locked itself brings the passphrase form back.
 */
export function usePresentLesson(courseId: string, lessonId: string) {
  const { recheck } = useTrainerGate();
  const [lesson, setLesson] = useState<PresentLesson | null>(null);
  const [error, setError] = useState<unknown>(null);
  const lastCall = useRef(0);

  useEffect(() => {
    let isCurrent = true;
    setError(null);
    lms.present.lesson({ courseId, lessonId }).then(
      (loaded) => {
        lastCall.current = Date.now();
        if (isCurrent) setLesson(loaded);
      },
      (e: unknown) => {
        if (!isCurrent) return;
        if (errorShape(e)?.code === 'FORBIDDEN') recheck();
        else setError(e);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [courseId, lessonId, recheck]);

  function keepAlive() {
    if (Date.now() - lastCall.current < KEEP_ALIVE_MS) return;
    lastCall.current = Date.now();
    lms.present.outline({ courseId }).catch(() => recheck());
  }

  const current = lesson?.courseId === courseId && lesson.lessonId === lessonId ? lesson : null;
  return { lesson: current, error, keepAlive };
}
