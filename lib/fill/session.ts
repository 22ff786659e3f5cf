import { type Edition, type FieldDef, type FieldValues, fieldsFor } from '@/lib/catalog';
import { describeError } from '@/lib/errors';
import { isFilled } from '@/lib/validate/conditions';
import { displayLabel } from '@/lib/validate/labels';
import { POPUP_CLASSES } from './adapters';
import { type ApplyTarget, applyOperation, type FileProvider } from './apply';
import { setOptionChecked } from './apply/choice';
import { click, nextFrame } from './apply/events';
import { setText, textControl } from './apply/text';
import type { CollectOptions } from './collect';
import type { ReachProbe } from './collect/reach-probe';
import { HIDDEN_REASONS, type Reach } from './collect/reachability';
import type { Collected, FieldHandle } from './handles';
import { signatureSteps } from './match';
import { isRegionPart } from './match/region-parts';
import { normalizeLabel } from './normalize-label';
import { describeOperation, type Operation, planFill } from './plan';
import type { Province } from './region';
import { emptyReport, type FillPhase, type FillReport, type ReportEntry } from './report';
import { RoundPolicy } from './session-policy';
import { Slicer, type Steps } from './slice';
import type { FieldSnapshot, LearnedMapping, MatchResult, PageSnapshot } from './types';

/**
 * The collector and the matcher the session runs. Each returns its result, or steps that yield
 * between units of work (`collectSteps`, `matchSteps`), which the session runs in slices so a
 * page with thousands of controls never freezes (lib/fill/slice.ts).
 */
export interface FillEngine {
  collect: (doc: Document, options?: CollectOptions) => Collected | Steps<Collected>;
  match: (
    snapshot: PageSnapshot,
    fields: readonly FieldDef[],
    learned: readonly LearnedMapping[],
  ) => MatchResult | Steps<MatchResult>;
}

export interface FillRequest {
  document: Document;
  edition: Edition;
  values: FieldValues;
  learned: readonly LearnedMapping[];
  /** The user's own fields (lib/catalog/custom.ts): matched and filled like the catalog's. */
  extraFields?: readonly FieldDef[];
  files: FileProvider;
  /** Field signatures the user confirmed to overwrite in the preview. */
  overwrite?: ReadonlySet<string>;
  /**
   * Loads the GB/T 2260 table (lib/fill/region), asked for only when a page shows an address in
   * 省/市/区 parts. Without it those controls are left alone and the street input takes it all.
   */
  regions?: () => Promise<readonly Province[]>;
  /** Called after every round, so the panel shows progress on a long fill. */
  onProgress?: (report: FillReport) => void;
  signal?: AbortSignal;
  /**
   * Measures whether a person can see and reach a field (a new probe per round: it memoises
   * styles). Without one (jsdom, which has no layout) every rendered field counts as reachable.
   * `ignore` names what never counts as a cover: the popups the fill itself opened.
   */
  reach?: (ignore: (element: Element) => boolean) => ReachProbe;
  /** Runs the work in slices (default: a new `Slicer` of `SLICE_MS`). */
  slicer?: Slicer;
}

/** What undo needs: the widget and what it held before the fill touched it. */
interface UndoEntry {
  field: FieldSnapshot;
  handle: FieldHandle;
  operation: Operation;
}

export interface FillSession {
  /** `report.failure` is set when an unexpected error stopped the fill (the session then stops). */
  report: FillReport;
  /**
   * Runs another round for fields that appeared since the last one. Only those answering a
   * recent action (`noteAction`, or the fill's own choice) in their part of the page are
   * filled; the others are remembered and wait for the next 一键填充 (session-policy.ts).
   */
  fillNew(appearedAt?: number): Promise<FillReport>;
  /** A person's trusted click or change on the page: fields it reveals may be filled. */
  noteAction(target: Element): void;
  /** Restores every field the fill changed to what it held before. */
  undo(): Promise<string[]>;
  /** The page element behind a report entry's field id (to scroll to it). */
  elementOf(fieldId: string): Element | undefined;
}

const MAX_ROUNDS = 12;
/** A widget the collector cannot read is not written (plan.ts): the report says why. */
export const UNREADABLE_SKIP = '无法读取这个控件，未填写，请人工填写并核对';
const POPUP_SELECTOR = POPUP_CLASSES.map((name) => `.${name}`).join(', ');
/** How long a covered field is looked at again: a picker panel the fill opened fades out. */
const COVER_SETTLE_MS = 600;
/** At most this much waiting per round, however many covered fields a page holds. */
const COVER_BUDGET_MS = 2000;

/**
 * Judges a field; when it is covered, looks again each frame for a while, since what covers it
 * may be the fill's own doing on its way out (a date picker's panel closing with a transition).
 */
async function judgeSettled(
  probe: ReachProbe,
  element: Element,
  widget: FieldSnapshot['widget'],
  wait: { budget: number },
): Promise<Reach | undefined> {
  let reach = probe.judge(element, widget, { scroll: true });
  const deadline = Date.now() + Math.min(COVER_SETTLE_MS, wait.budget);
  const started = Date.now();
  while (reach && !reach.reachable && reach.reason === 'covered' && Date.now() < deadline) {
    await nextFrame();
    reach = probe.judge(element, widget, { scroll: true });
  }
  wait.budget -= Date.now() - started;
  return reach;
}

function pageLabel(field: FieldSnapshot | undefined, fallback: string): string {
  const strong = field?.evidence.find((item) =>
    ['formItemLabel', 'labelFor', 'wrappingLabel', 'ariaLabel', 'cellLeft'].includes(item.source),
  );
  return (strong ?? field?.evidence[0])?.text.replace(/[*＊:：\s]/g, '') || fallback;
}

/** Tabs whose panes may render lazily (role=tab, as element-ui, antd and most libraries mark them). */
function unvisitedTabs(doc: Document, visited: WeakSet<Element>): Element[] {
  return [...doc.querySelectorAll('[role="tab"]')].filter(
    (tab) =>
      tab.getAttribute('aria-selected') !== 'true' &&
      !visited.has(tab) &&
      !tab.matches('[aria-disabled="true"]'),
  );
}

/**
 * A fill session: collect → match → plan → apply, repeated while new fields appear (choices
 * that reveal sub-fields, lazily rendered tabs it opens, steps the user moves to), then a
 * read-back of every field it wrote. Fields it has handled are remembered by element, so a
 * later round never writes them twice.
 *
 * An unexpected error (a bug: the matcher, the planner and the collector trust their input
 * and throw) stops the session: it is logged with the step it happened in and recorded in
 * `report.failure`, next to the fields already filled, which undo still restores.
 */
export async function startFill(engine: FillEngine, request: FillRequest): Promise<FillSession> {
  const fields = [...fieldsFor(request.edition), ...(request.extraFields ?? [])];
  const catalog = new Map(fields.map((field) => [field.key, field]));
  const handled = new WeakSet<Element>();
  const visitedTabs = new WeakSet<Element>();
  const undoLog: UndoEntry[] = [];
  const written = new Map<Element, { operation: Operation; entry: ReportEntry }>();
  const writtenIds = new Set<string>();
  /** Written fields a read-back found holding their value. */
  const confirmed = new WeakSet<Element>();
  const report = emptyReport();
  const matchedKeys = new Set<string>();
  const listWritten = new Map<string, number>();
  const lastListInput = new Map<string, Element>();

  const elements = new Map<string, Element>();
  /** Every field root any round has collected: what appears later is told apart from these. */
  const seen = new WeakSet<Element>();
  /**
   * Dropdowns and picker panels the fill's own choices and dates opened: a panel on its way
   * out never counts as covering the next field (a page's own layer, open before, still does).
   */
  const ownPopups = new WeakSet<Element>();
  const popups = () => new Set(request.document.querySelectorAll(POPUP_SELECTOR));
  const openedByFill = (element: Element) => {
    const popup = element.closest(POPUP_SELECTOR);
    return !!popup && ownPopups.has(popup);
  };
  const policy = new RoundPolicy();
  const slicer = request.slicer ?? new Slicer();
  /** Waits a frame (the site re-renders); the wait itself gave the page the thread. */
  const frame = async () => {
    await nextFrame();
    slicer.restart();
  };
  let regions: readonly Province[] | undefined;
  let roundNumber = 0;
  let phase: FillPhase = 'collect';
  /** Report ids stay unique across rounds (each collect numbers its fields from f0). */
  const reportId = (fieldId: string, handle: FieldHandle | undefined) => {
    const id = `${roundNumber}.${fieldId}`;
    if (handle) elements.set(id, handle.root);
    return id;
  };

  /**
   * One round. The first takes every field on the page (the user pressed 一键填充); later
   * ones only fields that appeared since and answer a recent action (session-policy.ts).
   */
  const round = async (first: boolean, appearedAt?: number): Promise<boolean> => {
    roundNumber += 1;
    phase = 'collect';
    const { snapshot, handles } = await slicer.run(engine.collect(request.document));
    const fresh = snapshot.fields.filter((field) => {
      const handle = handles.get(field.id);
      if (!handle || handled.has(handle.root)) return false;
      if (!field.visible || field.disabled || field.readOnly) return false;
      // A field appears when it can first be filled: rendered, or enabled by a choice.
      const appeared = !seen.has(handle.root);
      seen.add(handle.root);
      if (!first && !(appeared && policy.answers(handle.root, appearedAt))) {
        // Appeared unasked (or was on the page already): left for the next 一键填充.
        handled.add(handle.root);
        return false;
      }
      return true;
    });
    if (fresh.length === 0) return false;
    const probe = request.reach?.(openedByFill);
    const coverWait = { budget: COVER_BUDGET_MS };
    phase = 'match';
    const result = await slicer.run(engine.match({ ...snapshot, fields: fresh }, fields, request.learned));
    const byId = new Map(fresh.map((field) => [field.id, field]));
    const signatures = await slicer.run(signatureSteps(snapshot));
    for (const unsure of result.unsure) {
      const field = byId.get(unsure.fieldId);
      const handle = handles.get(unsure.fieldId);
      if (handle) handled.add(handle.root);
      report.unsure.push({
        key: unsure.key,
        label: pageLabel(field, unsure.key),
        fieldId: reportId(unsure.fieldId, handle),
        detail: `可能是「${catalog.get(unsure.key) ? displayLabel(catalog.get(unsure.key) as FieldDef) : unsure.key}」`,
        signature: signatures.get(unsure.fieldId),
      });
    }
    for (const match of result.matches) matchedKeys.add(match.key);
    phase = 'plan';
    if (!regions && request.regions && result.matches.some((match) => isRegionPart(match.part))) {
      regions = await request.regions().catch((error: unknown) => {
        // The region controls stay empty and the report says so; the rest of the fill goes on.
        console.error('[shenbao] could not load the region table', error);
        return [];
      });
    }
    const overwrite = new Set(
      fresh
        .filter((field) => request.overwrite?.has(signatures.get(field.id) ?? ''))
        .map((field) => field.id),
    );
    const plan = planFill({ ...snapshot, fields: fresh }, result.matches, request.values, {
      edition: request.edition,
      overwrite,
      listOffsets: listWritten,
      extraFields: request.extraFields,
      ...(regions?.length ? { regions } : {}),
    });
    for (const skip of plan.skipped) {
      const handle = handles.get(skip.fieldId);
      if (handle) handled.add(handle.root);
      if (skip.reason === 'noValue') continue;
      report.skipped.push({
        key: skip.key,
        label: pageLabel(byId.get(skip.fieldId), skip.key),
        fieldId: reportId(skip.fieldId, handle),
        reason: skip.reason,
        detail:
          skip.reason === 'pageHasValue'
            ? `页面已有「${skip.current}」，草稿为「${skip.proposed}」`
            : byId.get(skip.fieldId)?.unreadable
              ? UNREADABLE_SKIP
              : skip.note,
        signature: signatures.get(skip.fieldId),
      });
    }
    phase = 'apply';
    for (const operation of plan.operations) {
      await slicer.checkpoint();
      if (request.signal?.aborted) break;
      const field = byId.get(operation.fieldId);
      const handle = handles.get(operation.fieldId);
      if (!field || !handle) continue;
      handled.add(handle.root);
      const entry = {
        key: operation.key,
        label: pageLabel(field, operation.key),
        fieldId: reportId(operation.fieldId, handle),
        round: roundNumber,
      };
      if (!handle.root.isConnected) {
        report.didNotStick.push({ ...entry, detail: '填写前页面已移除这个栏目' });
        continue;
      }
      // Never written, and its value never read into the report: a field nobody can see.
      const reach = probe ? await judgeSettled(probe, handle.root, field.widget, coverWait) : undefined;
      if (reach && !reach.reachable) {
        report.hidden.push({ ...entry, detail: HIDDEN_REASONS[reach.reason] });
        continue;
      }
      const target: ApplyTarget = { field, handle };
      const popupsBefore = operation.type === 'setText' ? undefined : popups();
      const outcome = await applyOperation(operation, target, request.files);
      if (popupsBefore) for (const popup of popups()) if (!popupsBefore.has(popup)) ownPopups.add(popup);
      // A choice may reveal sub-fields: they answer the fill's own action.
      if (operation.type !== 'setText') policy.noteAction(handle.root);
      if (outcome.ok) {
        if (catalog.get(operation.key)?.kind === 'textList' && field.widget !== 'textarea') {
          listWritten.set(operation.key, (listWritten.get(operation.key) ?? 0) + 1);
          lastListInput.set(operation.key, handle.root);
        }
        report.filled.push({
          ...entry,
          detail: filledDetail(operation, outcome.written, catalog.get(operation.key)),
        });
        undoLog.push({ field, handle, operation });
        written.set(handle.root, { operation, entry });
        writtenIds.add(entry.fieldId);
      } else {
        report.skipped.push({ ...entry, reason: 'failed', detail: outcome.problem });
      }
    }
    return true;
  };

  /** Rounds while the fill's own actions reveal fields; the first may take the whole page. */
  const settle = async (first = false, appearedAt?: number) => {
    for (let index = 0; index < MAX_ROUNDS && !request.signal?.aborted; index += 1) {
      // Only the round the page change started is dated by it; later ones answer the fill.
      if (!(await round(first && index === 0, index === 0 ? appearedAt : undefined))) break;
      await readBack();
      request.onProgress?.(withNotFound());
      await frame();
    }
  };

  const withNotFound = (): FillReport => {
    // After a failure the fields not reached yet are not "not found": leave the list as it was.
    if (report.failure) return report;
    // The common fields beyond the 申报书 (成立日期, 开户银行 ...) and the user's own fields are
    // there for the systems that ask them; a page that does not is the usual case, not a field
    // the fill failed to find.
    report.notFound = fields
      .filter(
        (field) =>
          !field.extra && !field.custom && !matchedKeys.has(field.key) && isFilled(request.values[field.key]),
      )
      .map((field) => ({ key: field.key, label: displayLabel(field) }));
    return report;
  };

  const visitTabs = async () => {
    const original = request.document.querySelectorAll('[role="tab"][aria-selected="true"]');
    try {
      for (
        let tab = unvisitedTabs(request.document, visitedTabs)[0];
        tab;
        tab = unvisitedTabs(request.document, visitedTabs)[0]
      ) {
        phase = 'tabs';
        visitedTabs.add(tab);
        policy.noteAction(tab);
        click(tab);
        await frame();
        await settle();
      }
    } finally {
      // Back to the tab the user was on, even when a round failed.
      for (const tab of original) click(tab);
    }
  };

  const readBack = async () => {
    phase = 'readBack';
    const { snapshot, handles } = await slicer.run(engine.collect(request.document, { includeHidden: true }));
    const byRoot = new Map<Element, FieldSnapshot>();
    for (const field of snapshot.fields) {
      const handle = handles.get(field.id);
      if (handle) byRoot.set(handle.root, field);
    }
    // Fields removed before they were written stay listed; the rest are judged anew.
    report.didNotStick = report.didNotStick.filter((entry) => !writtenIds.has(entry.fieldId ?? ''));
    for (const [root, { operation, entry }] of written) {
      const now = byRoot.get(root);
      if (now?.visible && stuck(operation, now)) {
        confirmed.add(root);
        continue;
      }
      // A widget that now shows its value where it cannot be read (a library no adapter knows
      // keeps the choice in a <span>): not known to hold it, not known not to. Never 未生效.
      if (now?.visible && now.unreadable) continue;
      // Once read back as written, a field may leave with the user's next step or tab: only a
      // value that changed counts then. Gone before it was ever read back, it never held.
      if (confirmed.has(root) && (!now?.visible || stuck(operation, now))) continue;
      report.didNotStick.push({
        ...entry,
        detail: now?.visible
          ? `应为「${describeOperation(operation)}」，页面上为「${String(now.value)}」`
          : '填写后页面移除或隐藏了这个栏目',
      });
    }
  };

  /** A list with more items than inputs (其他荣誉): press the site's 添加 button, fill the new row. */
  const growLists = async () => {
    for (const [key, root] of lastListInput) {
      const items = request.values[key];
      const wanted = Array.isArray(items) ? items.filter(Boolean).length : 0;
      for (let guard = 0; guard < 20 && (listWritten.get(key) ?? 0) < wanted; guard += 1) {
        phase = 'lists';
        const add = addButtonNear(root);
        if (!add) break;
        const before = listWritten.get(key) ?? 0;
        policy.noteAction(add);
        click(add);
        await frame();
        await settle();
        if ((listWritten.get(key) ?? 0) === before) break;
      }
    }
  };

  /** Runs steps of the fill; an unexpected error stops the session and is reported. */
  const guarded = async (steps: () => Promise<void>): Promise<FillReport> => {
    if (report.failure) return report;
    try {
      await steps();
    } catch (error) {
      console.error('[shenbao] fill failed', { phase, filled: report.filled.length }, error);
      report.failure = { phase, error: describeError(error) };
    }
    return withNotFound();
  };

  const finished = await guarded(async () => {
    await settle(true);
    await growLists();
    await visitTabs();
    await growLists();
    await readBack();
  });
  request.onProgress?.(finished);

  return {
    report,
    elementOf: (fieldId) => elements.get(fieldId),
    noteAction: (target) => policy.noteAction(target),
    fillNew: (appearedAt) =>
      guarded(async () => {
        await settle(false, appearedAt);
        await growLists();
        await readBack();
      }),
    async undo() {
      const problems: string[] = [];
      for (const { field, handle, operation } of undoLog.reverse()) {
        const problem = await restore(field, handle, operation);
        if (problem) problems.push(`${pageLabel(field, operation.key)}：${problem}`);
      }
      undoLog.length = 0;
      return problems;
    },
  };
}

/**
 * What the report says was written. For an upload slot: which stored files went into it and
 * from which proof of the draft (one proof may serve several slots, a slot only some files).
 */
export function filledDetail(operation: Operation, written: string, field: FieldDef | undefined): string {
  if (operation.type !== 'attachFiles') return written;
  const source = field ? displayLabel(field) : undefined;
  const names = operation.files.map((file) => `「${file.name}」`).join('');
  return source ? `上传${names}（来自草稿的「${source}」）` : `上传${names}`;
}

// antd and ant-design-vue space a two-character button label (「添 加」), as some sites do by hand.
const ADD_WORDS = /^[+＋]?\s*(添\s*加|新\s*增|增\s*加)/;

/** Whether a button's text names it the 添加 of a list (「添加」「+ 新增」「添 加」). */
export const isAddButtonText = (text: string): boolean => ADD_WORDS.test(text.trim());

/** The 添加 button of the list an input belongs to: the nearest one up the ancestor chain. */
function addButtonNear(input: Element): Element | undefined {
  let scope: Element | null = input.parentElement;
  for (let depth = 0; scope && depth < 6; depth += 1, scope = scope.parentElement) {
    const button = [...scope.querySelectorAll('button, a, [role="button"]')].find((candidate) =>
      isAddButtonText(candidate.textContent ?? ''),
    );
    if (button) return button;
  }
  return undefined;
}

/** 3600 and 3600.00 (an amount widget's display) are the same value. */
function sameNumber(shown: string, written: string): boolean {
  const parse = (text: string) =>
    /^-?[\d,]+(\.\d+)?$/.test(text.trim()) ? Number(text.replace(/,/g, '')) : Number.NaN;
  const a = parse(shown);
  return !Number.isNaN(a) && a === parse(written);
}

/** Whether the page now holds what the operation wrote (compared by meaning, not spelling). */
function stuck(operation: Operation, now: FieldSnapshot): boolean {
  const value = Array.isArray(now.value) ? now.value.map(normalizeLabel) : [normalizeLabel(now.value)];
  switch (operation.type) {
    case 'setText':
      return (
        value.join('\n') === normalizeLabel(operation.text) ||
        normalizeLabel(String(now.value)) === normalizeLabel(operation.text) ||
        sameNumber(String(now.value), operation.text)
      );
    case 'setDate':
      return value.some((item) => item.replace(/\D/g, '').startsWith(operation.text.replace(/\D/g, '')));
    case 'setDateRange':
      return value.join('').replace(/\D/g, '') === `${operation.start}${operation.end}`.replace(/\D/g, '');
    case 'chooseOption':
      return value.some((item) =>
        operation.labels.some(
          (label) => item === normalizeLabel(label) || item.includes(normalizeLabel(label)),
        ),
      );
    case 'checkOptions':
      return operation.choices.every((words) =>
        value.some((item) => words.some((word) => item === normalizeLabel(word))),
      );
    case 'choosePath': {
      // The cascader shows the chosen path (重庆市 / 渝北区): its last level must be there.
      const last = operation.path.at(-1)?.words ?? [];
      return last.some((word) => value.some((item) => item.includes(normalizeLabel(word))));
    }
    case 'setChecked':
    case 'attachFiles':
      return true;
  }
}

/** Puts a field back to what the snapshot saw before the fill. */
async function restore(
  field: FieldSnapshot,
  handle: FieldHandle,
  operation: Operation,
): Promise<string | undefined> {
  switch (operation.type) {
    case 'setText':
    case 'setDate': {
      const control = textControl(handle.root, handle.controls);
      if (!control) return '找不到文本框';
      setText(control, Array.isArray(field.value) ? field.value.join('\n') : field.value);
      return undefined;
    }
    case 'setDateRange': {
      const inputs = [...handle.root.querySelectorAll('input')];
      const before = Array.isArray(field.value) ? field.value : [field.value, ''];
      for (const [index, input] of inputs.slice(0, 2).entries()) setText(input, before[index] ?? '');
      return undefined;
    }
    case 'chooseOption':
    case 'checkOptions':
    case 'setChecked': {
      let restored = true;
      for (const [index, option] of (field.options ?? []).entries()) {
        const target = handle.optionTargets?.[index];
        if (target) restored = (await setOptionChecked(target, option.checked)) && restored;
      }
      if (!handle.optionTargets?.length) return '下拉选项请在页面上手动恢复';
      // Sites keep a chosen radio chosen (no control unticks it): say so rather than pretend.
      if (!restored) return '原本未选择，网站不允许取消单选，请在页面上确认';
      return undefined;
    }
    case 'attachFiles':
      return '已上传的附件请在页面上手动删除';
    case 'choosePath':
      return '省市区请在页面上手动恢复';
  }
}
