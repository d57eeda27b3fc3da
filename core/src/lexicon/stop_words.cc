// The stop word lists, written for precis: pronouns, particles, auxiliaries, conjunctions,
// prepositions, determiners, and the vaguest adverbs and verbs of each language.
#include "lexicon/stop_words.h"

#include "lexicon/word_set.h"

namespace precis::lexicon {
namespace {

// Space-separated; Chinese entries carry both Simplified and Traditional spellings where
// they differ, so that the lists work before and after Traditional→Simplified folding.
constexpr const char* kChinese =
    "的 地 得 了 着 著 过 過 吗 嗎 呢 吧 啊 呀 哦 嘛 么 麼 之 乎 者 也 矣 焉 哉 "
    "我 你 您 他 她 它 牠 我们 我們 你们 你們 他们 他們 她们 她們 它们 它們 咱们 咱們 自己 大家 "
    "这 這 那 哪 这个 這個 那个 那個 这些 這些 那些 这样 這樣 那样 那樣 这种 這種 那种 那種 "
    "这里 這裡 這裏 那里 那裡 那裏 哪里 哪裡 什么 什麼 怎么 怎麼 怎样 怎樣 为什么 為什麼 如何 "
    "谁 誰 哪个 哪個 多少 几 幾 其 其中 其他 其它 其余 其餘 某 某些 各 各个 各個 每 每个 每個 "
    "是 不是 有 没有 沒有 在 不在 为 為 以 于 於 与 與 和 跟 同 及 以及 或 或者 或是 而 而且 并 並 "
    "并且 並且 但 但是 可是 然而 不过 不過 因为 因為 所以 因此 因而 如果 假如 若 虽然 雖然 "
    "尽管 儘管 即使 还是 還是 就是 只是 不但 不仅 不僅 而是 于是 於是 然后 然後 接着 接著 "
    "从 從 自 到 向 往 对 對 对于 對於 关于 關於 由 被 把 将 將 让 讓 给 給 比 按 按照 根据 根據 "
    "通过 通過 随着 隨著 除了 除 为了 為了 由于 由於 至于 至於 经 經 "
    "就 都 也 还 還 又 再 才 已 已经 已經 曾 曾经 曾經 正 正在 将要 將要 会 會 能 可 可以 "
    "要 想 应 應 应该 應該 需 需要 必须 必須 可能 得以 "
    "很 最 更 太 非常 十分 比较 比較 较 較 越 越来越 越來越 极 極 挺 真 "
    "不 没 沒 别 別 未 无 無 非 "
    "这一 這一 这是 這是 一 一个 一個 一些 一种 一種 一样 一樣 一直 一起 一切 一方面 另 另外 另一方面 "
    "个 個 些 种 種 次 位 名 "
    "上 下 中 里 裡 裏 内 內 外 前 后 後 间 間 时 時 时候 時候 之后 之後 之前 以上 以下 以来 以來 "
    "说 說 表示 认为 認為 指出 称 稱 据 據 据悉 據悉 "
    "等 等等 啦 罢了 罷了 而已 来 來 去 做 进行 進行 成为 成為 使 令 "
    "即 亦 乃 则 則 故 且 仍 仍然 均 皆 总 總 共 该 該 此 彼 本 其实 其實 当然 當然 甚至 例如 比如 "
    "目前 现在 現在 今天 当时 當時 同时 同時 以后 以後 "
    // Dates are never terms.
    "今年 去年 明年 前年 昨天 明天 昨日 今日 明日 上午 下午 早上 晚上 凌晨 中午 近日 日前 "
    "星期 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 "
    "周日 週一 週二 週三 週四 週五 週六 週日 年 月 日 号 號 "
    // Units of numbers: a number is never a term, nor is its unit alone.
    "万 萬 亿 億 元 美元 人民币 人民幣 百分之 倍";

constexpr const char* kEnglish =
    "a an the and or but nor so yet for of to in on at by with from into onto upon over under "
    "about above below after before between through during without within along across "
    "against among around behind beyond near off out up down than then as if because while "
    "although though unless until since whether which who whom whose what when where why how "
    "that this these those there here i me my mine myself we us our ours ourselves you your "
    "yours yourself yourselves he him his himself she her hers herself it its itself they them "
    "their theirs themselves one ones is am are was were be been being have has had having do "
    "does did doing done will would shall should can could may might must ought not no yes "
    "all any both each every few more most other some such only own same too very just also "
    "again ever even still already now once quite rather really almost much many lot lots "
    "said says say saying told tell tells according get gets got getting go goes went gone "
    "make makes made take takes took come comes came see seen seem seems like well back way "
    "s t re ve ll d m don didn doesn isn wasn weren aren hasn haven hadn wouldn couldn "
    "shouldn can't cannot it's that's there's he's she's i'm i've i'd we're they're you're "
    "mr mrs ms dr per via around another something anything nothing everything someone anyone "
    "everyone thing things year years day days time times week weeks new old first last next "
    "people man woman men women "
    // Dates are never terms.
    "january february march april june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday today yesterday tomorrow tonight "
    // Units of numbers: a number is never a term, nor is its unit alone.
    "hundred thousand million billion trillion percent cent dollar dollars pound pounds euro "
    "euros yuan";

// English words that stay terms (they link sentences in the similarity graph) but are never
// keyphrases: they name no subject.
constexpr const char* kEnglishWeak =
    // Adverbs of time, frequency and degree, and the vaguest verbs of thought and feeling.
    "never always often sometimes usually soon late later lately early earlier recently ago "
    "instead perhaps maybe probably actually simply certainly nearly almost however "
    "think thinks thinking know knows knew known feel feels feeling want wants wanted "
    "let lets put puts keep keeps kept give gives gave given "
    // Number words say how many, not what.
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundreds thousands millions billions dozen dozens half "
    // Times of day.
    "a.m. p.m. am pm noon midnight morning mornings afternoon evening evenings night nights "
    "weekend weekends hour hours minute minutes year-old years-old";

constexpr const char* kJapanese =
    "の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など "
    "なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって "
    "により おり より による ず なり られる において ば なかっ なく しかし について せ だっ "
    "その後 できる それ う ので なお のみ でき き つ における および いう さらに でも ら たり "
    "ます です でした ません まし ました でしょ だろ ね よ わ ぞ ぜ さん 私 僕 俺 あなた 彼 彼女 "
    "我々 私たち これら それら あれ あの どの どれ ここ そこ あそこ どこ いつ なに 何 誰 "
    "ごと 中 上 下 前 後 今 時 日 年 月";

}  // namespace

bool IsStopWord(std::u16string_view key) {
  static const WordSet* set = new WordSet({kChinese, kEnglish, kJapanese});
  return set->Contains(key);
}

bool IsWeakKeyphraseWord(std::u16string_view key) {
  static const WordSet* set = new WordSet({kEnglishWeak});
  return set->Contains(key);
}

}  // namespace precis::lexicon
