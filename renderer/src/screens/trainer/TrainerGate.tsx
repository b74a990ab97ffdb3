import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { lms } from '../../api/lms-client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PassphraseForm } from '../../components/PassphraseForm.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Gate = { hasPassphrase: boolean; isUnlocked: boolean };
type TrainerGateControls = {
  /** Asks the backend again, e.g. after a call was refused because the role locked itself while idle. */
  recheck(): void;
  lock(): Promise<void>;
};

const TrainerGateContext = createContext<TrainerGateControls | null>(null);

/** For screens inside the gate: lock the trainer area, or show the passphrase form again after an idle lock. */
export function useTrainerGate(): TrainerGateControls {
  const controls = useContext(TrainerGateContext);
  if (!controls) throw new Error('useTrainerGate outside TrainerGate');
  return controls;
}

/** The trainer role is unlocked, or an unlocked admin (who may do what a trainer does) is at the keyboard. */
async function gateStatus(): Promise<Gate> {
  const [trainer, admin] = await Promise.all([lms.trainer.status({}), lms.admin.status({})]);
  return { hasPassphrase: trainer.hasPassphrase, isUnlocked: trainer.isUnlocked || admin.isUnlocked };
}

export type TrainerGateProps = { children: ReactNode };

/**
 * Shows its children only to an unlocked trainer (or admin). The first trainer sets the passphrase (kept as a scrypt
 * hash by the backend); afterwards it unlocks the role until it idles. Renders no <main>, so any screen can hold it.
 */
export function TrainerGate({ children }: TrainerGateProps) {
  const { t } = useI18n();
  const g = t.trainerGate;
  const [gate, setGate] = useState<Gate | null>(null);
  const [error, setError] = useState<unknown>(null);

  const recheck = useCallback(() => {
    gateStatus().then(setGate, setError);
  }, []);
  useEffect(recheck, [recheck]);
  const lock = useCallback(async () => {
    await lms.trainer.lock({});
    recheck();
  }, [recheck]);
  const controls = useMemo(() => ({ recheck, lock }), [recheck, lock]);

  if (gate?.isUnlocked) {
    return <TrainerGateContext.Provider value={controls}>{children}</TrainerGateContext.Provider>;
  }
  if (!gate) {
    return (
      <div className="trainer-gate" aria-busy={!error}>
        <ErrorNotice error={error} />
      </div>
    );
  }
  return (
    <section className="trainer-gate" aria-labelledby="trainer-gate-title">
      <h1 id="trainer-gate-title">{gate.hasPassphrase ? g.unlockTitle : g.setTitle}</h1>
      <p className="lead">{gate.hasPassphrase ? g.unlockBody : g.setBody}</p>
      <PassphraseForm
        idPrefix="trainer"
        hasPassphrase={gate.hasPassphrase}
        messages={g}
        onSet={async (passphrase) => {
          await lms.trainer.setPassphrase({ passphrase });
          setGate(await gateStatus());
        }}
        onUnlock={async (passphrase) => {
          await lms.trainer.unlock({ passphrase });
          setGate(await gateStatus());
        }}
      />
    </section>
  );
}
