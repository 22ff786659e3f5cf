import { describe, expect, it } from 'vitest';
import {
  chooseTargetTab,
  describeTarget,
  EXTENSION_TAB_MESSAGE,
  NO_TAB_MESSAGE,
  OTHER_SITE_MESSAGE,
} from './side-panel-target';

describe('chooseTargetTab', () => {
  const tabs = [
    { id: 1, active: false, lastAccessed: 30 },
    { id: 2, active: true, lastAccessed: 50 },
    { id: 3, active: false, lastAccessed: 40 },
  ];

  it('takes the active tab of the window', () => {
    expect(chooseTargetTab(tabs, {})).toBe(2);
    expect(chooseTargetTab(tabs, { previous: 1 })).toBe(2);
  });

  it('when the panel page is itself the active tab: the tab it worked on, else the one used last', () => {
    expect(chooseTargetTab(tabs, { self: 2, previous: 1 })).toBe(1);
    expect(chooseTargetTab(tabs, { self: 2 })).toBe(3);
    // A previous tab that was closed meanwhile is not kept.
    expect(chooseTargetTab(tabs, { self: 2, previous: 9 })).toBe(3);
  });

  it('finds nothing in a window of the panel alone', () => {
    expect(chooseTargetTab([{ id: 2, active: true }], { self: 2 })).toBeUndefined();
    expect(chooseTargetTab([], {})).toBeUndefined();
  });
});

describe('describeTarget', () => {
  it('a tab of a site the assistant runs on is worked on; any other tab says where to go, in zh-CN', () => {
    expect(describeTarget(4, { kind: 'site', tabId: 4, host: 'www.xinxixiaofei.com' })).toEqual({
      kind: 'site',
      tabId: 4,
      host: 'www.xinxixiaofei.com',
    });
    expect(describeTarget(4, { kind: 'refused' })).toEqual({
      kind: 'elsewhere',
      message: OTHER_SITE_MESSAGE,
    });
    expect(describeTarget(4, { kind: 'extension' })).toEqual({
      kind: 'elsewhere',
      message: EXTENSION_TAB_MESSAGE,
    });
    expect(describeTarget(undefined, undefined)).toEqual({ kind: 'elsewhere', message: NO_TAB_MESSAGE });
  });
});
