import { pdfPageCount } from './pdf-pages';
import { PROOF_KIND_NAME, PROOF_MIME, type ProofKind, sniffProofKind } from './sniff';

/** What an edition's 申报系统 takes as a proof file. */
export interface ProofRules {
  maxBytes: number;
  kinds: readonly ProofKind[];
}

/**
 * PDF, JPG and PNG are what the online system's upload slots and the printed 附件 can use;
 * 20 MB is the usual per-file limit of such systems. OFD is accepted only where an edition
 * says its site takes it.
 */
export const DEFAULT_PROOF_RULES: ProofRules = { maxBytes: 20 * 1024 * 1024, kinds: ['pdf', 'jpeg', 'png'] };

export type ProofJudgement =
  | { ok: true; kind: ProofKind; type: string; pages?: number }
  | { ok: false; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Whether a chosen file can serve as a proof: not empty, not larger than the edition
 * allows, and really one of the accepted kinds by its content. The stored type is the one
 * the bytes show. Messages are zh-CN and say what to do.
 */
export async function judgeProofFile(
  file: Blob & { name: string },
  rules: ProofRules = DEFAULT_PROOF_RULES,
): Promise<ProofJudgement> {
  const accepted = rules.kinds.map((kind) => PROOF_KIND_NAME[kind]).join('、');
  if (file.size === 0) return { ok: false, message: `「${file.name}」是空文件，请重新选择扫描件或照片。` };
  if (file.size > rules.maxBytes)
    return {
      ok: false,
      message: `「${file.name}」有 ${megabytes(file.size)}，超过每个附件 ${megabytes(rules.maxBytes)} 的上限，请压缩或拆分后再上传。`,
    };
  // Read only once the size is known to be within the limit.
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = sniffProofKind(bytes);
  if (!kind || !rules.kinds.includes(kind))
    return {
      ok: false,
      message: `「${file.name}」不是 ${accepted} 文件（按文件内容判断，不看扩展名），申报系统和纸质附件都用不了。请另存为 PDF 或图片后再上传。`,
    };
  const pages = kind === 'pdf' ? pdfPageCount(bytes) : undefined;
  return pages === undefined
    ? { ok: true, kind, type: PROOF_MIME[kind] }
    : { ok: true, kind, type: PROOF_MIME[kind], pages };
}

/** The MIME type to show a stored file with, from its bytes; undefined when it must not be previewed. */
export function previewType(head: Uint8Array): string | undefined {
  const kind = sniffProofKind(head);
  return kind === 'pdf' || kind === 'jpeg' || kind === 'png' ? PROOF_MIME[kind] : undefined;
}
