/**
 * Type and page settings of the 申报书, shared by the .docx and the HTML preview.
 *
 * 填表须知 五: "1.A4幅面编辑。2.正文字体3号仿宋，单倍行距；一级标题3号黑体；二级标题3号楷体。"
 * 3号 is 16 pt. Tables 一 and 二 are exempt ("除表格一、二以外"), so they use 小四 (12 pt) to
 * keep their labels on one or two lines.
 */

/** A font role and the names it is written with: the Windows name, then the fallback. */
export interface FontFace {
  /** Name written into w:rFonts (Word and WPS know these on Chinese Windows). */
  name: string;
  /** w:altName in the font table: what Word uses when `name` is missing. */
  altName: string;
  /** CSS font-family list for the preview. */
  css: string;
}

export const FONTS = {
  /** 仿宋: body text. */
  body: {
    name: 'FangSong',
    altName: '仿宋_GB2312',
    css: "FangSong, '仿宋', '仿宋_GB2312', STFangsong, 'Noto Serif CJK SC', serif",
  },
  /** 黑体: 一级标题. */
  hei: { name: 'SimHei', altName: '黑体', css: "SimHei, '黑体', STHeiti, 'Noto Sans CJK SC', sans-serif" },
  /** 楷体: 二级标题. */
  kai: {
    name: 'KaiTi',
    altName: '楷体_GB2312',
    css: "KaiTi, '楷体', '楷体_GB2312', STKaiti, 'Noto Serif CJK SC', serif",
  },
  /** The ☑/☐ glyphs: 仿宋 has no ballot boxes, Segoe UI Symbol (Windows) does. */
  symbol: {
    name: 'Segoe UI Symbol',
    altName: 'MS Gothic',
    css: "'Segoe UI Symbol', 'MS Gothic', 'DejaVu Sans', sans-serif",
  },
} as const satisfies Record<string, FontFace>;

export type FontRole = keyof typeof FONTS;

/** Sizes in points (3号 = 16, 小四 = 12, 一号 = 26, 小五 = 9). */
export const SIZES = {
  body: 16,
  heading: 16,
  table: 12,
  tableNote: 10.5,
  title: 26,
  header: 10.5,
  footer: 10.5,
} as const;

/** A4 in twips (1/20 pt): 210 × 297 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  /** Word's zh-CN 「普通」 margins: 2.54 cm top and bottom, 3.17 cm left and right. */
  margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 },
} as const;

/** Text width between the margins, in twips: what the tables' columns add up to. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Colour of 草稿 marks and 【待填写】 placeholders. */
export const DRAFT_COLOR = 'C00000';

/** Characters: a first-line indent of two characters, as Chinese body text is set. */
export const INDENT_CHARS = 2;
