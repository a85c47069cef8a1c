/**
 * Pasting from Word: Word puts its lists on the clipboard not as <ul>/<ol> but as paragraphs styled
 * `mso-list: l0 level2 lfo1`, the bullet or number written out in a span Word marks `mso-list: Ignore`.
 * Before the editor reads the HTML, such runs of paragraphs become real nested lists, so a pasted list
 * stays a list; headings (<h1>–<h3>), bold and italic come through as they are, the rest as plain text.
 */
export interface WordItem {
  level: number;
  ordered: boolean;
  html: string;
}

/** "1." "a)" "iv." are numbers; "·" "o" "§" "–" and Word's Symbol-font bullets are bullets. */
export const isOrderedMarker = (marker: string): boolean => /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]$/i.test(marker.trim());

/** Consecutive list paragraphs as nested <ul>/<ol>: a deeper level opens a list inside the item before it. */
export function nestLists(items: WordItem[]): string {
  let html = '';
  const open: { level: number; tag: 'ul' | 'ol' }[] = [];
  for (const item of items) {
    const tag = item.ordered ? 'ol' : 'ul';
    while (
      open.length &&
      (open.at(-1)!.level > item.level || (open.at(-1)!.level === item.level && open.at(-1)!.tag !== tag))
    ) {
      html += `</li></${open.pop()!.tag}>`;
    }
    if (open.at(-1)?.level === item.level) html += '</li>';
    else {
      open.push({ level: item.level, tag });
      html += `<${tag}>`;
    }
    html += `<li><p>${item.html}</p>`;
  }
  while (open.length) html += `</li></${open.pop()!.tag}>`;
  return html;
}

function wordItem(p: Element): WordItem | null {
  const style = p.getAttribute('style') ?? '';
  const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (!m && !/MsoListParagraph/i.test(p.getAttribute('class') ?? '')) return null;
  const marker = [...p.querySelectorAll('span')].find((s) => /mso-list:\s*Ignore/i.test(s.getAttribute('style') ?? ''));
  const ordered = isOrderedMarker(marker?.textContent?.replace(/\u00a0/g, ' ') ?? '');
  marker?.remove();
  return {
    level: Number(m?.[1] ?? 1),
    ordered,
    html: p.innerHTML.replace(/<!--\[if [^\]]*\]>|<!\[endif\]-->/g, '').trim(),
  };
}

/** The clipboard's HTML with Word's list paragraphs turned into lists (other HTML passes unchanged). */
export function transformWordHtml(html: string): string {
  if (!/mso-list|MsoListParagraph/i.test(html) || typeof DOMParser === 'undefined') return html;
  // Word wraps the bullet in conditional comments the parser would keep as comments; they hold no text.
  const doc = new DOMParser().parseFromString(html.replace(/<!\[if !supportLists\]>|<!\[endif\]>/g, ''), 'text/html');
  const body = doc.body;
  let run: { first: Element; items: WordItem[] } | null = null;
  const flush = () => {
    if (!run) return;
    const holder = doc.createElement('div');
    holder.innerHTML = nestLists(run.items);
    run.first.replaceWith(...holder.childNodes);
    run = null;
  };
  for (const el of [...body.children]) {
    const item = el.tagName === 'P' ? wordItem(el) : null;
    if (!item) {
      flush();
      continue;
    }
    if (run) el.remove();
    else run = { first: el, items: [] };
    run.items.push(item);
  }
  flush();
  return body.innerHTML;
}
