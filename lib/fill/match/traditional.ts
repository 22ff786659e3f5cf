/**
 * Traditional → simplified characters, as data: pairs of one traditional and one simplified
 * character. It covers the characters of the catalog's labels, aliases, group wordings and
 * the vocabulary (a unit test checks that every such character's traditional form, where it
 * has one listed here, maps back), plus the prompts around them (請輸入, 選擇). Characters
 * that are the same in both scripts are not listed.
 */
const PAIRS =
  '單单稱称聯联繫系係系職职務务機机號号碼码郵邮傳传註注冊册資资辦办組组織织構构證证統统會会' +
  '質质類类業业營营萬万發发員员規规數数軟软體体產产總总額额術术簡简項项時时間间負负責责' +
  '電电話话領领範范實实團团隊队協协創创廣广況况計计劃划報报審审稅税榮荣譽誉書书聲声專专' +
  '標标準准識识權权屬属點点門门動动設设備备應应開开結结寫写請请輸输選选擇择與与達达對对' +
  '場场進进個个態态為为內内戶户銀银帳账區区塊块鏈链環环節节雲云網网絡络國国級级獲获認认' +
  '驗验學学據据導导師师歷历經经濟济區区縣县鄉乡鎮镇趨趋勢势規规劃划際际題题問问圖图檔档' +
  '錄录憑凭認认證证鑑鉴測测試试購购貿贸銷销費费稅税額额幣币賬账視视頻频訊讯遞递郵邮層层' +
  '樓楼棟栋號号廳厅總总負负擔担債债稱称轉转換换處处廠厂礎础質质傳传輸输載载續续補补備备' +
  '簽签蓋盖章章聲声責责於于並并讓让語语論论證证課课藝艺術术醫医療疗藥药衛卫護护養养龍龙' +
  '鳳凤華华縣县彙汇匯汇戰战爭争優优勢势維维護护運运營营銷销嵌嵌';

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let index = 0; index + 1 < chars.length; index += 2) {
    const traditional = chars[index] as string;
    const simplified = chars[index + 1] as string;
    if (traditional !== simplified) map.set(traditional, simplified);
  }
  return map;
})();

/** The text with every listed traditional character in its simplified form. */
export function toSimplified(text: string): string {
  let changed = false;
  let result = '';
  for (const char of text) {
    const simplified = TRADITIONAL_TO_SIMPLIFIED.get(char);
    if (simplified) changed = true;
    result += simplified ?? char;
  }
  return changed ? result : text;
}
