import type { ClassroomDoor } from '../../../../../electron/shared/live-classroom.ts';
import { formatJoinCode } from '../../../../../electron/shared/live-classroom.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

/** The join card: code, address and QR code, large enough to read from the back of the room on the projector. */
export function JoinCard({ door }: { door: ClassroomDoor }) {
  const { t } = useI18n();
  const l = t.live;
  const [main, ...others] = door.addresses;
  return (
    <div className="join-card">
      <div className="join-card-text">
        <p className="join-card-label">{l.codeLabel}</p>
        <p className="join-code" aria-label={`${l.codeLabel}: ${door.code.split('').join(' ')}`}>
          {formatJoinCode(door.code)}
        </p>
        <p className="join-card-label">{l.addressLabel}</p>
        <p className="join-address">{main?.replace(/^http:\/\//, '')}</p>
        <p className="join-how">{l.joinHowTo}</p>
        {others.length > 0 && (
          <p className="muted">
            {l.otherAddresses}: {others.map((a) => a.replace(/^http:\/\//, '')).join(', ')}
          </p>
        )}
      </div>
      <img
        className="join-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(door.qrSvg)}`}
        alt={l.qrAlt(door.joinLink)}
      />
    </div>
  );
}
