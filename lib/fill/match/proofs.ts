/**
 * What an upload slot asks for, and which stored files serve it: the proof kinds of
 * vocabulary.ts (营业执照, 审计报告, 纳税证明, 知识产权, 荣誉, 责任声明 …) found in a slot's label or
 * a file's name. Kinds are read from the meaning of the words, never from one site's numbering,
 * so a slot labelled 「请上传年度审计报告」 and one labelled 附1-3 reach the same stored proof.
 */
import { normalizeText } from './normalize';
import { PROOF_KINDS } from './vocabulary';

const KINDS = PROOF_KINDS.map((kind) => ({
  id: kind.id,
  words: [...new Set(kind.words.map(normalizeText).filter(Boolean))],
}));

/** The proof kinds a text names (a label, a catalog wording or a file name), in vocabulary order. */
export function proofKinds(text: string): string[] {
  const norm = normalizeText(text);
  if (!norm) return [];
  return KINDS.filter((kind) => kind.words.some((word) => norm.includes(word))).map((kind) => kind.id);
}

/** The proof kinds any of several texts names. */
export function proofKindsOf(texts: readonly string[]): string[] {
  const found = new Set(texts.flatMap(proofKinds));
  return KINDS.map((kind) => kind.id).filter((id) => found.has(id));
}

/**
 * The files of one stored proof that serve a slot asking for `wanted` kinds: those whose names
 * name one of them; when none does, the files whose names name no kind at all (their content is
 * unknown, and the slot took this proof by its meaning). A file named for another kind (a
 * 纳税证明 for a 审计报告 slot) never goes in: a wrong upload is worse than a missing one.
 * Without wanted kinds (a slot known only as 附1-3) every file serves.
 */
export function filesForSlot<T extends { name: string }>(
  wanted: readonly string[],
  files: readonly T[],
): T[] {
  if (wanted.length === 0) return [...files];
  const named = files.filter((file) => proofKinds(file.name).some((kind) => wanted.includes(kind)));
  if (named.length > 0) return named;
  return files.filter((file) => proofKinds(file.name).length === 0);
}
