export {
  DEFAULT_PROOF_RULES,
  judgeProofFile,
  type ProofJudgement,
  type ProofRules,
  previewType,
} from './judge';
export { pdfPageCount } from './pdf-pages';
export { PROOF_KIND_NAME, PROOF_MIME, type ProofKind, sniffProofKind } from './sniff';
export { proofYear, yearFromFileName } from './year';
