import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

const CALLOUT = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i;
type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

/** Replaces `assets/<file>` references with the data: URLs the backend resolved inside the package. */
function inlineAssets(markdown: string, assets: Record<string, string>): string {
  return markdown.replace(/\]\((assets\/[^)\s]+)/g, (whole, ref: string) => {
    const url = assets[ref];
    return url ? `](${url}` : whole;
  });
}

/** GitHub-style `> [!TIP]` quotes become labelled callouts. Runs on sanitised DOM, so it adds no markup risk. */
function decorateCallouts(root: HTMLElement, labels: Record<CalloutKind, string>): void {
  for (const quote of root.querySelectorAll('blockquote')) {
    const first = quote.firstElementChild;
    const match = first?.textContent?.match(CALLOUT);
    if (!first || !match) continue;
    const kind = match[1]!.toLowerCase() as CalloutKind;
    const textNode = [...first.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && CALLOUT.test(n.textContent ?? ''),
    );
    if (textNode) textNode.textContent = (textNode.textContent ?? '').replace(CALLOUT, '');
    if (first.textContent?.trim() === '') first.remove();
    const aside = document.createElement('aside');
    aside.className = `callout callout-${kind}`;
    const title = document.createElement('p');
    title.className = 'callout-title';
    title.textContent = labels[kind];
    aside.append(title, ...quote.childNodes);
    quote.replaceWith(aside);
  }
  for (const table of root.querySelectorAll('table')) {
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.tabIndex = 0;
    table.replaceWith(wrap);
    wrap.append(table);
  }
  for (const link of root.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

export type MarkdownProps = { markdown: string; assets: Record<string, string> };

/** Lesson Markdown: parsed by marked, sanitised by DOMPurify (no raw HTML, scripts or event handlers survive). */
export function Markdown({ markdown, assets }: MarkdownProps) {
  const { t } = useI18n();
  const html = useMemo(() => {
    const raw = marked.parse(inlineAssets(markdown, assets), { async: false, gfm: true });
    const clean = DOMPurify.sanitize(raw, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] });
    const root = document.createElement('div');
    root.innerHTML = clean;
    decorateCallouts(root, t.lesson.callout);
    return root.innerHTML;
  }, [markdown, assets, t]);
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
