/**
 * 填表须知 as printed in the 2020 申报书 (seed 004, 附件2). `guideNotice` is the notice named in
 * item 一; the rest is the 2020 wording. A package stores the resulting text, so a later
 * edition with other 须知 simply stores its own.
 */
export function instructionsNaming(guideNotice: string): readonly string[] {
  return [
    `一、申报单位应仔细阅读${guideNotice}的有关说明，如实、详细地填写每一部分内容。`,
    '二、除另有说明外，申报表中栏目不得空缺。申报书要求提供证明材料处，请在附件中进行补充，附1为申报单位基本信息相关证明补充材料，附2为申报示范项目相关证明材料。',
    '三、申报主体所申报的项目需拥有自主知识产权，对提供参评的全部资料的真实性负责，并签署申报主体责任声明（见附件3）。',
    '四、申报材料要求盖章处，须加盖公章，复印无效，申报材料需加盖骑缝章，并将证明材料作为附件1并交由推荐单位邮寄。',
    '五、除表格一、二以外，其他填报格式要求：1.A4幅面编辑。2.正文字体3号仿宋，单倍行距；一级标题3号黑体；二级标题3号楷体。',
  ];
}
