import browser from 'webextension-polyfill';

export function Popup() {
  return (
    <main style={{ padding: 12, width: 240, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 16, margin: '0 0 8px' }}>申报助手</h1>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        打开工作台
      </button>
    </main>
  );
}
