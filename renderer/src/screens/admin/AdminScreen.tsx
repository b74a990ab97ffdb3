import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/contract.ts';
import type { Dashboard } from '../../../../electron/shared/records.ts';
import { lms } from '../../api/lms-client.ts';
import { navigate, type AdminTab } from '../../app/route.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { PassphraseForm } from '../../components/PassphraseForm.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AuditSection } from './AuditSection.tsx';
import { CertificatesSection } from './CertificatesSection.tsx';
import { HealthSection } from './HealthSection.tsx';
import { IssuerSection } from './IssuerSection.tsx';
import { KeysSection } from './KeysSection.tsx';
import { LearnersSection } from './LearnersSection.tsx';
import { AdminTabs } from './AdminTabs.tsx';
import { DashboardSection } from './dashboard/DashboardSection.tsx';
import { RecordsSection } from './records/RecordsSection.tsx';
import { INITIAL_VIEW, usableFilter, type RecordView } from './records/record-filter-state.ts';

type Status = ChannelOutput<'admin.status'>;

/**
 * The admin area: a passphrase gate (set once, then unlock), then tabs for records, the dashboard, learners,
 * certificates, and settings with health and the audit log. Records and dashboard share one set of filters.
 */
export function AdminScreen({ tab }: { tab: AdminTab }) {
  const { t } = useI18n();
  const a = t.admin;
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<unknown>(null);

  const [view, setView] = useState<RecordView>(INITIAL_VIEW);
  const [options, setOptions] = useState<Dashboard | null>(null);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [dashboardError, setDashboardError] = useState<unknown>(null);
  const unlocked = status?.isUnlocked ?? false;

  useEffect(() => {
    lms.admin.status({}).then(setStatus, setError);
  }, []);
  useEffect(() => {
    if (unlocked) lms.admin.dashboard({ filter: INITIAL_VIEW.filter }).then(setOptions, setDashboardError);
  }, [unlocked]);
  useEffect(() => {
    if (!unlocked || tab !== 'dashboard') return;
    setDashboardError(null);
    let current = true;
    lms.admin.dashboard({ filter: usableFilter(view.filter) }).then(
      (d) => current && setDashboard(d),
      (e: unknown) => current && setDashboardError(e),
    );
    return () => {
      current = false;
    };
  }, [unlocked, tab, view.filter]);

  if (!status) {
    return (
      <main id="main" className="page page-narrow" aria-busy={!error}>
        <ErrorNotice error={error} />
      </main>
    );
  }

  if (!status.isUnlocked) {
    return (
      <main id="main" className="page page-narrow">
        <h1>{status.hasPassphrase ? a.unlockTitle : a.setTitle}</h1>
        {!status.hasPassphrase && <p className="lead">{a.setBody}</p>}
        <PassphraseForm
          idPrefix="admin"
          hasPassphrase={status.hasPassphrase}
          messages={a}
          onSet={async (passphrase) => setStatus(await lms.admin.setPassphrase({ passphrase }))}
          onUnlock={async (passphrase) => setStatus(await lms.admin.unlock({ passphrase }))}
        />
      </main>
    );
  }

  return (
    <main id="main" className="page admin">
      <div className="admin-top">
        <h1>{a.title}</h1>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void lms.admin.lock({}).then(setStatus)}
        >
          {a.lock}
        </button>
      </div>
      <p className="muted">{a.lockedNote}</p>
      <AdminTabs tab={tab} onTab={(next) => navigate({ name: 'admin', tab: next })} />
      <div role="tabpanel" id={`admin-panel-${tab}`} aria-labelledby={`admin-tab-${tab}`}>
        {tab === 'records' && <RecordsSection view={view} onView={setView} options={options} />}
        {tab === 'dashboard' && (
          <DashboardSection
            view={view}
            onView={setView}
            dashboard={dashboard}
            options={options}
            error={dashboardError}
          />
        )}
        {tab === 'learners' && <LearnersSection />}
        {tab === 'certificates' && <CertificatesSection />}
        {tab === 'settings' && (
          <>
            <IssuerSection />
            <KeysSection />
            <HealthSection />
            <AuditSection />
          </>
        )}
      </div>
    </main>
  );
}
