// Word lists for the annotators, written by hand for this project. Traditional and
// Simplified forms are both listed where they differ.
#include "annotate/lexicon.h"

#include <bitset>

namespace precis::annotate::lexicon {

namespace {

// Splits a space-separated list once; the views point into the static literal.
Words Split(std::u16string_view list) {
  Words out;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(u' ', start);
    if (end == std::u16string_view::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Splits a list separated by '|' (for entries holding spaces).
Words SplitBars(std::u16string_view list) {
  Words out;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(u'|', start);
    if (end == std::u16string_view::npos) end = list.size();
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

#define PRECIS_WORDS(name, list)          \
  const Words& name() {                   \
    static const Words* words = new Words(Split(list)); \
    return *words;                        \
  }
#define PRECIS_BAR_WORDS(name, list)      \
  const Words& name() {                   \
    static const Words* words = new Words(SplitBars(list)); \
    return *words;                        \
  }

PRECIS_WORDS(Surnames,
             u"王 李 張 张 劉 刘 陳 陈 楊 杨 黃 黄 趙 赵 吳 吴 周 徐 孫 孙 馬 马 朱 胡 郭 何 高 林 羅 罗 "
             u"鄭 郑 梁 謝 谢 宋 唐 許 许 韓 韩 馮 冯 鄧 邓 曹 彭 曾 蕭 萧 田 董 袁 潘 蔣 蒋 蔡 余 杜 "
             u"葉 叶 程 蘇 苏 魏 呂 吕 丁 任 沈 姚 盧 卢 姜 崔 鍾 钟 譚 谭 陸 陆 汪 范 金 石 廖 賈 贾 夏 "
             u"韋 韦 付 方 白 鄒 邹 孟 熊 秦 邱 江 尹 薛 閻 阎 段 雷 侯 龍 龙 史 陶 黎 賀 贺 顧 顾 毛 郝 "
             u"龔 龚 邵 錢 钱 嚴 严 覃 武 戴 莫 孔 湯 汤 柯 賴 赖 翁 洪 游 詹 歐 欧 施 簡 简 卓 傅 俞 "
             u"溫 温 伍 涂 顏 颜 倪 牛 童 鄔 邬 紀 纪 連 连 康 包 郁 甘 殷 祝 左 喬 乔 岳 霍 辛 聶 聂 "
             u"藍 蓝 單 单 莊 庄 凌 魯 鲁 李 雲 云 柳 尤 杭 邢 滕 裴 易 饒 饶 俞 鄺 邝 麥 麦 符 官")
bool IsSingleSurname(char16_t c) {
  static const std::bitset<0x10000>* const bits = [] {
    auto* built = new std::bitset<0x10000>();
    for (std::u16string_view w : Surnames()) {
      if (w.size() == 1) built->set(w[0]);
    }
    return built;
  }();
  return bits->test(c);
}
PRECIS_WORDS(CompoundSurnames,
             u"歐陽 欧阳 司馬 司马 諸葛 诸葛 上官 東方 东方 夏侯 皇甫 尉遲 尉迟 公孫 公孙 令狐 慕容 "
             u"長孫 长孙 司徒 端木 張簡 张简")
PRECIS_WORDS(WeakSurnames, u"高 金 石 方 白 江 田 文 龍 龙 雲 云 易 官 符 包 甘 左 任 連 连 史 武 常 萬 万 向 于")
PRECIS_WORDS(ZhTitles,
             u"董事長 董事长 執行長 执行长 總裁 总裁 總經理 总经理 CEO CFO CTO COO 創辦人 创办人 "
             u"創始人 创始人 總統 总统 副總統 副总统 主席 總理 总理 首相 部長 部长 局長 局长 院長 院长 "
             u"市長 市长 縣長 县长 省長 省长 州長 州长 議員 议员 立委 委員 委员 發言人 发言人 分析師 "
             u"分析师 經濟學家 经济学家 教授 研究員 研究员 律師 律师 法官 記者 记者 主任 處長 处长 "
             u"校長 校长 行長 行长 總監 总监 經理 经理 醫師 医师 醫生 医生 大使 將軍 将军 總書記 "
             u"总书记 國務卿 国务卿 主播 合夥人 合伙人 策略師 策略师 首席 理事長 理事长 秘書長 秘书长 "
             u"總幹事 总干事 董事 廳長 厅长 署長 署长 主委 檢察官 检察官 創投家 投資人 投资人")
PRECIS_WORDS(ZhCorporateTitles,
             u"董事長 董事长 執行長 执行长 總裁 总裁 總經理 总经理 CEO CFO CTO COO 創辦人 创办人 "
             u"創始人 创始人 發言人 发言人 理事長 理事长 秘書長 秘书长")
PRECIS_WORDS(ZhHonorifics, u"先生 女士 小姐 博士 教授 總統 总统 董事長 董事长")
PRECIS_WORDS(ZhSpeechVerbs,
             u"表示 說 说 指出 強調 强调 透露 認為 认为 坦言 直言 稱 称 提到 回應 回应 解釋 解释 補充 "
             u"补充 警告 宣布 宣佈 承認 承认 談到 谈到 說道 说道 問道 问道 提醒 呼籲 呼吁 預測 预测 "
             u"預計 预计 估計 估计 告訴 告诉 坦承 感嘆 感叹 重申 主張 主张 形容 分析 批評 批评 寫道 写道")
PRECIS_WORDS(ZhAdverbs,
             u"也 則 则 還 还 更 又 亦 曾 便 就 再 特別 特别 進一步 进一步 公開 公开 直接 隨後 随后 "
             u"當時 当时 近日 日前 昨天 今天 昨日 今日 對此 对此 同時 同时 先前 此前 早前 最近 並 并")
PRECIS_WORDS(ZhNameStops,
             u"在 於 于 的 也 與 与 和 及 則 则 曾 是 將 将 已 還 还 又 為 为 就 對 对 向 所 並 并 都 "
             u"被 把 從 从 到 跟 同 等 之 而 但 以 今 昨 近 日 稱 称 說 说 表 指 強 强 透 認 认 坦 直 "
             u"提 回 解 補 补 警 宣 承 談 谈 這 这 那 其 個 个 們 们 了 著 着 過 过 得 地 上 下 中")
PRECIS_WORDS(ZhOrgSuffixes,
             u"公司 集團 集团 協會 协会 大學 大学 銀行 银行 委員會 委员会 基金會 基金会 研究院 研究所 "
             u"科學院 科学院 交易所 法院 政府 組織 组织 聯盟 联盟 學會 学会 學院 学院 醫院 医院 "
             u"電視台 电视台 日報 日报 時報 时报 通訊社 通讯社 新聞社 新闻社 控股 工會 工会 議會 议会 "
             u"商會 商会 中心 實驗室 实验室 事務所 事务所 航空 電信 电信 證券 证券 基金 "
             u"國會 国会 內閣 内阁")
PRECIS_WORDS(ZhCorporateOrgSuffixes,
             u"公司 集團 集团 控股 銀行 银行 證券 证券 基金 航空 電信 电信 中心 實驗室 实验室 事務所 事务所")
PRECIS_WORDS(ZhShortOrgSuffixes, u"部 局 院 署 廳 厅 社 黨 党 軍 军")
PRECIS_WORDS(ZhOrgPrefixStops,
             u"的 在 於 于 由 被 向 對 对 與 与 和 及 跟 同 把 將 将 據 据 根據 根据 通過 通过 透過 透过 "
             u"包括 是 為 为 了 已 也 等 並 并 而 以 從 从 到 讓 让 給 给 使 令 該 该 此 這 这 那 其 "
             u"各 每 一家 這家 这家 那家 表示 指出 稱 称 說 说 加入 成立 收購 收购 投資 投资 宣布 宣佈 "
             u"印發 印发 推出 旗下 大型 知名 來自 来自 位於 位于 擔任 担任 任職 任职 前往 進入 进入 "
             u"離開 离开 創立 创立 成為 成为 包含 透過 兩家 两家 多家 數家 数家 我們 我们 他們 他们 "
             u"或 且 即 上 下 中 內 内 外 前 後 后 時 时 又 還 还 也 曾 所 就 設立 设立 建立 建設 建设 "
             u"設置 设置 注明 註明 請 请 轉載 转载 並且 并且 以及 還有 还有 已經 已经 因此 因而 所以 "
             u"興起 兴起 要求 促請 促请 呼籲 呼吁 設有 设有 接管 現任 现任 前任 並有 并有 有 要 讓 "
             u"希望 認為 认为 批評 批评 經由 经由 踏入 進駐 进驻 入股 合併 合并 併購 并购 控告 "
             u"起訴 起诉 委託 委托 聯手 联手 攜手 携手 支持 反對 反对 參與 参与 主辦 主办 舉辦 举办 "
             u"出席 邀請 邀请 代表 帶領 带领 領導 领导 管理 經營 经营 任職於 任职于 後來 后来 "
             u"包括了 例如 如 像 比如")
PRECIS_WORDS(ZhGenericOrgWords,
             u"科技 大型 上市 跨國 跨国 國營 国营 民營 民营 私人 外資 外资 中資 中资 台資 台资 相關 "
             u"相关 其他 其它 這些 这些 那些 許多 许多 本 母 子 新 該 该 金融 電力 电力 能源 數據 "
             u"数据 研究 服務 服务 管理 地方 中央 全國 全国 國家 国家 聯邦 联邦 州 市 縣 县 省 "
             u"公立 私立 一流 頂尖 顶尖 美國 美国 中國 中国 台灣 台湾 臺灣 日本 韓國 韩国 各國 各国 "
             u"人工智能 人工智慧 AI 晶片 芯片 半導體 半导体 汽車 汽车 網路 网络 互聯網 互联网 新創 "
             u"初創 初创 創業 创业 製造 制造 軟體 软件 硬體 硬件 數位 数字 媒體 媒体 商業 商业 "
             u"投資 投资 保險 保险 控股 資產 资产 管理 顧問 顾问 物流 生技 生物 醫療 医疗 電子 电子 "
             u"全球 世界 國際 国际 海外 境外 國內 国内 市場 市场 產業 产业 行業 行业 公司 集團 集团 "
             u"研發 研发 創新 创新 營運 营运 客服 技術 技术 設計 设计 訓練 训练 培訓 培训 "
             u"有限 股份 分 總 总 旗艦 旗舰 購物 购物 社區 社区 電力 地區 地区 當地 当地 社會 社会")
PRECIS_WORDS(ZhPlaces,
             u"中國 中国 美國 美国 台灣 臺灣 台湾 日本 韓國 韩国 南韓 南韩 北韓 北韩 朝鮮 朝鲜 英國 "
             u"英国 法國 法国 德國 德国 俄羅斯 俄罗斯 俄國 俄国 印度 加拿大 澳洲 澳大利亞 澳大利亚 "
             u"新加坡 馬來西亞 马来西亚 印尼 印度尼西亞 印度尼西亚 泰國 泰国 越南 菲律賓 菲律宾 巴西 "
             u"墨西哥 阿根廷 義大利 意大利 西班牙 葡萄牙 荷蘭 荷兰 比利時 比利时 瑞士 瑞典 挪威 芬蘭 "
             u"芬兰 丹麥 丹麦 波蘭 波兰 烏克蘭 乌克兰 以色列 伊朗 伊拉克 敘利亞 叙利亚 沙烏地阿拉伯 "
             u"沙特阿拉伯 沙特 土耳其 埃及 南非 奈及利亞 尼日利亚 肯亞 肯尼亚 紐西蘭 新西兰 巴基斯坦 "
             u"阿富汗 歐洲 欧洲 亞洲 亚洲 非洲 美洲 北美 北美洲 南美 南美洲 拉丁美洲 拉美 中東 中东 "
             u"東南亞 东南亚 東亞 东亚 南亞 南亚 中亞 中亚 香港 澳門 澳门 北京 上海 廣州 广州 深圳 "
             u"天津 重慶 重庆 杭州 南京 武漢 武汉 成都 西安 蘇州 苏州 廈門 厦门 青島 青岛 長沙 长沙 "
             u"鄭州 郑州 瀋陽 沈阳 大連 大连 寧波 宁波 合肥 福州 濟南 济南 昆明 哈爾濱 哈尔滨 台北 "
             u"臺北 新北 桃園 桃园 台中 臺中 台南 臺南 高雄 新竹 基隆 嘉義 嘉义 花蓮 花莲 台東 臺東 "
             u"宜蘭 宜兰 屏東 屏东 彰化 苗栗 東京 东京 大阪 京都 首爾 首尔 釜山 倫敦 伦敦 巴黎 柏林 "
             u"紐約 纽约 華盛頓 华盛顿 華府 华府 矽谷 硅谷 舊金山 旧金山 洛杉磯 洛杉矶 芝加哥 波士頓 "
             u"波士顿 西雅圖 西雅图 莫斯科 孟買 孟买 新德里 雪梨 悉尼 墨爾本 墨尔本 多倫多 多伦多 "
             u"溫哥華 温哥华 杜拜 迪拜 布魯塞爾 布鲁塞尔 日內瓦 日内瓦 羅馬 罗马 馬德里 马德里 "
             u"曼谷 雅加達 雅加达 河內 河内 胡志明市 吉隆坡 馬尼拉 马尼拉 廣東 广东 江蘇 江苏 浙江 "
             u"福建 山東 山东 四川 湖北 湖南 河南 河北 雲南 云南 海南 貴州 贵州 江西 安徽 山西 陝西 "
             u"陕西 甘肅 甘肃 遼寧 辽宁 吉林 黑龍江 黑龙江 新疆 西藏 內蒙古 内蒙古 廣西 广西 寧夏 "
             u"宁夏 青海 加州 德州 佛州 紐約州 纽约州 大陸 大陆 長三角 长三角 珠三角 粵港澳 粤港澳 "
             u"大灣區 大湾区 亞太 亚太 烏克蘭 全台 兩岸 两岸")
PRECIS_WORDS(ZhPlaceSuffixes, u"市 縣 县 省")
PRECIS_WORDS(ZhNotPlaces,
             u"城市 都市 股市 上市 超市 夜市 門市 门市 黑市 樓市 楼市 車市 车市 房市 債市 债市 匯市 "
             u"汇市 新市 退市 開市 开市 收市 休市 全市 本市 該市 该市 各市 郡縣 郡县 各縣 各县 全縣 "
             u"全县 本縣 本县 節省 节省 反省 全省 本省 各省 外省 該省 该省 行省 次市 港股市 美股市 "
             u"A股市 牛市 熊市 利市 面市 問市 问市 入市 救市 托市 護盤 撤市")

PRECIS_BAR_WORDS(EnPlaces,
                 u"United States|U.S.|US|USA|America|China|Taiwan|Japan|South Korea|North Korea|Korea|"
                 u"United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Ireland|France|"
                 u"Germany|Russia|India|Canada|Australia|Singapore|Malaysia|Indonesia|Thailand|Vietnam|"
                 u"Philippines|Brazil|Mexico|Argentina|Chile|Colombia|Peru|Italy|Spain|Portugal|"
                 u"Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Finland|Denmark|Poland|Greece|"
                 u"Ukraine|Israel|Iran|Iraq|Syria|Lebanon|Saudi Arabia|Qatar|United Arab Emirates|UAE|"
                 u"Turkey|Egypt|South Africa|Nigeria|Kenya|Ethiopia|New Zealand|Pakistan|Afghanistan|"
                 u"Bangladesh|Europe|Asia|Africa|North America|South America|Latin America|Middle East|"
                 u"Southeast Asia|East Asia|Asia-Pacific|Hong Kong|Macau|Beijing|Shanghai|Shenzhen|"
                 u"Guangzhou|Hangzhou|Wuhan|Chengdu|Taipei|Kaohsiung|Hsinchu|Taichung|Tokyo|Osaka|"
                 u"Kyoto|Seoul|Busan|London|Paris|Berlin|Munich|Frankfurt|Moscow|New York|New York City|"
                 u"Washington|Los Angeles|San Francisco|San Jose|Silicon Valley|Chicago|Boston|Seattle|"
                 u"Miami|Atlanta|Dallas|Houston|Austin|Denver|Phoenix|Las Vegas|Detroit|Philadelphia|"
                 u"Texas|California|Florida|Arizona|Nevada|Oregon|Ohio|Michigan|Virginia|New Jersey|"
                 u"Pennsylvania|Massachusetts|Illinois|Colorado|Utah|Alaska|Hawaii|Sydney|Melbourne|"
                 u"Toronto|Vancouver|Montreal|Mumbai|Delhi|New Delhi|Bangalore|Dubai|Abu Dhabi|"
                 u"Brussels|Geneva|Zurich|Rome|Milan|Madrid|Barcelona|Lisbon|Amsterdam|Vienna|"
                 u"Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Athens|Kyiv|Kiev|"
                 u"Jerusalem|Tel Aviv|Gaza|West Bank|Tehran|Baghdad|Cairo|Istanbul|Ankara|Mexico City|"
                 u"Manchester|Liverpool|Edinburgh|Dublin|Bangkok|Jakarta|Manila|Hanoi|Kuala Lumpur|"
                 u"Nairobi|Lagos|Johannesburg|Cape Town|Buenos Aires|Sao Paulo|Rio de Janeiro|Lima|"
                 u"Bogota|Santiago|Havana|Caracas|Ottawa|Canberra|Auckland|Wellington|Arctic|Antarctica")
PRECIS_BAR_WORDS(EnTitles,
                 u"Mr.|Mrs.|Ms.|Miss|Dr.|Prof.|Professor|President|Vice President|Senator|Sen.|Rep.|"
                 u"Representative|Governor|Gov.|Mayor|Minister|Prime Minister|Secretary|Chancellor|Judge|"
                 u"Justice|General|Gen.|Chairman|Chairwoman|Chair|CEO|CFO|CTO|COO|chief executive|"
                 u"chief executive officer|chief financial officer|chief technology officer|chief operating officer|"
                 u"chief economist|chief scientist|analyst|economist|spokesman|spokeswoman|spokesperson|"
                 u"founder|co-founder|director|professor|Premier|King|Queen|Prince|Princess|Pope|Coach|"
                 u"Captain|Officer|Detective|Sgt.|Lt.|Col.|Chief|Sir|Dame|Lord|Lady|Speaker|Ambassador|"
                 u"researcher|scientist|lawyer|attorney|chairman|president|vice president|manager|"
                 u"head|executive|engineer|strategist|partner|investor|reporter|Commissioner|Director|"
                 u"Administrator|Secretary-General|Attorney General")
PRECIS_BAR_WORDS(EnCorporateTitles,
                 u"CEO|CFO|CTO|COO|chief executive|chief executive officer|chief financial officer|"
                 u"chief technology officer|chief operating officer|chief economist|chief scientist|"
                 u"founder|co-founder|chairman|Chairman|chairwoman|president|President|spokesman|spokeswoman|"
                 u"spokesperson|analyst|strategist|head|executive|director|Director|Administrator|"
                 u"Commissioner|Secretary|Secretary-General|Minister|economist|researcher|partner")
PRECIS_WORDS(EnSpeechVerbs,
             u"said says told added explained noted asked wrote stated argued warned insisted announced "
             u"recalled continued replied admitted claimed commented predicted cautioned acknowledged "
             u"stressed emphasized emphasised tweeted posted remarked observed suggested conceded")
PRECIS_BAR_WORDS(EnOrgSuffixes,
                 u"Inc.|Inc|Corp.|Corp|Corporation|Co.|Ltd.|Ltd|LLC|L.L.C.|PLC|plc|Group|Holdings|"
                 u"University|College|Institute|Administration|Agency|Association|Bank|Capital|Commission|"
                 u"Committee|Council|Department|Ministry|Foundation|Fund|Partners|Ventures|Technologies|"
                 u"Technology|Systems|Motors|Airlines|Airways|Reserve|Authority|Bureau|Party|Times|Post|"
                 u"Journal|News|Labs|Laboratories|Network|Exchange|Court|Senate|Congress|Parliament|"
                 u"Organization|Organisation|Service|Services|Union|Federation|Club|Society|Board|Office|"
                 u"Securities|Investments|Management|Industries|Pharmaceuticals|Energy|Electric|Semiconductor|"
                 u"Microsystems|Devices|Media|Press|Broadcasting|Telegraph|Guardian|Herald|Tribune|Academy|"
                 u"Police|Army|Navy|Force|Forces|Command|Hospital|Clinic|Center|Centre|School|Museum|Trust|"
                 u"Library|Libraries|Gallery|Theater|Theatre|Orchestra|Company|Cooperative|Church|League")
// The last word of a capitalized run that makes it a place: Elm Street, Harbor Town.
PRECIS_BAR_WORDS(EnPlaceSuffixes,
                 u"County|Province|Prefecture|District|Street|Avenue|Road|Boulevard|Lane|Square|Park|"
                 u"River|Lake|Bay|Harbor|Harbour|Island|Islands|Mountain|Mountains|Valley|Bridge|Town|"
                 u"Village|City|Peninsula|Strait|Coast|Desert|Forest")
PRECIS_BAR_WORDS(EnOrgHeads,
                 u"University|Bank|Ministry|Department|Institute|Academy|Bureau|Office|Council|Commission|"
                 u"Federation|Association|Museum|College|School|Court|Board|Agency|Federal Reserve Bank|"
                 u"Church|Party|League|Union|Society")
PRECIS_WORDS(EnNotNames,
             u"The A An But And Or In On At It He She They We I You This That These Those Its His Her "
             u"Their Our My Your After Before When While If As For With From By Some Many Most All Last "
             u"Next Earlier Later Meanwhile However Still Yet So Now Then Also Even More Other One Two "
             u"Three Four Five Six Seven Eight Nine Ten There Here What Who Why How Where Which Both "
             u"Each Every No Not Only Just Since Until Although Though Despite During Under Over About "
             u"According Among Between Against Without Within Into Through Across Around Like Unlike "
             u"Today Yesterday Tomorrow Once Instead Because Such Several Few Much Another Any Either "
             u"Neither Whether Than Do Does Did Is Are Was Were Be Been Has Have Had Can Could Will "
             u"Would Should May Might Must Shall Let Please Thanks Thank Yes Meanwhile Notice Note "
             u"Read Click Sign Subscribe Share Follow Copyright Photo Image Video Watch Advertisement "
             u"Related Mr Mrs Ms Dr Certainly Clearly Finally Recently Currently Previously Additionally "
             u"Unfortunately Fortunately Importantly Interestingly Ultimately Initially Eventually "
             u"Apparently Obviously Similarly Likewise Indeed Perhaps Maybe Hopefully Surprisingly "
             u"Admittedly Naturally Generally Basically Essentially Notably Specifically Overall "
             u"Nevertheless Nonetheless Furthermore Moreover Otherwise Therefore Thus Hence Again "
             u"Already Always Never Often Sometimes Usually Soon Police Officials Experts Analysts "
             u"Researchers Scientists Residents Witnesses Sources Critics Supporters Fans Officers")
PRECIS_WORDS(EnNotAcronyms,
             u"AI CEO CFO CTO COO CIO GDP IPO ETF API GPU GPUs CPU CPUs AM PM TV ID OK PC PCs PR HR IT "
             u"VR AR EV EVs US USA UK UAE EU PRC DC OS UI UX QA FAQ PDF URL HTML CSS JS SQL USB LED LCD "
             u"MW GW KW KWH GB TB MB KB NM II III IV VI VII VIII IX XI XII RMB USD EUR GBP JPY CNY TWD "
             u"HKD NT DNA RNA COVID SUV SUVs LLM LLMs ESG R&D M&A Q1 Q2 Q3 Q4 H1 H2 YOY YTD AGI ASAP "
             u"NB PS CC BCC RE FW AD BC AND OR THE OF IN ON AT TO FOR A I")
PRECIS_BAR_WORDS(EnMonths,
                 u"January|February|March|April|May|June|July|August|September|October|November|December|"
                 u"Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.")
PRECIS_WORDS(EnWeekdays, u"Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

#undef PRECIS_WORDS
#undef PRECIS_BAR_WORDS

}  // namespace precis::annotate::lexicon
