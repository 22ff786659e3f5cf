import { showPrintView } from '@/lib/runtime/print-view';

// 「打印全部」: the whole application, 申报书 then 附1–附n with the proofs (lib/runtime/print-view.ts).
void showPrintView(document);
