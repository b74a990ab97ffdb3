import { contextBridge, ipcRenderer } from 'electron';
import type { LmsWire } from '../shared/contract.ts';
import { buildWire } from '../shared/wire.ts';

/** `window.lms`: one function per contract channel, nothing else of Electron or Node reaches the page. */
const lms: LmsWire = buildWire((channel, input) => ipcRenderer.invoke('lms', channel, input));
contextBridge.exposeInMainWorld('lms', lms);
