import { answer } from '@/lib/messaging/client';
import { requestSchema } from '@/lib/messaging/protocol';
import { judgePanelVisibility, type PanelVisibility } from './panel-visibility';

export interface Launcher {
  /** Whether the panel is really visible and uncovered right now (the clickjacking guard). */
  panelVisibility(): PanelVisibility;
  destroy(): void;
}

/**
 * The in-page assistant's shell: a launcher button and the panel (an extension page in an
 * iframe), inside an open shadow root so the site's CSS cannot reach them and Playwright can
 * (docs/architecture.md, contract 3).
 */
export function mountLauncher(doc: Document, panelUrl: string): Launcher {
  const host = doc.createElement('shenbao-assistant');
  host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `
    <style>
      :host { all: initial; }
      button {
        font: 14px 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
        background: #1f4e9c; color: #fff; border: 0; border-radius: 20px;
        padding: 9px 16px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); cursor: pointer;
      }
      button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
      iframe {
        display: block; width: 360px; height: 560px; max-height: calc(100vh - 90px);
        border: 1px solid #dcdfe6; border-radius: 8px; background: #fff;
        box-shadow: 0 6px 24px rgb(0 0 0 / 20%); margin-bottom: 8px;
      }
      iframe[hidden] { display: none; }
      .row { display: flex; justify-content: flex-end; }
    </style>
    <iframe title="申报助手面板" hidden></iframe>
    <div class="row"><button type="button" data-testid="shenbao-launcher" aria-expanded="false">申报助手</button></div>
  `;
  const frame = shadow.querySelector('iframe') as HTMLIFrameElement;
  const button = shadow.querySelector('button') as HTMLButtonElement;
  button.addEventListener('click', () => {
    if (!frame.src) frame.src = panelUrl;
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    button.textContent = frame.hidden ? '申报助手' : '收起申报助手';
  });
  doc.documentElement.append(host);
  return {
    panelVisibility: () => judgePanelVisibility(doc, host, frame),
    destroy: () => host.remove(),
  };
}

/** Scrolls to a field and outlines it briefly, without touching the site's own styles. */
export function revealElement(element: Element): boolean {
  if (!element.isConnected) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const target = element as HTMLElement;
  const previous = target.style.outline;
  target.style.outline = '3px solid #f5a623';
  setTimeout(() => {
    target.style.outline = previous;
  }, 1600);
  return true;
}

/** Answers `content/visible` from the panel (the clickjacking guard); undefined for other messages. */
export function handleVisibilityRequest(launcher: Launcher, raw: unknown) {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success || parsed.data.type !== 'content/visible') return undefined;
  return answer<'content/visible'>(async () => launcher.panelVisibility());
}
