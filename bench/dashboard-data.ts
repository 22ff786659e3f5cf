// The large data set of the dashboard benchmark, built in Node from the built-in sample
// applicant and parsed with the store's own zod schemas, so every record written to the
// extension's IndexedDB is exactly what the app would have written. Attachment bytes are
// not built here: the page makes them (see dashboard-page.ts), only metadata travels.
import type { AttachmentRef, FieldValues } from '../lib/catalog';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import {
  type AttachmentRecord,
  attachmentRecordSchema,
  type CompanyRecord,
  companyRecordSchema,
  DRAFT_STATUSES,
  type DraftRecord,
  draftRecordSchema,
  type FiguresRecord,
  figuresRecordSchema,
} from '../lib/store/records';

export interface DatasetSize {
  companies: number;
  drafts: number;
  /** Files over all companies (spread evenly). */
  files: number;
  fileBytes: number;
}

export const LARGE_DATASET: DatasetSize = {
  companies: 20,
  // BENCH_DRAFTS=5000 measures a larger list (the README's figures are with 500).
  drafts: Math.max(1, Number(process.env.BENCH_DRAFTS ?? 500)),
  files: 400,
  fileBytes: 512 * 1024,
};

export interface Dataset {
  companies: CompanyRecord[];
  figures: FiguresRecord[];
  drafts: DraftRecord[];
  attachments: AttachmentRecord[];
}

const CITIES = ['重庆', '成都', '贵阳', '昆明', '西安'] as const;
const BRANDS = ['数联', '智汇', '星河', '慧康'] as const;
const TOPICS = ['医联', '康养', '药链', '健康', '慧诊'] as const;

/** Which 附 item each of a company's files proves, and how many files each item gets. */
const FILE_PLAN: readonly { key: string; count: number; label: string }[] = [
  { key: 'attachment.honourProof', count: 3, label: '荣誉证明' },
  { key: 'attachment.rdProof', count: 4, label: '知识产权证书' },
  { key: 'attachment.revenueProof', count: 4, label: '财务审计报告' },
  { key: 'attachment.projectIpProof', count: 3, label: '项目软件著作权证书' },
  { key: 'attachment.promotionProof', count: 4, label: '用户使用证明' },
  { key: 'attachment.declaration', count: 2, label: '申报主体责任声明' },
];
/** One entry per file of a company, in order. */
const FILE_SLOTS = FILE_PLAN.flatMap((item) => Array.from({ length: item.count }, () => item));

const pad = (value: number, width = 3) => String(value).padStart(width, '0');
const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

export const benchCompanyId = (index: number) => `bench-company-${pad(index + 1, 2)}`;

/**
 * 20 companies (the sample's profile under other names), 3 fiscal years of figures each,
 * 500 drafts (the sample's project under other names, editions 2020 and 2018) whose 附
 * cells reference their company's stored files, and the files' metadata.
 */
export function buildDataset(size: DatasetSize = LARGE_DATASET, now = Date.now()): Dataset {
  const day = 24 * 3600_000;
  const sampleName = String(SAMPLE_APPLICANT.company['company.name']);
  const sampleProject = String(SAMPLE_APPLICANT.draft.values['project.name']);

  const companies = Array.from({ length: size.companies }, (_, index) => {
    const name = sampleName.replace(
      '重庆云栈',
      `${pick(CITIES, index)}${pick(BRANDS, Math.floor(index / CITIES.length))}`,
    );
    return companyRecordSchema.parse({
      id: benchCompanyId(index),
      profile: { ...SAMPLE_APPLICANT.company, 'company.name': name },
      createdAt: now - 400 * day + index * day,
      updatedAt: now - 30 * day + index * day,
    });
  });

  const figures = companies.flatMap((company, index) =>
    Object.entries(SAMPLE_APPLICANT.figuresByYear).map(([year, values]) =>
      figuresRecordSchema.parse({
        companyId: company.id,
        year: Number(year),
        values,
        updatedAt: now - 60 * day + index * day,
      }),
    ),
  );

  const attachments = Array.from({ length: size.files }, (_, index) => {
    const company = companies[index % companies.length] as CompanyRecord;
    const slot = Math.floor(index / companies.length) % FILE_SLOTS.length;
    const plan = pick(FILE_SLOTS, slot);
    const year = 2017 + (slot % 3);
    return attachmentRecordSchema.parse({
      id: `bench-file-${pad(index + 1)}`,
      companyId: company.id,
      requirementKey: plan.key,
      name: `${year}年${plan.label}（${pad(index + 1)}）.pdf`,
      type: 'application/pdf',
      size: size.fileBytes,
      year,
      addedAt: now - 90 * day + index * 3600_000,
    });
  });
  const refsByCompany = new Map<string, Record<string, AttachmentRef[]>>();
  for (const file of attachments) {
    const refs = refsByCompany.get(file.companyId) ?? {};
    refs[file.requirementKey] = [
      ...(refs[file.requirementKey] ?? []),
      { id: file.id, name: file.name, ...(file.year === undefined ? {} : { year: file.year }) },
    ];
    refsByCompany.set(file.companyId, refs);
  }

  const drafts = Array.from({ length: size.drafts }, (_, index) => {
    const company = companies[index % companies.length] as CompanyRecord;
    const companyIndex = index % companies.length;
    const edition2018 = index % 4 === 3;
    const brand = `${pick(BRANDS, Math.floor(companyIndex / CITIES.length))}${pick(TOPICS, index)}`;
    const values: FieldValues = {
      ...SAMPLE_APPLICANT.draft.values,
      'project.name': `${sampleProject.replace('云栈医联', brand)}（${pad(index + 1)}号）`,
      ...(edition2018 ? { 'project.applicationDate': '2018-05-08', 'project.direction': '2018-03' } : {}),
      ...refsByCompany.get(company.id),
    };
    return draftRecordSchema.parse({
      id: `bench-draft-${pad(index + 1)}`,
      companyId: company.id,
      editionId: edition2018 ? '2018' : '2020',
      status: pick(DRAFT_STATUSES, index),
      values,
      // All older than anything the benchmark creates in the run (the sample comes first).
      createdAt: now - 200 * day + index * 3600_000,
      updatedAt: now - 100 * day + index * 3600_000,
    });
  });

  return { companies, figures, drafts, attachments };
}

/** Splits a list into batches of at most `size` (bounded writes per transaction). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}
