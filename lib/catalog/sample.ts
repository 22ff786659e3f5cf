import type { FieldValues } from './types';

/**
 * Shenbao's built-in sample applicant: a fictional Chongqing company (no real company,
 * person, phone number or mailbox is meant) with figures for 2017–2019 and one complete
 * 2020 draft that passes every rule of the 申报书. Used by the demo, the dashboard's
 * 「载入示例」 and the tests, so every text is written to read like a credible application.
 */

export interface SampleDraft {
  editionId: string;
  /** Project-scope and attachment-scope keys. */
  values: FieldValues;
}

export interface SampleApplicant {
  /** Scope 'company' keys only. */
  company: FieldValues;
  /** Scope 'figures' keys only, per fiscal year. */
  figuresByYear: Readonly<Record<number, FieldValues>>;
  draft: SampleDraft;
}

const paragraphs = (...lines: string[]): string => lines.join('\n');

const COMPANY: FieldValues = {
  'company.name': '重庆云栈数智科技股份有限公司',
  'contact.name': '周晓岚',
  'contact.title': '董事会秘书',
  'contact.mobile': '13983627415',
  'contact.fax': '023-67392815',
  'contact.email': 'zhouxiaolan@yunzhanshuzhi.com',
  'company.registeredCapital': '3600',
  'company.legalRepresentative': '陈立峰',
  'company.registeredAddress': '重庆市渝北区仙桃街道数据谷中路107号2幢8层',
  'company.officeAddress': '重庆市渝北区仙桃街道数据谷中路107号2幢8-11层',
  // GB 32100-2015: 91 (工商·企业) + 500112 (渝北区) + 组织机构代码 05618723-0 + check P.
  'company.creditCode': '91500112056187230P',
  'company.nature': 'private',
  'company.mainBusiness': [
    'bigData',
    'cloud',
    'ai',
    'iot',
    'mobileInternet',
    'systemIntegration',
    'operations',
    'other',
  ],
  'company.mainBusinessOther': '互联网医疗服务与智慧医院信息化',
  'company.listed': true,
  'company.listingDate': '2017-03-16',
  'company.listingPlace': '全国中小企业股份转让系统（新三板）',
  'company.stockCode': '871263',
  'company.exports': true,
  'company.exportDestinations': '越南、泰国、老挝等东南亚国家',
  'honours.highTech.level': 'national',
  'honours.highTech.year': '2017',
  'honours.techCenter.level': 'provincial',
  'honours.techCenter.year': '2018',
  // 重点实验室: not held, so both level and year stay empty.
  'honours.other': ['重庆市“专精特新”中小企业（2019年）', '重庆市知识产权优势企业（2018年）'],
  'company.rdCapability':
    '截至2019年底，公司累计获得授权发明专利9项、实用新型专利16项，登记计算机软件著作权87项，拥有注册商标12件；主持制定团体标准T/CQDHA 003—2019《互联网医院远程会诊服务平台技术要求》，参与制定重庆市地方标准2项；通过CMMI 3级评估和ISO 9001质量管理体系、ISO/IEC 27001信息安全管理体系、ISO/IEC 20000信息技术服务管理体系认证，核心平台通过信息系统安全等级保护三级测评。',
  'company.isSoftwareEnterprise': true,
  // Beyond the 申报书 (fields-extra.ts): what online systems commonly ask for as well.
  'company.foundedDate': '2012-08-21',
  'company.postalCode': '401120',
  'company.website': 'www.yunzhanshuzhi.com',
  'company.bankName': '中国建设银行股份有限公司重庆渝北支行',
  'company.bankAccount': '50050110360000004217',
  'company.employees': '312',
  'company.industrySection': 'I',
  'company.industry': '65',
  'company.legalRepresentativeMobile': '13908316524',
  'contact.landline': '023-67392816',
  'contact.secondName': '何嘉宁',
  'contact.secondMobile': '13658392047',
  'contact.secondEmail': 'hejianing@yunzhanshuzhi.com',
  'company.intro':
    '重庆云栈数智科技股份有限公司成立于2012年，2017年在全国中小企业股份转让系统挂牌，是国家高新技术企业，建有重庆市企业技术中心。公司深耕医疗健康信息化，主营互联网医疗服务平台、智慧医院信息系统、医疗物联网终端及运营维护服务，产品体系覆盖医院、基层医疗机构、药店和居民。2019年实现主营业务收入1.27亿元，其中信息消费相关业务收入占比超过七成，业务覆盖重庆市十四个区县，并出口至越南、泰国、老挝等东南亚国家。公司依托自建的医疗健康云平台，汇聚医生、药品、检查检验和医保结算等资源，与医科院校、电信运营商和医药流通企业长期合作，资源整合与共享能力较强。公司现有研发人员165人，累计取得发明专利9项、软件著作权87项，主持制定团体标准1项，多项成果已在区域医共体和互联网医院中规模化应用，技术成果转化能力突出。',
};

/** 万元; 软件业务收入 = 产品 + 信息技术服务 + 嵌入式系统软件, every year. */
const FIGURES_BY_YEAR: Readonly<Record<number, FieldValues>> = {
  2017: {
    'figures.mainRevenue': '6820',
    'figures.rdInvestment': '742.6',
    'figures.infoConsumptionRevenue': '4150',
    'figures.rdStaff': '96',
    'figures.softwareRevenue': '5704',
    'figures.softwareProductRevenue': '2380.2',
    'figures.itServiceRevenue': '2725.8',
    'figures.embeddedSoftwareRevenue': '598',
  },
  2018: {
    'figures.mainRevenue': '9150',
    'figures.rdInvestment': '1035.8',
    'figures.infoConsumptionRevenue': '6280',
    'figures.rdStaff': '128',
    'figures.softwareRevenue': '8036',
    'figures.softwareProductRevenue': '3410',
    'figures.itServiceRevenue': '3760.4',
    'figures.embeddedSoftwareRevenue': '865.6',
  },
  2019: {
    'figures.mainRevenue': '12680',
    'figures.rdInvestment': '1468.3',
    'figures.infoConsumptionRevenue': '9360',
    'figures.rdStaff': '165',
    'figures.softwareRevenue': '11160',
    'figures.softwareProductRevenue': '4820.5',
    'figures.itServiceRevenue': '5136.2',
    'figures.embeddedSoftwareRevenue': '1203.3',
  },
};

const DRAFT_2020: FieldValues = {
  'project.recommender': '重庆市经济和信息化委员会',
  'project.applicationDate': '2020-05-06',
  'project.name': '基于5G和人工智能的“云栈医联”互联网医疗服务平台',
  'project.period': { start: '2019-07-01', end: '2021-06-30' },
  'project.investment': '3860',
  'leader.name': '唐思远',
  'leader.title': '副总经理兼首席技术官',
  'leader.mobile': '18680932756',
  'leader.email': 'tangsiyuan@yunzhanshuzhi.com',
  'project.direction': '2020-03',
  'project.summary':
    '本项目依托公司自主研发的云栈医联互联网医疗服务平台，运用5G、人工智能、物联网和大数据技术，建设在线问诊、预约挂号、电子处方流转与药品配送、慢病管理和远程会诊五大服务板块，打通医院、基层医疗卫生机构、药店和居民之间的数据与服务通道，推动优质医疗资源下沉。项目建设期两年，总投资3860万元，主要用于平台研发、软硬件购置、推广运营和安全保障，资金由企业自筹，目前已完成投资1710万元。平台采用微服务云原生架构，自研医学知识图谱和智能分诊引擎，分诊准确率超过九成，支持5G高清远程会诊和可穿戴设备体征数据实时上传，已取得发明专利4项、软件著作权23项。截至目前，平台已接入医疗机构463家、签约医生两千余名，注册用户186万人，疫情期间提供免费发热咨询逾二十万人次，有效缓解了线下就诊压力，具有良好的示范推广价值。',
  'detail.qualification': paragraphs(
    '重庆云栈数智科技股份有限公司成立于2012年8月，注册资本3600万元，2017年3月在全国中小企业股份转让系统挂牌（证券代码871263），是国家高新技术企业（2017年认定）和重庆市“专精特新”中小企业，建有重庆市企业技术中心（2018年认定），通过CMMI 3级、ISO/IEC 27001、ISO/IEC 20000认证和信息系统安全等级保护三级测评，具备建设和运营互联网医疗平台所需的资质与能力。',
    '资源整合共享能力：公司医疗健康云平台已接入二级以上医院37家、基层医疗卫生机构426家、连锁药店152家，签约医生2100余名，并与医保结算、医药流通和物流配送企业完成系统对接，可在区域内统一调度号源、医生、药品和检查检验资源。',
    '注册用户规模：云栈医联平台由公司2016年上线的“云栈健康”App升级而来，目前注册用户186万人，月活跃用户约32万人，累计提供在线问诊132万人次。',
    '技术基础与成果转化：公司现有研发人员165人，2019年研发投入1468.3万元，占主营业务收入的11.6%，累计获得发明专利9项、软件著作权87项，主持制定团体标准1项，近三年有14项研发成果转化为产品并实现销售。',
    '孵化能力：公司设立“云栈健康创新工场”，向创业团队开放平台接口、医疗资源和测试环境，已孵化基层远程心电、互联网护理上门等4个创新团队。',
  ),
  'detail.implementationPlan': paragraphs(
    '技术方案：平台采用“云—边—端”架构。云端以容器化微服务构建在线问诊、预约挂号、处方流转与药品配送、慢病管理、远程会诊五个业务中心和统一的医疗数据中台；边缘侧在合作医院部署5G医疗边缘节点，支撑高清音视频会诊和医学影像低时延传输；终端覆盖居民App、微信小程序、医生工作站和可穿戴体征监测设备。AI能力层包括医学知识图谱、智能分诊引擎和慢病风险预测模型，数据按等保三级要求加密存储、分级授权访问。',
    '服务推广及成果转化：以区县医共体为单元整体接入，采取“平台免费接入、按服务量分成”的方式降低医疗机构门槛，以医保在线支付和药品到家提升居民使用意愿。',
    '保障措施：成立由董事长任组长的项目领导小组，设立专项资金账户，实行项目经理负责制和月度进度考核。',
    '进度安排：2019年7月至12月完成一期（在线问诊、挂号、处方流转与药品配送）；2020年完成二期（5G远程会诊、AI辅助分诊、慢病管理）；2021年上半年完成区域推广和验收。',
    '预期目标与效益：到2021年6月，接入医疗机构1000家，注册用户400万人，年在线问诊300万人次；项目达产后年新增营业收入约6500万元、利税约1100万元。',
    '风险与成长性：针对医疗数据安全、政策调整和医院接入进度等风险，分别采取安全加固、政策跟踪和分批接入措施。随着互联网诊疗和医保线上支付政策逐步放开，预计平台服务量年均增长50%以上。',
  ),
  'detail.team': paragraphs(
    '项目负责人唐思远，公司副总经理兼首席技术官，正高级工程师，计算机应用技术专业博士，从事医疗健康信息化工作17年，2013年加入公司，主持建设了公司医疗健康云平台和区域医共体信息平台，参与国家重点研发计划课题1项，主持重庆市技术创新与应用发展专项项目2项，获重庆市科技进步奖二等奖1项。',
    '项目团队共68人，其中博士5人、硕士21人，高级职称12人，具有临床医学或公共卫生背景的9人。团队按平台架构、AI算法、医疗业务、移动应用、数据安全和运营推广设六个小组，核心成员平均从业年限超过8年。团队此前完成区县区域卫生信息平台、互联网医院、家庭医生签约服务系统等同类项目20余个，熟悉医疗机构业务流程和卫生健康行业标准。',
    '团队成员先后参与省部级及以上科研项目6项，其中国家级1项、省部级5项，涵盖医学知识图谱构建、基层慢病智能管理和5G远程医疗等方向，为本项目实施提供了直接的技术积累。',
  ),
  'detail.collaboration': paragraphs(
    '项目坚持“企业主导、院校支撑、医院应用”的产学研用协作模式。',
    '一是与重庆嘉陵医科大学共建“智慧医疗联合实验室”，由该校临床专家参与医学知识图谱、分诊规则和慢病管理路径的构建与审核，双方联合培养研究生，已共同申请发明专利2项。',
    '二是与重庆缙云理工大学人工智能学院合作开展医学文本理解和慢病风险预测算法研究，学院派驻3名教师和8名研究生参与模型训练与评测。',
    '三是与本地基础电信运营商合作建设5G医疗专网和边缘计算节点，在6家合作医院开展5G远程会诊试点。',
    '四是与嘉陵医科大学附属第二医院等12家应用单位建立临床需求反馈机制，每月召开产品评审会，由一线医生对功能和流程提出改进意见；与2家医药流通企业完成处方流转和药品配送对接。',
    '通过上述机制，项目形成了“需求来自临床、研发依托院校、验证回到医院”的协同创新闭环，新功能从提出到上线的平均周期由3个月缩短至6周。',
  ),
  'detail.innovation': paragraphs(
    '技术创新：一是构建覆盖1.2万种疾病、3.6万种症状和8万余种药品的中文医学知识图谱，结合自然语言理解实现智能预问诊和分诊，分诊准确率达到92.4%；二是研发5G远程会诊边缘协同技术，在边缘节点完成影像预处理和音视频转码，会诊端到端时延控制在100毫秒以内；三是基于可穿戴设备连续体征数据建立高血压、糖尿病风险预测模型，实现异常自动预警和医生主动干预。',
    '模式创新：平台改变单家医院自建互联网医院的做法，以区县医共体为单元统一接入，形成“基层首诊、线上复诊、处方流转、药品到家”的闭环服务；采取“平台免费接入、按服务量分成”的收费方式，由医院、药店和平台共担成本，降低了基层医疗机构的信息化门槛。',
    '知识产权：项目已获得发明专利4项（如“一种基于医学知识图谱的智能分诊方法”）、受理发明专利6项，登记软件著作权23项，主持制定团体标准T/CQDHA 003—2019《互联网医院远程会诊服务平台技术要求》。',
  ),
  'detail.replicability': paragraphs(
    '示范意义及推广价值：项目以区县医共体为单元，将互联网医疗服务延伸到乡镇卫生院和村卫生室，探索出适合山区、库区的在线医疗服务模式，对缓解基层群众看病难、看病远具有示范意义。疫情期间平台提供免费发热咨询21.6万人次，验证了在线医疗在突发公共卫生事件中的分流作用。',
    '推广可行性：平台采用标准化接口，已适配主流的HIS、LIS、PACS系统和医保结算接口，新接入一家二级医院平均只需2周、一家基层医疗卫生机构只需2天；平台以SaaS方式提供服务，医疗机构无需自建机房，接入成本低。',
    '推广范围：2020年至2021年，在重庆现有14个区县基础上扩展到30个区县，并向四川、贵州等西部省份的县域医共体复制推广；依托公司在越南、泰国、老挝的智慧医院项目基础，择机向东南亚国家推广远程会诊和在线问诊服务。',
  ),
  'detail.subjects': paragraphs(
    '实施主体：重庆云栈数智科技股份有限公司为项目建设和运营主体，负责平台研发、部署、运维和推广；合作医院和基层医疗卫生机构提供医生资源和诊疗服务，合作药店和医药流通企业负责药品供应与配送。',
    '服务对象：一是城乡居民，特别是慢性病患者、老年人和偏远地区群众；二是各级医疗机构和医务人员；三是卫生健康管理部门，平台向其提供服务量、处方和疾病谱等统计数据，支撑监管和决策。',
    '适用场景：（1）常见病、慢性病在线复诊和电子处方续方；（2）预约挂号、检查检验报告查询和在线缴费；（3）基层医生通过5G远程会诊向上级医院专家求助；（4）高血压、糖尿病患者居家体征监测和异常预警；（5）疫情等突发公共卫生事件期间的发热咨询和心理疏导；（6）处方药品配送到家，减少患者往返医院次数。',
  ),
  'detail.progress': paragraphs(
    '已开展工作：项目于2019年7月启动，截至2020年4月累计完成投资1710万元，占计划总投资的44.3%。一期已于2019年12月建成上线，实现在线问诊、预约挂号、电子处方流转和药品配送，平台接入医疗机构463家、签约医生2100余名，注册用户186万人，累计提供在线问诊132万人次、流转电子处方38.6万张、配送药品29.4万单。',
    '二期正在推进：AI智能分诊引擎已于2020年2月上线；5G远程会诊在6家医院试点，累计会诊1860例；慢病管理模块已完成开发，正在3个区县试运行。2020年1月，平台开通新冠肺炎免费发热咨询专区，累计服务21.6万人次。',
    '问题和难点：一是部分基层医疗机构网络条件和信息化基础薄弱，接入进度慢于预期；二是各医院信息系统接口标准不统一，数据对接工作量大；三是部分老年用户使用智能手机存在困难。',
    '解决措施：联合基础电信运营商为基层机构优先开通5G和宽带专线；依据已发布的团体标准推广统一接口规范，开发标准化接入适配器；在App中推出适老化大字版和家属代办功能，由家庭医生团队上门指导使用。',
  ),
  'detail.nextSteps': paragraphs(
    '主要建设内容：一是在全部合作二级以上医院部署5G远程会诊，建设区域远程会诊调度中心；二是将慢病管理模块推广至全部签约区县，接入可穿戴体征监测设备5万台；三是升级医学知识图谱和AI分诊引擎，增加影像辅助诊断功能；四是完成与重庆市医保信息平台的线上支付对接；五是开展等级保护三级复测和数据安全治理。',
    '进度安排：2020年5月至9月完成医保线上支付对接和慢病管理推广；2020年10月至12月完成5G远程会诊全面部署和知识图谱升级；2021年1月至4月开展四川、贵州县域医共体推广试点；2021年5月至6月完成项目总结、第三方测评和验收。',
    '风险控制：技术风险方面，关键模块采用灰度发布和双活部署，确保服务可用性不低于99.9%；数据安全风险方面，落实个人信息保护和医疗数据分类分级管理，定期开展渗透测试和应急演练；政策风险方面，安排专人跟踪互联网诊疗和医保支付政策，及时调整服务内容；资金风险方面，实行专款专用和季度审计，确保剩余2150万元投资按计划到位。',
  ),
  'attachment.honourProof': [
    { name: '高新技术企业证书.pdf', year: 2017 },
    { name: '重庆市企业技术中心、“专精特新”中小企业等认定文件.pdf' },
  ],
  'attachment.rdProof': [
    { name: '发明专利证书及计算机软件著作权登记证书汇编.pdf', year: 2019 },
    { name: '团体标准T-CQDHA 003-2019文本.pdf', year: 2019 },
  ],
  'attachment.revenueProof': [
    { name: '2019年度财务审计报告.pdf', year: 2019 },
    { name: '2019年度企业所得税纳税证明.pdf', year: 2019 },
  ],
  'attachment.projectIpProof': [
    { name: '云栈医联平台发明专利证书（4项）.pdf' },
    { name: '云栈医联平台软件著作权登记证书（23项）.pdf' },
  ],
  'attachment.promotionProof': [
    { name: '云栈医联平台医疗机构用户使用证明.pdf', year: 2020 },
    { name: '云栈医联平台典型应用案例及服务合同.pdf' },
  ],
  'attachment.declaration': [{ name: '申报主体责任声明（法定代表人签字并盖章）.pdf', year: 2020 }],
  'attachment.businessLicense': [{ name: '营业执照（副本，加盖公章）.pdf' }],
  'attachment.legalRepresentativeId': [{ name: '法定代表人身份证（正反面）.pdf' }],
};

export const SAMPLE_APPLICANT: SampleApplicant = {
  company: COMPANY,
  figuresByYear: FIGURES_BY_YEAR,
  draft: { editionId: '2020', values: DRAFT_2020 },
};
