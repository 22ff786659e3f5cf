// @vitest-environment jsdom
/**
 * 字数: one number, one rule (judgeWordLimit). For the same text of 项目概述, and of a long text
 * the user defined (custom.<id>, mapped on the site by the signature learned when it was captured),
 * the dashboard's counter and the issue under it, the export preflight, the 字数 badge on the
 * site and the submit guard show the same count, the same verdict and the same words.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type CustomFieldSpec, customFieldDef, type FieldDef, fieldIndex } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { type CustomView, preflight } from '@/lib/docx/preflight';
import { collectFields } from '@/lib/fill/collect';
import { fieldSignatures, matchFields } from '@/lib/fill/match';
import type { LearnedMapping } from '@/lib/fill/types';
import { createContentCheck } from '@/lib/runtime/content-check';
import { createOverlay, type OverlayLayer } from '@/lib/runtime/overlay';
import { installSubmitGuard } from '@/lib/runtime/submit-guard';
import { validateValues } from '@/lib/validate';
import { issuesBySection } from '@/lib/validate/by-section';
import { judgeWordLimit, type WordLimitVerdict } from '@/lib/validate/formats';
import { hanText, makeApplication, TEST_TODAY } from '@/test/factories';
import { FieldRow } from './FieldRow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const catalogField = fieldIndex(EDITION_2020).get('project.summary');
if (!catalogField) throw new Error('no project.summary');

/** A long text captured from a provincial system and given the same 400-字 limit by the user. */
const CUSTOM: CustomFieldSpec = {
  id: 'fpark',
  label: '园区建设情况说明',
  aliases: [],
  kind: 'longText',
  required: false,
  maxWords: 400,
};

interface Subject {
  name: string;
  field: FieldDef;
  /** The page's label: for the custom field another wording, so only the learned signature maps it. */
  pageLabel: string;
  /** The preflight's section title. */
  section: string;
  /** The application with this text, and the user's own fields the draft sees. */
  application: (text: string) => { values: ReturnType<typeof makeApplication>; custom?: CustomView };
}

const SUBJECTS: Subject[] = [
  {
    name: '项目概述',
    field: catalogField,
    pageLabel: '项目概述',
    section: '二、申报项目基本信息',
    application: (text) => ({ values: makeApplication({ 'project.summary': text }) }),
  },
  {
    name: 'a user-defined long text',
    field: customFieldDef(CUSTOM),
    pageLabel: '省级补充材料',
    section: '自定义栏目',
    application: (text) => ({
      values: makeApplication(),
      custom: { fields: [customFieldDef(CUSTOM)], values: { 'custom.fpark': text } },
    }),
  },
];

/** One text per verdict, with figures and Latin words where the two counts part. */
const TEXTS: [WordLimitVerdict, string, string][] = [
  ['ok', '300 字', hanText(300)],
  ['near', '370 字, 377 characters', `${hanText(360)}，2019年营业收入12360万元`],
  // 2019年营业收入12360万元 is 9 字 and 16 characters: × 44 is 396 字, 704 characters.
  ['charsOver', '396 字, 704 characters', '2019年营业收入12360万元'.repeat(44)],
  ['over', '402 字, 716 characters', `${'2019年营业收入12360万元'.repeat(44)}5G SaaS 应用平台`],
  ['over', '401 字 (the e2e test’s text)', '字'.repeat(401)],
];

let container: HTMLElement;
let root: Root | undefined;
let marks: OverlayLayer;
let counters: OverlayLayer;
let guardLayer: OverlayLayer;
let stopGuard: (() => void) | undefined;
let submitted: number;
/** What the site has learned (mappings/list): set by `site` from the page's own signatures. */
let learned: LearnedMapping[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'drafts/list')
      return {
        ok: true,
        result: { currentId: 'd1', submitGuard: true, drafts: [{ id: 'd1', label: '示例项目' }] },
      };
    if (type === 'application/get')
      return { ok: true, result: { editionId: '2020', values: makeApplication(), customFields: [CUSTOM] } };
    if (type === 'mappings/list') return { ok: true, result: learned };
    return { ok: true, result: true };
  });
  submitted = 0;
  learned = [];
  document.body.replaceChildren();
  marks = createOverlay(document, 'test-marks');
  counters = createOverlay(document, 'test-counters');
  guardLayer = createOverlay(document, 'test-guard');
});

afterEach(() => {
  stopGuard?.();
  act(() => root?.unmount());
  root = undefined;
  marks.destroy();
  counters.destroy();
  guardLayer.destroy();
  vi.restoreAllMocks();
  learned = [];
});

/** The dashboard: the field row as the editor renders it, with the editor's issues. */
function dashboard(subject: Subject, text: string) {
  const { field } = subject;
  const { values, custom } = subject.application(text);
  const issues = validateValues(
    { ...values, ...custom?.values },
    { edition: EDITION_2020, ...(custom ? { extraFields: custom.fields } : {}) },
  ).filter((issue) => issue.key === field.key);
  container = document.createElement('div');
  document.body.append(container);
  const mounted = createRoot(container);
  root = mounted;
  act(() =>
    mounted.render(
      <FieldRow field={field} value={text} issues={issues} required={false} onChange={() => {}} />,
    ),
  );
  const counter = container.querySelector<HTMLElement>(`#field-${field.key.replaceAll('.', '-')}-count`);
  if (!counter) throw new Error('no counter');
  const listed = [...container.querySelectorAll(`[data-testid="issues:${field.key}"] li`)].map((item) => ({
    severity: item.className.replace('issue issue--', ''),
    message: item.textContent,
  }));
  return { values, custom, counter, listed };
}

/**
 * The site: a page with the subject's box; the badge and the guard come from the content script.
 * A user-defined field is known on the site by the signature learned when it was captured.
 */
async function site(subject: Subject, text: string) {
  const page = document.createElement('form');
  page.innerHTML = `<label>${subject.pageLabel} <textarea id="summary"></textarea></label><button type="button" id="go">提交</button>`;
  document.body.append(page);
  (page.querySelector('#summary') as HTMLTextAreaElement).value = text;
  if (subject.field.custom) {
    const { snapshot, handles } = collectFields(document);
    const box = [...handles].find(([, handle]) => handle.root === page.querySelector('#summary'))?.[0];
    const signature = box && fieldSignatures(snapshot).get(box);
    if (!signature) throw new Error('the page box has no signature');
    learned = [{ signature, key: subject.field.key }];
  }
  page.querySelector('#go')?.addEventListener('click', () => {
    submitted += 1;
  });
  const check = createContentCheck(document, { collect: collectFields, match: matchFields }, marks, counters);
  await check.refreshCounters();
  const badge = counters.root.querySelector<HTMLElement>('[data-testid="shenbao-word-count"]');
  if (!badge) throw new Error('no 字数 badge');
  // jsdom's click() is untrusted; here it stands for the user's own click on 提交.
  stopGuard = installSubmitGuard(document, guardLayer, {
    enabled: async () => true,
    isTrusted: () => true,
    errors: check.errors,
  });
  return { check, badge, submit: () => (page.querySelector('#go') as HTMLButtonElement).click() };
}

const CASES = SUBJECTS.flatMap((subject) =>
  TEXTS.map(([verdict, counts, text]) => [subject.name, verdict, counts, subject, text] as const),
);

describe('字数: the dashboard, the preflight, the site’s badge and the submit guard agree', () => {
  it.each(CASES)('%s, %s: %s', async (_name, verdict, counts, subject, text) => {
    const judgement = judgeWordLimit(text, 400);
    expect(judgement.verdict).toBe(verdict);
    expect(counts).toMatch(new RegExp(`^${judgement.words} 字(, ${judgement.chars} characters)?`));
    const { values, custom, counter, listed } = dashboard(subject, text);
    const { badge, submit } = await site(subject, text);

    // The count: 「392 / 400 字」 in the dashboard (with the characters beside it) and on the site.
    expect(counter.textContent).toBe(`${judgement.counter}（${judgement.chars} 个字符）`);
    expect(badge.textContent).toBe(judgement.counter);
    expect(counter.dataset.verdict).toBe(verdict);
    expect(badge.dataset.verdict).toBe(verdict);
    // The words: the counter's and the badge's tooltips are the issue's message.
    expect(counter.title).toBe(judgement.message);
    expect(badge.title).toBe(judgement.message);
    const tone = { ok: 'ok', near: 'warning', charsOver: 'warning', over: 'error' }[verdict];
    expect(badge.className).toBe(`badge count ${tone}`);
    expect(listed).toEqual(verdict === 'ok' ? [] : [{ severity: tone, message: judgement.message }]);

    // The export is blocked only by an error, with the same message, under the field's section.
    const blocking = preflight(values, EDITION_2020, TEST_TODAY, custom).filter(
      (issue) => issue.key === subject.field.key,
    );
    expect(blocking.map((issue) => issue.message)).toEqual(verdict === 'over' ? [judgement.message] : []);
    expect(issuesBySection(blocking, EDITION_2020).map((section) => section.title)).toEqual(
      verdict === 'over' ? [subject.section] : [],
    );

    // The guard stops a 提交 only for an error, and says the same thing.
    submit();
    const dialog = () => guardLayer.root.querySelector('[data-testid="shenbao-guard"]');
    if (verdict === 'over') {
      await vi.waitFor(() => expect(dialog()).not.toBeNull());
      expect([...(dialog()?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
        `${subject.field.label}：${judgement.message}`,
      ]);
      expect(submitted).toBe(0);
    } else {
      await vi.waitFor(() => expect(submitted).toBe(1));
      expect(dialog()).toBeNull();
    }
  });

  it.each(SUBJECTS)('$name: the badge follows typing with the dashboard’s words', async (subject) => {
    const { badge } = await site(subject, hanText(300));
    const box = document.querySelector('#summary') as HTMLTextAreaElement;
    box.value = '2019年营业收入12360万元'.repeat(44);
    box.dispatchEvent(new Event('input'));
    expect(badge.textContent).toBe('396 / 400 字');
    expect(badge.className).toBe('badge count warning');
    expect(badge.title).toBe(dashboard(subject, box.value).counter.title);
    expect(badge.title).toContain('按字符计为 704 个');
  });
});
