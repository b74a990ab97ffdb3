import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core/dispatch.ts';
import { createSession, type Session } from '../core/session.ts';
import { APP_ORIGIN } from './app-protocol.ts';

export const IPC_CHANNEL = 'lms';

/** The Electron door: one IPC channel, accepted only from frames of the app's own origin, a session per window. */
export function openIpcDoor(dispatch: Dispatch): void {
  const sessions = new Map<number, Session>();
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, channel: unknown, input: unknown) => {
    const origin = event.senderFrame?.origin;
    if (origin !== APP_ORIGIN) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Untrusted sender.', messageTh: 'ผู้ส่งไม่น่าเชื่อถือ' } };
    }
    let session = sessions.get(event.sender.id);
    if (!session) {
      session = createSession();
      sessions.set(event.sender.id, session);
      event.sender.once('destroyed', () => sessions.delete(event.sender.id));
    }
    return dispatch(typeof channel === 'string' ? channel : '', input, session);
  });
}
