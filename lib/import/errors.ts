import { UserError } from '@/lib/errors';

/** Files above this are refused before a byte is read (a 申报书 with photos is a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Why a file cannot be imported; the message is zh-CN and says what to do. */
export class ImportError extends UserError {
  override name = 'ImportError';
}

export const IMPORT_MESSAGES = {
  tooLarge: (megabytes: number) =>
    `文件太大（${megabytes} MB），超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，没有读取。请确认选的是申报书（.docx）或数据表（.xlsx/.csv）；申报书中的大图片可在 Word 中「压缩图片」后再导入。`,
  empty: '文件是空的（0 字节），没有读取。请重新选择文件。',
  oldDoc:
    '这是旧版 Word 文档（.doc），无法直接读取。请用 Word 打开它，选择「文件 → 另存为」，保存类型选「Word 文档（*.docx）」，再导入新保存的 .docx 文件。（WPS：「文件 → 另存为 → Word 文件（*.docx）」。）',
  oldXls:
    '这是旧版 Excel 表格（.xls），无法直接读取。请用 Excel 打开它，选择「文件 → 另存为」，保存类型选「Excel 工作簿（*.xlsx）」，或另存为 CSV，再导入。',
  encrypted:
    '文件设置了打开密码（已加密），无法读取。请在 Word/Excel 中打开它，选择「文件 → 信息 → 保护文档 → 用密码进行加密」，清空密码后保存，再导入。',
  corrupted: (what: string) =>
    `文件已损坏或不完整，无法读取（${what}）。请在 Word/Excel 中确认它能正常打开，重新保存后再导入。`,
  unknownType: (name: string) =>
    `无法识别「${name}」的格式。请导入往年的申报书（.docx），或年度经营数据表（.xlsx 或 .csv）。`,
  notApplication:
    '这个 Word 文档不像申报书：没有找到「一、申报单位基本信息」「二、申报项目基本信息」表格中的栏目（如单位名称、项目名称）。请选择填好的申报书 .docx 文件。',
  noYears:
    '表格中没有找到年份（如「2019」「2019年」）。请让年份占一行（表头）或一列，数据名称（如主营业务收入、研发投入）占另一方向，再导入。',
  noFigures:
    '表格中没有找到可识别的数据名称（如主营业务收入、研发投入、软件业务收入）。请检查表头或第一列的名称。',
  badCsv: '无法读取 CSV 文件的文字编码。请在 Excel 中「另存为 → CSV UTF-8（逗号分隔）」后再导入。',
} as const;
