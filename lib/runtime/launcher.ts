import { answer } from '@/lib/messaging/client';
import { requestSchema } from '@/lib/messaging/protocol';
import { judgePanelVisibility, type PanelVisibility } from './panel-visibility';

export interface Launcher {
  /** Whether the panel is really visible and uncovered right now (the clickjacking guard). */
  panelVisibility(): PanelVisibility;
  /**
   * The browser side panel started or stopped working on this tab: while it does, the in-page
   * panel is collapsed to its launcher (the form is not covered twice); when it closes, the
   * in-page panel comes back if it was open before and the user did not close it meanwhile.
   */
  setSidePanelOpen(open: boolean): void;
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
  const show = (open: boolean) => {
    if (open && !frame.src) frame.src = panelUrl;
    frame.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '收起申报助手' : '申报助手';
  };
  /** The panel was open when the side panel took over: reopened when it closes. */
  let reopen = false;
  button.addEventListener('click', () => {
    reopen = false;
    show(Boolean(frame.hidden));
  });
  doc.documentElement.append(host);
  return {
    panelVisibility: () => judgePanelVisibility(doc, host, frame),
    setSidePanelOpen: (open) => {
      if (open) {
        reopen ||= !frame.hidden;
        show(false);
      } else if (reopen) {
        reopen = false;
        show(true);
      }
    },
    destroy: () => host.remove(),
  };
}

/** Answers `content/visible` from the panel (the clickjacking guard); undefined for other messages. */
export function handleVisibilityRequest(launcher: Launcher, raw: unknown) {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success || parsed.data.type !== 'content/visible') return undefined;
  return answer<'content/visible'>(async () => launcher.panelVisibility());
}
