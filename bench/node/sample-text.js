// Text written for this benchmark, used to build the large inputs when ../shared/eval is
// absent: a few paragraphs of news-like Chinese (Simplified and Traditional) and English.
export const SAMPLE_CHINESE = [
  '本市昨天召开交通规划座谈会，来自高校、企业和居民代表的三十多位嘉宾围绕地铁新线的走向展开讨论。规划部门表示，新线将连接城东的科技园区和城西的老城区，全长约二十四公里，预计设站十八座。',
  '有居民担心施工期间的噪音和道路封闭会影响日常出行，负责人回应说，施工单位会在夜间限制重型机械作业，并提前公布绕行方案。一位退休教师说：「只要工期透明，我们愿意配合。」',
  '經濟研究院週二發布的報告指出，今年第三季出口金額較去年同期成長百分之七點二，主要來自半導體與伺服器零組件的需求。不過報告也提醒，原物料價格波動與匯率變化仍是下半年的主要風險。',
  '這家新創公司由三位工程師在二〇一九年創立，專注於開發能在手機上離線執行的語音辨識模型。執行長在記者會上表示，公司希望在明年把產品推廣到東南亞市場，並與當地電信業者合作。',
  '气象台今天上午发布暴雨蓝色预警，预计未来十二小时内北部山区将出现短时强降水，局地伴有雷电和七级以上阵风。防汛部门提醒市民减少外出，远离河道和低洼地带，驾车时注意积水路段。',
  '图书馆的周末阅读活动已经坚持了五年。每到周六上午，孩子们围坐在儿童区，听志愿者讲绘本故事；家长们则在隔壁的展厅里交流育儿心得。馆长说，明年计划把活动延伸到社区分馆。',
].join('\n');

export const SAMPLE_ENGLISH = [
  'The city council voted on Tuesday to extend the riverside bike path by another four miles, ending a debate that had dragged on for almost two years. Supporters said the route would take cars off the bridge during rush hour.',
  'Opponents argued that the $12.5 million budget would be better spent on bus services. "We are paying for a path that few people will use in winter," said one council member, who voted against the plan.',
  'Construction is expected to begin in early spring and last about eighteen months. The contractor, a regional firm based in the north of the state, has promised to keep at least one lane of the waterfront road open at all times.',
  'Meanwhile, researchers at the local university published a study suggesting that commuters who cycle at least three days a week report fewer sick days. Dr. Ellen Park, who led the study, cautioned that the sample was small.',
  'Local businesses along the route gave the project a mixed reception. A café owner said the path could bring new customers on weekends, while a hardware store manager worried about losing the parking spaces in front of his shop.',
  'The council will hold a public hearing next month on the design of the new crossings. Residents can also submit comments online until the end of the month, and the final plans will be published in the autumn.',
].join('\n');
