import { contract } from '../shared/contract.ts';
import { AppError } from '../shared/errors.ts';
import { createDispatch, type Dispatch, type HandlersFor, type Logger } from './dispatch.ts';
import { createHandlers } from './handlers.ts';
import type { ClassroomListener, Hub } from './live-classroom/hub-service.ts';
import { createServices, type BackendOptions } from './services.ts';

export type Backend = {
  dispatch: Dispatch;
  close(): void;
};

const consoleLogger: Logger = {
  error: (message, error) => console.error(message, error),
};

/**
 * The whole backend behind both doors. When the database cannot be opened, every channel but `app.status` and the
 * settings answers with the problem's code, so the renderer shows its specific screen instead of a blank window.
 */
export function createBackend(
  options: BackendOptions & {
    /** Makes the live classroom's door on the room's network; without it, a classroom cannot be opened. */
    classroomDoor?: (dispatch: Dispatch, hub: Hub) => ClassroomListener;
  },
  log: Logger = consoleLogger,
): Backend {
  const result = createServices(options);
  if (result.ok) {
    const { services } = result;
    const dispatch = createDispatch(contract, createHandlers(services), log, () =>
      (options.now ?? (() => new Date()))().getTime(),
    );
    if (options.classroomDoor) services.hub.attachListener(options.classroomDoor(dispatch, services.hub));
    return { dispatch, close: () => services.close() };
  }
  const { problem, status } = result;
  const unavailable = () => {
    throw problem.kind === 'dbFromFuture'
      ? new AppError(
          'DB_FROM_FUTURE',
          'This data was written by a newer version of Rian.',
          'ข้อมูลนี้สร้างโดย Rian รุ่นที่ใหม่กว่า',
        )
      : new AppError('DB_CORRUPT', 'The learning records database is damaged.', 'ฐานข้อมูลผลการเรียนเสียหาย');
  };
  const handlers = {
    ...(Object.fromEntries(Object.keys(contract).map((c) => [c, unavailable])) as unknown as HandlersFor<
      typeof contract
    >),
    'app.status': () => status(),
    'settings.get': () => options.settings.get(),
  };
  return { dispatch: createDispatch(contract, handlers, log), close: () => {} };
}
