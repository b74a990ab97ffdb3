import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors.ts';

export type JobState = {
  id: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  /** Where the finished file was written. */
  path: string | null;
  error: string | null;
};

export type JobContext = {
  setTotal(n: number): void;
  step(): void;
  /** True once the admin asked to stop: the job cleans up and returns. */
  isCancelled(): boolean;
};

/**
 * Long exports run in the background while the UI polls their progress, so a 1,000-certificate export never
 * freezes a screen; each can be cancelled. Jobs live for this run of the app.
 */
export function createJobs(log: (message: string, error: unknown) => void) {
  const jobs = new Map<string, JobState & { cancel: boolean }>();
  return {
    start(run: (ctx: JobContext) => Promise<string | null>): string {
      const job = {
        id: randomUUID(),
        state: 'running' as JobState['state'],
        done: 0,
        total: 0,
        path: null as string | null,
        error: null as string | null,
        cancel: false,
      };
      jobs.set(job.id, job);
      const ctx: JobContext = {
        setTotal: (n) => (job.total = n),
        step: () => (job.done += 1),
        isCancelled: () => job.cancel,
      };
      // Yield first so the caller gets the id before any work happens.
      setImmediate(() => {
        run(ctx).then(
          (path) => Object.assign(job, job.cancel ? { state: 'cancelled' } : { state: 'done', path }),
          (error: unknown) => {
            log('Export job failed', error);
            Object.assign(job, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
          },
        );
      });
      return job.id;
    },
    get(id: string): JobState {
      const job = jobs.get(id);
      if (!job)
        throw new AppError('NOT_FOUND', 'That export is not known (it may belong to an earlier run).', 'ไม่พบงานส่งออกนี้');
      const { cancel: _cancel, ...state } = job;
      return state;
    },
    cancel(id: string): void {
      const job = jobs.get(id);
      if (job?.state === 'running') job.cancel = true;
    },
  };
}
export type Jobs = ReturnType<typeof createJobs>;
