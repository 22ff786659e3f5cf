import { normalizeLabel } from '@/lib/fill/normalize-label';
import type { OverlayLayer } from './overlay';

export interface GuardFinding {
  label: string;
  message: string;
}

export interface SubmitGuardOptions {
  /** The setting (on by default); read at each 提交 so turning it off applies at once. */
  enabled: () => Promise<boolean>;
  /** The errors the page holds now; warnings never stop a submission. */
  errors: () => Promise<GuardFinding[]>;
  /**
   * Whether a click came from the person (default: `event.isTrusted`). A page script's
   * `click()` on 提交 is not the user's: the guard neither holds it nor shows it a checklist
   * built from the draft.
   */
  isTrusted?: (event: Event) => boolean;
}

const SUBMIT_WORDS = new Set(['提交', '提交申报', '确认提交', '正式提交']);

/** The site's 提交 control under a click: found by its text and role, on any replica. */
export function submitControlOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const control = target.closest<HTMLElement>(
    'button, input[type="submit"], input[type="button"], a, [role="button"]',
  );
  if (!control) return undefined;
  const text = control instanceof HTMLInputElement ? control.value : (control.textContent ?? '');
  return SUBMIT_WORDS.has(normalizeLabel(text).replace(/[^\p{Script=Han}]/gu, '')) ? control : undefined;
}

/**
 * Stops a 提交 that still has errors, once: a checklist with 「返回修改」 and 「仍要提交」. It
 * never submits by itself; 「仍要提交」 replays the user's own click. Returns the teardown.
 */
export function installSubmitGuard(
  doc: Document,
  layer: OverlayLayer,
  options: SubmitGuardOptions,
): () => void {
  const allowed = new WeakSet<HTMLElement>();
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  let dialog: HTMLElement | undefined;

  const close = () => {
    dialog?.remove();
    dialog = undefined;
  };

  const replay = (control: HTMLElement) => {
    allowed.add(control);
    control.click();
  };

  const show = (control: HTMLElement, findings: readonly GuardFinding[]) => {
    close();
    dialog = doc.createElement('div');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'shenbao-guard-title');
    dialog.dataset.testid = 'shenbao-guard';
    dialog.style.cssText =
      'position:fixed;z-index:2147483647;left:50%;top:18vh;transform:translateX(-50%);width:420px;max-height:60vh;' +
      'overflow:auto;background:#fff;' +
      'border:1px solid #fbc4c4;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0 / 25%);padding:14px 16px;' +
      "font:14px/1.5 'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1f2329;pointer-events:auto;";
    const title = doc.createElement('h2');
    title.id = 'shenbao-guard-title';
    title.style.cssText = 'font-size:16px;margin:0 0 6px;color:#c45656;';
    title.textContent = `申报助手：还有 ${findings.length} 处错误，建议修改后再提交`;
    const list = doc.createElement('ul');
    list.style.cssText = 'margin:0 0 10px;padding-left:18px;';
    for (const finding of findings) {
      const item = doc.createElement('li');
      item.textContent = `${finding.label}：${finding.message}`;
      list.append(item);
    }
    const back = doc.createElement('button');
    back.type = 'button';
    back.textContent = '返回修改';
    back.dataset.testid = 'shenbao-guard-back';
    back.style.cssText =
      'padding:6px 14px;margin-right:8px;background:#1f4e9c;color:#fff;border:0;border-radius:4px;cursor:pointer;';
    back.addEventListener('click', close);
    const anyway = doc.createElement('button');
    anyway.type = 'button';
    anyway.textContent = '仍要提交';
    anyway.dataset.testid = 'shenbao-guard-submit';
    anyway.style.cssText =
      'padding:6px 14px;background:#fff;color:#c45656;border:1px solid #c45656;border-radius:4px;cursor:pointer;';
    anyway.addEventListener('click', () => {
      close();
      replay(control);
    });
    dialog.append(title, list, back, anyway);
    layer.root.append(dialog);
    back.focus();
  };

  const onClick = (event: Event) => {
    const control = submitControlOf(event.target);
    if (!control) return;
    if (allowed.has(control)) {
      allowed.delete(control);
      return;
    }
    if (!trusted(event)) return;
    // Hold the click while the page is checked; replay it when there is nothing to stop.
    event.preventDefault();
    event.stopImmediatePropagation();
    void (async () => {
      let findings: GuardFinding[] = [];
      try {
        findings = (await options.enabled()) ? await options.errors() : [];
      } catch (error) {
        // The guard must never keep the user from submitting: a check that fails lets the
        // submit through, and the failure is logged for the developer.
        console.error('[shenbao] submit check failed; letting the submit through', error);
      }
      if (findings.length === 0) replay(control);
      else show(control, findings);
    })();
  };

  doc.addEventListener('click', onClick, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    close();
  };
}
