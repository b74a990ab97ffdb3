import { useEffect, useRef } from 'react';

/** Key (KeyboardEvent.key, letters in lower case) → what it does. */
export type KeyBindings = Partial<Record<string, () => void>>;

/** Presentation remotes send PageDown and PageUp; keyboards use the arrows and Space. */
export const NEXT_KEYS = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
export const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp', 'ArrowUp'];

/** Runs a binding for a key name (also for keys pressed in the audience window); false when nothing is bound. */
export function runKey(bindings: KeyBindings, key: string): boolean {
  const action = bindings[key.length === 1 ? key.toLowerCase() : key];
  action?.();
  return action !== undefined;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
  );
}

/**
 * Window-wide keys while a presenting screen is open. Keys typed into a field are left alone, and Space and Enter
 * on a focused button press the button rather than move the slide; a modifier (Ctrl+R, Alt+←) keeps its usual meaning.
 */
export function useDeckKeys(bindings: KeyBindings): void {
  const current = useRef(bindings);
  useEffect(() => {
    current.current = bindings;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, summary') !== null;
      if (onControl && (event.key === ' ' || event.key === 'Enter')) return;
      if (runKey(current.current, event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The same action for several keys. */
export function bindAll(keys: readonly string[], action: () => void): KeyBindings {
  return Object.fromEntries(keys.map((k) => [k, action]));
}
