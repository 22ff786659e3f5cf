import { answer } from '@/lib/messaging/client';
import { requestSchema } from '@/lib/messaging/protocol';
import { createObstacleProbe } from './launcher-obstacles';
import { LAUNCHER_SIZES, placeLauncherLazily } from './launcher-placement';
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

export interface LauncherOptions {
  /**
   * Shenbao's own elements on the page (overlays, marks), which the launcher need not keep
   * clear of. Asked only when the launcher is placed, after mounting.
   */
  isOwnUi?: (element: Element) => boolean;
}

/** After the page changed, the launcher is placed again at most this often. */
const DOM_CHANGE_THROTTLE_MS = 250;

/**
 * The in-page assistant's shell: a launcher button and the panel (an extension page in an
 * iframe), inside an open shadow root so the site's CSS cannot reach them and Playwright can
 * (docs/architecture.md, contract 3).
 */
export function mountLauncher(doc: Document, panelUrl: string, options: LauncherOptions = {}): Launcher {
  const host = doc.createElement('shenbao-assistant');
  host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const { button: buttonSize, tab: tabSize } = LAUNCHER_SIZES;
  // The markup is static; the style is set as text (sizes come from launcher-placement.ts).
  const style = doc.createElement('style');
  style.textContent = `
      :host { all: initial; }
      button {
        font: 14px 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
        background: #1f4e9c; color: #fff; border: 0; border-radius: 20px; box-sizing: border-box;
        padding: 9px 16px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); cursor: pointer; white-space: nowrap;
      }
      /* The shapes of launcher-placement.ts, at its sizes (lib/runtime/launcher-placement.ts). */
      button.button { width: ${buttonSize.width}px; height: ${buttonSize.height}px; padding: 0 8px; }
      button.tab-right, button.tab-left {
        width: ${tabSize.width}px; height: ${tabSize.height}px; padding: 0; font-size: 13px;
        writing-mode: vertical-rl; letter-spacing: 2px; box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
      }
      button.tab-right { border-radius: 8px 0 0 8px; }
      button.tab-left { border-radius: 0 8px 8px 0; }
      button:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
      iframe {
        display: block; width: 360px; height: 560px; max-height: calc(100vh - 90px);
        border: 1px solid #dcdfe6; border-radius: 8px; background: #fff;
        box-shadow: 0 6px 24px rgb(0 0 0 / 20%); margin-bottom: 8px;
      }
      iframe[hidden] { display: none; }
      .row { display: flex; justify-content: flex-end; }
  `;
  shadow.innerHTML = `
    <iframe title="申报助手面板" hidden></iframe>
    <div class="row"><button type="button" class="button" data-testid="shenbao-launcher" aria-expanded="false">申报助手</button></div>
  `;
  shadow.prepend(style);
  const frame = shadow.querySelector('iframe') as HTMLIFrameElement;
  const button = shadow.querySelector('button') as HTMLButtonElement;
  const view = doc.defaultView;
  const isOwnUi = (element: Element) => element === host || (options.isOwnUi?.(element) ?? false);

  let sidePanelOpen = false;
  /** Where the launcher sits now: the panel's corner while it is open, else a slot. */
  let placed = '';
  const setPosition = (key: string, position: Record<'left' | 'top' | 'right' | 'bottom', string>) => {
    if (placed === key) return;
    placed = key;
    // Property by property: whatever else the page set on the host is not ours to undo.
    for (const [name, value] of Object.entries(position)) host.style.setProperty(name, value);
  };
  /**
   * Docks the launcher where it covers none of the page's controls (launcher-placement.ts);
   * the open panel keeps the bottom-right corner it always had.
   */
  const place = () => {
    if (!host.isConnected) return;
    if (!frame.hidden) {
      button.className = '';
      setPosition('panel', { left: 'auto', top: 'auto', right: '16px', bottom: '16px' });
      return;
    }
    // The viewport without scroll bars (in quirks mode the body reports it).
    const root = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
    const viewport = { width: root.clientWidth, height: root.clientHeight };
    const probe = createObstacleProbe(doc, isOwnUi);
    const slot = placeLauncherLazily(viewport, sidePanelOpen, probe.obstaclesIn);
    button.className = slot.shape;
    setPosition(`${slot.shape}@${slot.rect.left},${slot.rect.top}`, {
      left: `${slot.rect.left}px`,
      top: `${slot.rect.top}px`,
      right: 'auto',
      bottom: 'auto',
    });
  };

  // At most one placement per frame, whatever scrolled or resized; after DOM changes at most one
  // every DOM_CHANGE_THROTTLE_MS (a fill changes the page thousands of times). A placement
  // hit-tests a few dozen points (launcher-obstacles.ts), whatever the page's size.
  let frameRequested = false;
  const schedule = () => {
    if (frameRequested || !view) return;
    frameRequested = true;
    const next = () => {
      frameRequested = false;
      place();
    };
    // A document that is not rendered (jsdom) has no animation frames.
    if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(next);
    else setTimeout(next, 0);
  };
  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The page changed: placed again, throttled and when the page is idle (a fill's slices come first). */
  const pageChanged = () => {
    if (changeTimer !== undefined) return;
    changeTimer = setTimeout(() => {
      const again = () => {
        changeTimer = undefined;
        schedule();
      };
      if (typeof view?.requestIdleCallback === 'function') view.requestIdleCallback(again, { timeout: 1000 });
      else again();
    }, DOM_CHANGE_THROTTLE_MS);
  };
  const observer = view ? new view.MutationObserver(pageChanged) : undefined;
  if (doc.body)
    observer?.observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'role'],
    });
  view?.addEventListener('resize', schedule, { passive: true });
  // Capturing: a scroll inside the page's own scroll boxes moves its controls as well.
  doc.addEventListener('scroll', schedule, { capture: true, passive: true });

  const show = (open: boolean) => {
    if (open && !frame.src) frame.src = panelUrl;
    frame.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? '收起申报助手' : '申报助手';
    place();
  };
  /** The panel was open when the side panel took over: reopened when it closes. */
  let reopen = false;
  button.addEventListener('click', () => {
    reopen = false;
    show(Boolean(frame.hidden));
  });
  doc.documentElement.append(host);
  schedule();
  return {
    panelVisibility: () => judgePanelVisibility(doc, host, frame),
    setSidePanelOpen: (open) => {
      sidePanelOpen = open;
      if (open) {
        reopen ||= !frame.hidden;
        show(false);
      } else if (reopen) {
        reopen = false;
        show(true);
      } else {
        place();
      }
    },
    destroy: () => {
      observer?.disconnect();
      if (changeTimer !== undefined) clearTimeout(changeTimer);
      view?.removeEventListener('resize', schedule);
      doc.removeEventListener('scroll', schedule, { capture: true });
      host.remove();
    },
  };
}

/** Answers `content/visible` from the panel (the clickjacking guard); undefined for other messages. */
export function handleVisibilityRequest(launcher: Launcher, raw: unknown) {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success || parsed.data.type !== 'content/visible') return undefined;
  return answer<'content/visible'>(async () => launcher.panelVisibility());
}
