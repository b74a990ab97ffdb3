import { useState } from 'react';
import { BUNDLE_LIMITS } from '../../../../electron/shared/bundles/bundle-format.ts';
import { rejection } from '../../../../electron/shared/bundles/bundle-rejections.ts';
import { rejectedReport, type BundleReport } from '../../../../electron/shared/bundles/bundle-report.ts';
import { lms } from '../../api/lms-client.ts';
import { uploadBundle } from './uploadBundle.ts';

export type ImportPhase = 'idle' | 'reading' | 'previewed' | 'merging' | 'merged';

/** The most files one preview or merge call names (the contract's limit); more are sent in several calls. */
const FILES_PER_CALL = 200;

/** A file too large to be a bundle is refused here, without sending a byte of it. */
function refusedHere(fileName: string, index: number): BundleReport {
  return rejectedReport(`too-large-${index}`, fileName, rejection('tooLarge'));
}

async function inBatches(ids: string[], call: (uploadIds: string[]) => Promise<{ bundles: BundleReport[] }>) {
  const reports: BundleReport[] = [];
  for (let i = 0; i < ids.length; i += FILES_PER_CALL) {
    reports.push(...(await call(ids.slice(i, i + FILES_PER_CALL))).bundles);
  }
  return reports;
}

/** Chosen bundle files: sent, previewed (nothing written), then the acceptable ones merged. */
export function useBundleImport(sessionId: string | null, onMerged?: () => void) {
  const [phase, setPhase] = useState<ImportPhase>('idle');
  const [reports, setReports] = useState<BundleReport[]>([]);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<unknown>(null);

  async function choose(files: File[]) {
    setError(null);
    setReports([]);
    setPhase('reading');
    setProgress({ done: 0, total: files.length });
    try {
      const sent: (string | BundleReport)[] = [];
      for (const [i, file] of files.entries()) {
        sent.push(file.size > BUNDLE_LIMITS.fileBytes ? refusedHere(file.name, i) : await uploadBundle(file));
        setProgress({ done: i + 1, total: files.length });
      }
      const uploadIds = sent.filter((s) => typeof s === 'string');
      const previews = await inBatches(uploadIds, (ids) => lms.bundles.preview({ uploadIds: ids, sessionId }));
      const byId = new Map(previews.map((r) => [r.uploadId, r]));
      setReports(sent.map((s) => (typeof s === 'string' ? byId.get(s)! : s)));
      setPhase('previewed');
    } catch (e) {
      setError(e);
      setPhase('idle');
    }
  }

  async function merge() {
    const ready = reports.filter((r) => r.status === 'ready').map((r) => r.uploadId);
    setError(null);
    setPhase('merging');
    try {
      const merged = await inBatches(ready, (ids) => lms.bundles.merge({ uploadIds: ids, sessionId }));
      const byId = new Map(merged.map((r) => [r.uploadId, r]));
      setReports(reports.map((r) => byId.get(r.uploadId) ?? r));
      setPhase('merged');
      onMerged?.();
    } catch (e) {
      setError(e);
      setPhase('previewed');
    }
  }

  return { phase, reports, progress, error, choose, merge };
}
