// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ANSWER_WINDOW_MS, RoundPolicy, regionOf, within } from './session-policy';

function page() {
  document.body.innerHTML = `
    <form id="apply"><button type="button" id="yes">是</button><div id="sub"></div></form>
    <form id="other"><div id="elsewhere"></div></form>
    <div id="loose"><button id="tab" role="tab">第二页</button></div>`;
  const byId = (id: string) => document.getElementById(id) as HTMLElement;
  return { byId };
}

describe('RoundPolicy: later rounds only answer an action, in its part of the page', () => {
  it('a field that appears in the same form within the window answers the action', () => {
    const { byId } = page();
    let now = 1000;
    const policy = new RoundPolicy(() => now);
    policy.noteAction(byId('yes'));
    const field = document.createElement('input');
    byId('sub').append(field);
    now += ANSWER_WINDOW_MS - 1;
    expect(policy.answers(field)).toBe(true);
  });

  it('no action, an action too long ago, or an action in another form: not an answer', () => {
    const { byId } = page();
    let now = 1000;
    const policy = new RoundPolicy(() => now);
    const late = document.createElement('input');
    byId('sub').append(late);
    expect(policy.answers(late)).toBe(false);
    policy.noteAction(byId('yes'));
    now += ANSWER_WINDOW_MS + 1;
    expect(policy.answers(late)).toBe(false);
    policy.noteAction(byId('yes'));
    const elsewhere = document.createElement('input');
    byId('elsewhere').append(elsewhere);
    expect(policy.answers(elsewhere)).toBe(false);
  });

  it('a round that runs late still answers for a change that came within the window', () => {
    const { byId } = page();
    let now = 1000;
    const policy = new RoundPolicy(() => now);
    policy.noteAction(byId('yes'));
    const field = document.createElement('input');
    byId('sub').append(field);
    const changedAt = now + 500;
    now += ANSWER_WINDOW_MS + 2000; // a busy page delayed the round
    expect(policy.answers(field, changedAt)).toBe(true);
    expect(policy.answers(field)).toBe(false);
  });

  it('an action outside any form (a tab, a step button) answers for the whole page', () => {
    const { byId } = page();
    const policy = new RoundPolicy(() => 0);
    policy.noteAction(byId('tab'));
    expect(regionOf(byId('tab'))).toBe(document.documentElement);
    expect(policy.answers(byId('elsewhere'))).toBe(true);
  });

  it('a form the next step replaced counts as its whole document', () => {
    const { byId } = page();
    const policy = new RoundPolicy(() => 0);
    policy.noteAction(byId('yes'));
    byId('apply').remove();
    expect(policy.answers(byId('elsewhere'))).toBe(true);
  });

  it('regions reach across shadow roots', () => {
    const { byId } = page();
    const host = document.createElement('div');
    byId('sub').append(host);
    const inner = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(within(byId('apply'), inner)).toBe(true);
    expect(regionOf(inner)).toBe(byId('apply'));
  });
});
