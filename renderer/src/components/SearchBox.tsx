import { useState, type FormEvent } from 'react';
import { navigate } from '../app/route.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function SearchBox() {
  const { t } = useI18n();
  const [text, setText] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) navigate({ name: 'search', query: text.trim() });
  }
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="search-input" className="visually-hidden">
        {t.search.label}
      </label>
      <input
        id="search-input"
        type="search"
        value={text}
        placeholder={t.search.placeholder}
        onChange={(e) => setText(e.target.value)}
      />
    </form>
  );
}
