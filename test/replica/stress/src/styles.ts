/** Card styles, adopted by the document and by every shadow root (document CSS does not reach them). */
export const CARD_CSS = `
:host { display: block; }
.nest { border: 1px dashed #9bb3d6; padding: 8px; color: #888; font-size: 12px; background: #f8fafd; }
.card { background: #fff; border: 1px solid #d6dde8; margin: 0 0 12px; padding: 12px 16px; }
.card h3 { margin: 0 0 8px; font-size: 15px; color: #1f4e9c; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 16px; }
.row { display: flex; align-items: center; gap: 6px; min-width: 0; font-size: 13px; }
.row.wide { grid-column: 1 / -1; flex-wrap: wrap; }
.lbl { flex: 0 0 auto; color: #555; }
.lbl.long { display: block; flex-basis: 100%; max-height: 4.8em; overflow: auto; color: #888; font-size: 12px; }
input[type=text], input[type=date], select, textarea {
  flex: 1; min-width: 0; height: 26px; border: 1px solid #b8c2cf; border-radius: 2px; font: inherit; padding: 0 4px;
}
textarea { height: auto; width: 100%; padding: 4px; }
.opt { display: inline-flex; align-items: center; gap: 2px; margin-right: 8px; }
`;

/** The page around the cards: title bar, heading, 提交. */
export const PAGE_CSS = `
body {
  margin: 0; background: #eef1f6; color: #333;
  font: 14px/1.6 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
}
.topbar {
  height: 56px; line-height: 56px; padding: 0 32px; color: #fff; font-size: 20px; font-weight: bold;
  letter-spacing: 2px; background: linear-gradient(#2459b0, #1f4e9c); border-bottom: 3px solid #c8a24a;
}
.page { max-width: 1200px; margin: 16px auto 32px; }
.title h2 { margin: 0; font-size: 22px; }
.muted { color: #888; font-size: 13px; margin: 4px 0 12px; }
.actions { text-align: center; margin-top: 16px; }
.btn {
  min-width: 120px; height: 36px; border: 1px solid #1f4e9c; border-radius: 2px; background: #1f4e9c; color: #fff;
  font: inherit; letter-spacing: 4px; cursor: pointer;
}
`;
