export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--brand)" />
      <path
        d="M14 18h16a6 6 0 0 1 6 6v24a5 5 0 0 0-5-5H14zM50 18H38a6 6 0 0 0-2 .3V48a5 5 0 0 1 4-5h10z"
        fill="var(--gold)"
      />
    </svg>
  );
}
