import { useRef, type KeyboardEvent } from 'react';
import { ADMIN_TABS, type AdminTab } from '../../app/route.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The admin sections as tabs (arrow keys move between them, as the ARIA tabs pattern expects). */
export function AdminTabs({ tab, onTab }: { tab: AdminTab; onTab(tab: AdminTab): void }) {
  const { t } = useI18n();
  const r = t.records;
  const labels: Record<AdminTab, string> = {
    records: r.tabRecords,
    dashboard: r.tabDashboard,
    learners: r.tabLearners,
    certificates: r.tabCertificates,
    settings: r.tabSettings,
  };
  const buttons = useRef<Partial<Record<AdminTab, HTMLButtonElement | null>>>({});
  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = ADMIN_TABS[(ADMIN_TABS.indexOf(tab) + step + ADMIN_TABS.length) % ADMIN_TABS.length]!;
    onTab(next);
    buttons.current[next]?.focus();
  }
  return (
    <div role="tablist" aria-label={r.tabs} className="tabs" onKeyDown={onKeyDown}>
      {ADMIN_TABS.map((name) => (
        <button
          key={name}
          ref={(el) => {
            buttons.current[name] = el;
          }}
          type="button"
          role="tab"
          id={`admin-tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`admin-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          className={`tab${tab === name ? ' is-active' : ''}`}
          onClick={() => onTab(name)}
        >
          {labels[name]}
        </button>
      ))}
    </div>
  );
}
