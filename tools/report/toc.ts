import { esc } from './html.js';
import { signOffStatus, type Reviewed } from './sign-off.js';

/** A part of the report and the sections under it, each linked by its id. */
export interface TocPart {
  id: string;
  title: string;
  sections?: readonly { id: string; title: string }[];
  items?: readonly Reviewed[];
}

/** The table of contents: every part and section linked by id; items in columns, each marked when pending sign-off. Pure. */
export function renderToc(parts: readonly TocPart[]): string {
  const part = ({ id, title, sections = [], items = [] }: TocPart) => {
    const links = sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('');
    const listed = items.map((i) => `<li><a href="#${esc(i.id)}">${esc(i.id)}</a>${signOffStatus(i.reviewerRole).signed ? '' : ' <span class="small pending">(pending)</span>'}</li>`).join('');
    return `<li><a href="#${esc(id)}">${esc(title)}</a>${links ? `<ol>${links}</ol>` : ''}${listed ? `<ol class="items">${listed}</ol>` : ''}</li>`;
  };
  return `<nav id="toc" aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>${parts.map(part).join('\n')}</ol></nav>`;
}
