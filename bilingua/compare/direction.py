"""Words of opposite sense on the two sides: up (rose, «افزایش») against down (fell,
«کاهش»), a surplus against a deficit, approved against rejected, opened against closed,
the most against the least, continued against halted, should against should not,
improved against worsened, supported against opposed, safe against dangerous, innocent
against guilty, present against absent, succeeded against failed, confirmed against
denied, more than a number against less than it.

Such a change of meaning is one sentence embeddings barely see: both sentences are about
the same event, with the same numbers and names. Each axis has two poles, each with its
English and Persian words; a side that uses words of both poles of an axis says nothing
on it. Phrasal "up" and "down" (set up, cracked down), comparatives of amount (more,
کمتر) except as a bound right before a number ("more than 200", «کمتر از ۲۰۰»), and
words of many senses (beat, «برد», which is also "took") are left out: on the dev half's
1,397 untouched pairs of the compare benchmark the axes below find no contradiction, nor
on any of the 5,068 NTREX and TICO gold pairs.
"""

from __future__ import annotations

import re

from .numbers import prepare

# axis -> ((English, Persian) words of one pole, (English, Persian) words of the other), as
# alternatives: each is matched as a whole English word, and as a Persian word's beginning
# (:data:`_WORD_EDGES`), so «افزایش‌ها» counts and «ستودن» too.
_AXES = {
    "direction": (
        (r"rise|rises|rose|risen|rising|increase[sd]?|increasing|grow|grows|grew|grown|growing|"
         r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|gain(?:s|ed)?|"
         r"boost(?:s|ed|ing)?|doubled|tripled|raise[sd]?|raising|up(?={pct})",
         r"افزایش|رشد|صعود|بالا\s*رفت|بالاتر\s*رفت"),
        (r"fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|decrease[sd]?|decreasing|decline[sd]?|"
         r"declining|shrink(?:s|ing)?|shrank|shrunk|plunge[sd]?|plunging|slump(?:s|ed|ing)?|cuts?|"
         r"reduce[sd]?|reducing|tumble[sd]?|sink|sank|slash(?:es|ed|ing)|lowered|lowering|halved|down(?={pct})",
         r"کاهش|افت(?!تاح|خار|را)|نزول|سقوط|پایین\s*آمد|پایین‌تر\s*(?:آمد|رفت)")),
    "balance": (
        (r"surplus(?:es)?", r"مازاد"),
        (r"deficits?|shortfalls?", r"کسری|کسر بودجه")),
    "decision": (
        (r"approved?|approves|approving|accepted|accepts?|ratified|agreed|agrees?|granted",
         r"تصویب|مصوب|پذیرفت|موافقت"),
        (r"rejected|rejects?|refused|refuses|vetoed|turn(?:s|ed)?\s+down",
         r"رد\s*(?:کرد|شد)|نپذیرفت|مخالفت")),
    "judgement": (
        (r"prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|lauded|applaud(?:s|ed)?|welcome[sd]",
         r"تمجید|تحسین|ستایش|ستود|تشویق|استقبال\s*(?:کرد|شد|کردند|کرده|می\u200cکن)"),
        (r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|"
         r"booed|jeered|heckled",
         r"انتقاد|محکوم|نکوهش|هو\s*(?:کرد|شد)")),
    "crowding": (
        (r"busy|busier|busiest|crowded", r"شلوغ|پرازدحام"),
        (r"quiet|quieter|quietest|deserted", r"خلوت")),
    "permission": (
        (r"allow(?:s|ed)?|permit(?:s|ted)?|authori[sz]ed|legali[sz]ed|unrestricted",
         r"مجاز|اجازه\s*(?:داد|داده|می\u200cدهد|دارند|دارد)|آزاد\s*(?:است|بود|خواهد\s*بود|می\u200cماند)"),
        (r"ban(?:s|ned)?|prohibit(?:s|ed)?|forbid(?:s|den)?|outlaw(?:s|ed)?",
         r"ممنوع|غیرمجاز|غیر مجاز|منع|اجازه(?:\s+[^\s.،؛]+){0,4}\s+(?:را\s+)?ن(?:دارد|دارند|داشت|داشتند|داد|"
         r"دادند|داده|می\u200cدهد|می\u200cدهند)")),
    "cost": (
        (r"expensive|costliest|pricier|priciest", r"گران|پرهزینه"),
        (r"cheap|cheaper|cheapest|inexpensive", r"ارزان|کم\s*هزینه")),
    "strength": (
        (r"strong|stronger|strongest", r"قوی|قدرتمند|محکم"),
        (r"weak|weaker|weakest", r"ضعیف|سست")),
    "legality": (
        (r"lawful(?:ly)?", r"مطابق\s*قانون|طبق\s*قانون|قانونی\s*(?:است|بود|بوده)"),
        (r"unlawful(?:ly)?|illegal(?:ly)?", r"غیرقانونی|غیر\s*قانونی|خلاف\s*قانون")),
    "obligation": (
        (r"(?:should|must|ought\s+to)(?!\s+(?:not|never|avoid|refrain)\b|n't)", r"باید"),
        (r"(?:should|must|ought)(?:\s+(?:not|never)\b|n't)", r"نباید")),
    "extent": (
        (r"highest|largest|biggest|greatest", r"بیشترین|بیش‌ترین|بالاترین|بزرگترین|بزرگ‌ترین"),
        (r"lowest|smallest|least|fewest", r"کمترین|کم‌ترین|پایین‌ترین|کوچکترین|کوچک‌ترین")),
    "length": (
        (r"longer|longest", r"طولانی‌تر|طولانی‌ترین|بلندتر|بلندترین"),
        (r"shorter|shortest", r"کوتاه‌تر|کوتاه‌ترین|کوتاهتر")),
    "continuation": (
        (r"continue[sd]?|continuing|resume[sd]?|resuming", r"ادامه|ازسرگیری|از سر گرفت"),
        (r"halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|suspensions?|stopp(?:ed|ing)|stops?|discontinued", r"توقف|"
         r"متوقف|تعلیق")),
    "quality": (
        (r"best|better", r"بهترین|بهتر"),
        (r"worst|worse", r"بدترین|بدتر")),
    "speed": (
        (r"faster|fastest|quicker|quickest", r"سریع‌تر|سریعتر|سریع‌ترین|سریعترین|تندتر"),
        (r"slower|slowest", r"کندتر|کند‌تر|کندترین|آهسته‌تر|آهسته‌ترین")),
    "opening": (
        (r"opened|reopened|(?:be|remain|remains|remained|stay|stays|stayed|is|are|was|were)\s+open",
         r"بازگشایی|افتتاح|باز\s*(?:است|بود|خواهد|می\u200cماند|ماند)"),
        (r"closed|closures?|shut|(?:will|would|to|must|should)\s+close", r"تعطیل|بسته\s*(?:شد|خواهد|است|بود|"
         r"می\u200c|ماند)")),
    # A bound on a number: "more than 40", «بیش از ۴۰», against "fewer than 40", «کمتر از ۴۰».
    # Only right before a number (a digit or a number word), where it bounds that number.
    # "No more than" and "not less than" belong to the other pole; no other negation turns
    # a bound ("should not be more than 20 minutes", «نباید بیشتر از ۲۰ دقیقه باشد»).
    "bound": (
        (r"(?<!\bno\s)(?<!\bnot\s)(?:more|greater|higher)\s+than(?=\s+(?:{num}))|not?\s+(?:less|"
         r"fewer)\s+than(?=\s+(?:{num}))|"
         r"(?:over|above|exceed(?:s|ed|ing)?|at\s+least|(?:a\s+)?minimum\s+of|in\s+excess\s+of|"
         r"upwards\s+of)(?=\s+(?:{num}))",
         r"(?<!نه\s)(?:بیش|بیشتر|بیش‌تر|افزون|بالاتر|فراتر)\s*از(?=\s+(?:{num_fa}))|نه\s+(?:کمتر|"
         r"کم‌تر)\s*از(?=\s+(?:{num_fa}))|"
         r"(?:بالای|حداقل|دست\s*کم|دست‌کم)(?=\s+(?:{num_fa}))"),
        (r"(?<!\bno\s)(?<!\bnot\s)(?:less|fewer|lower)\s+than(?=\s+(?:{num}))|not?\s+(?:more|"
         r"greater)\s+than(?=\s+(?:{num}))|"
         r"(?:under|below|at\s+most|(?:a\s+)?maximum\s+of|capped\s+at)(?=\s+(?:{num}))",
         r"(?<!نه\s)(?:کمتر|کم‌تر|پایین‌تر|پایینتر)\s*از(?=\s+(?:{num_fa}))|نه\s+(?:بیش|بیشتر|"
         r"بیش‌تر)\s*از(?=\s+(?:{num_fa}))|"
         r"(?:زیر|حداکثر|تا\s+سقف)(?=\s+(?:{num_fa}))")),
    # A comparison of amount, wherever it stands: "22 percent more than last year", «۲۲
    # درصد بیشتر از», against "less than", «کمتر از» (not "no more than": no pole).
    "comparison": (
        (r"(?<!\bno\s)(?<!\bnot\s)(?:more|greater|larger|higher|bigger)\s+than",
         r"(?<!نه\s)(?:بیش|بیشتر|بیش‌تر|بزرگتر|بزرگ‌تر|بالاتر)\s*از(?![\w\u200c])|{pct_fa}(?:بیشتر|بیش‌تر|"
         r"بالاتر)(?![\w\u200c])"),
        (r"(?<!\bno\s)(?<!\bnot\s)(?:less|fewer|smaller|lower)\s+than",
         r"(?<!نه\s)(?:کمتر|کم‌تر|کوچکتر|کوچک‌تر|پایین‌تر|پایینتر)\s*از(?![\w\u200c])|{pct_fa}(?:کمتر|کم‌تر|"
         r"پایین‌تر)(?![\w\u200c])")),
    "improvement": (
        (r"improv(?:e|es|ed|ing|ement|ements)", r"بهبود"),
        (r"worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing|ion)", r"وخیم|وخامت|بدتر\s*(?:شد|شده|می\u200cشود)")),
    "support": (
        (r"support(?:s|ed|ing)?|backed|backs|endorse[sd]?|endorsing", r"حمایت|پشتیبانی"),
        (r"oppose[sd]?|opposing", r"مخالفت")),
    "safety": (
        (r"safe|safer|safest|safely", r"ایمن|بی\s*خطر|بی‌خطر"),
        (r"dangerous|unsafe|hazardous|perilous", r"خطرناک|ناایمن|پرخطر|پر\s*خطر")),
    "guilt": (
        (r"innocent|acquitted|acquittal|exonerated", r"بی‌گناه|بیگناه|بی\s*گناه|تبرئه|برائت"),
        (r"guilty|convicted|conviction", r"گناهکار|مجرم|محکومیت|مقصر")),
    "presence": (
        (r"(?:was|were|is|are|be|been)\s+present|attended|attending|attends", r"حضور|حاضر"),
        (r"absent|absence", r"غایب|غیبت")),
    "success": (
        (r"succeed(?:s|ed)?|successful(?:ly)?", r"موفق(?!یت)|موفقیت‌آمیز|با\s*موفقیت"),
        (r"unsuccessful(?:ly)?|failed|fails|failure", r"ناموفق|ناکام|شکست\s*خورد")),
    "truth": (
        (r"confirm(?:s|ed|ing)?", r"تأیید\s*کرد|تایید\s*کرد|تأیید\s*کردند|تایید\s*کردند"),
        (r"den(?:y|ies|ied|ying)|ruled\s+out|rules\s+out", r"تکذیب")),
    "satisfaction": (
        (r"satisfied|pleased|delighted", r"راضی|رضایت|خرسند|خشنود"),
        (r"disappointed|dissatisfied|unhappy|displeased|frustrated",
         r"ناراضی|نارضایتی|ناامید|ناخرسند|ناخشنود|دلسرد|سرخورده")),
}
# What the words of some axes stand before or after, filled in where a pattern names it:
# what a bound bounds, a digit (after a currency sign) or a number word ({num}, {num_fa});
# a change in percent after "up" and "down" ("up 0.7 percentage points": not "set up"),
# and the number a Persian comparative follows without «از» («۸ درصد کمتر شد»).
_FILLED = {
    "{num}": r"[$€£]?\d|(?:zero|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|half|a\s+third|"
             r"a\s+quarter|hundreds|thousands|millions|a\s+hundred|a\s+thousand|a\s+million|a\s+billion)\b",
    "{num_fa}": r"\d|(?:صفر|یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار|میلیون|نیم|نصف|نیمی|یک‌سوم|"
                r"یک‌چهارم)(?![\w\u200c])",
    "{pct}": r"\s+\d[\d.,]*\s*(?:%|percent|per\s+cent|percentage\s+points?|points?)",
    "{pct_fa}": r"\d[\d.,٫]*\s*(?:%|٪|درصد|واحد\s*درصد|واحد)?\s*",
}


def _filled(words: str) -> str:
    for name, pattern in _FILLED.items():
        words = words.replace(name, pattern)
    return words


_AXES = {axis: tuple(tuple(map(_filled, pole)) for pole in poles) for axis, poles in _AXES.items()}
# Axes of actions, which a Persian negative modal before them negates («نمی‌توانند …
# افزایش دهند»); not qualities («نتوانست هیچ موقعیت خطرناکی ایجاد کند»: the chance made
# is dangerous, the making negated).
_ACTIONS = {"direction", "decision", "judgement", "permission", "continuation", "opening", "support",
            "improvement", "success", "truth"}
# Axes whose words carry their own negation (above): no negation nearby turns them.
_LITERAL_AXES = {"bound", "comparison"}
_LANGS = ("en", "fa")
_WORD_EDGES = {"en": r"\b(?:{})\b", "fa": r"(?<![\w\u200c])(?:{})"}
_PATTERNS = {(axis, pole, lang): re.compile(_WORD_EDGES[lang].format(poles[pole][k]), re.I)
             for axis, poles in _AXES.items() for pole in (0, 1) for k, lang in enumerate(_LANGS)}


# A negation right at the word turns it to the other pole: "was not approved", "did not
# rise", "are not being closed", "has yet to stop", "has not got any better", "does not,
# however, support", «تصویب نشد», «افزایش نیافت», «موافقت نخواهد کرد», «تعطیل نخواهند شد»,
# «کاهش نیابد» (in the present or subjunctive too: «اگر مصرف کاهش نیابد», if consumption
# is not cut). Only right at it: a "not" or a negative verb further off negates something
# else.
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bcannot|n't|\bnever|\bno\s+longer|\bfar\s+from|\bunable\s+to"
                             r"|\bfail(?:s|ed)?\s+to|\byet\s+to)"
                             r"(?:\s*,\s*(?:however|though|therefore|in\s+fact|so\s+far)\s*,)?\s+"
                             r"(?:(?:been|being|be|yet|formally|fully|considered|deemed|got|get|gotten|become|any|much)"
                             r"\s+){0,2}$", re.I)
# ... and so does a negative subject of its clause: "None of these changes should be seen
# as…" («نباید»); not a "no" further on, which negates something else ("has no effect on
# reducing").
_NEGATIVE_SUBJECT = re.compile(r"(?:^|[,;:]\s*)[\"“']?(?:no|none|nobody|nothing|neither)\b[^,;:.]*$", re.I)
# In Persian «نه» or «بدون» before the word: «کند کردن گسترش و نه توقف آن», «بدون توقف».
_NEGATED_BEFORE_FA = re.compile(r"(?<![\w\u200c])(?:نه|بدون)\s+$")
# ... and a negative modal of the clause before it: «نمی‌توانند اجاره‌بها را بیش از ۲۵ درصد
# افزایش دهند» (may not raise rents by more than 25 percent), «نباید افزایش یابد».
_NEGATED_MODAL_FA = re.compile(r"(?<![\w\u200c])(?:نمی\u200cتوان|نتوان|نباید)[^\s.،؛]*"
                               r"(?:\s+(?!(?:که|و)(?![\w\u200c]))[^\s.،؛:]+){0,10}\s+$")
# The rest of the word comes first: «پذیرفته نمی‌شوند» (will not be accepted); and a
# complement with «به» may stand between: «مجاز به واگذاری زمین نبود» (was not permitted to
# transfer the land); not a cause, whose «نبود» is a noun: «کاهش به دلیل نبود بارش»; and a
# second word joined by «یا» or «و»: «ایمن یا مؤثر نباشند» (will not be safe or effective).
_NEGATED_AFTER = re.compile(r"[^\s\u200c]*(?:\s+(?:یا|و)\s+[^\s\u200c.،؛:]+)?"
                            r"(?:\s+به(?!\s+(?:دلیل|علت|خاطر|سبب|واسطه|رغم|جای|جز)(?![\w\u200c]))"
                            r"(?:\s+[^\s\u200c.،؛:]+){1,4})?[\s\u200c]+"
                            r"ن(?:شد|شده|کرد|کرده|یافت|یافته|داشت|داشته|خواه(?:د|ند|یم|ید|م|ی)|می\u200c|"
                            r"گرفت|پذیرفت|یست|بود|"
                            r"(?:شو|کن|یاب|دار|ده|گیر|پذیر|باش)(?:د|ند|یم|ید)(?![\w\u200c]))")


def sense(text: str, lang: str, axis: str) -> tuple[int, str] | None:
    """0 or 1 (the pole) and the first word that says so, where ``text`` holds words of one
    pole of ``axis`` only, a negated word counting for the other pole; None for a language
    without words, or no word, or both poles."""
    if lang not in _LANGS:
        return None
    text = prepare(text)  # Arabic letter forms: «كاهش» is «کاهش»
    found: dict[int, str] = {}
    for pole in (0, 1):
        for m in _PATTERNS[axis, pole, lang].finditer(text):
            negation = _negation(text, m, lang, axis)
            if negation:
                found.setdefault(1 - pole, text[min(m.start(), negation.start()):max(m.end(), negation.end())])
            else:
                found.setdefault(pole, m.group())
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _negation(text: str, word: re.Match, lang: str, axis: str) -> re.Match | None:
    """What negates ``word`` of ``axis`` in ``text``, if anything does (the patterns above)."""
    if axis in _LITERAL_AXES:
        return None
    start = word.start()
    if lang == "en":
        return _NEGATED_BEFORE.search(text, max(0, start - 30), start) or _NEGATIVE_SUBJECT.search(text, 0, start)
    return (_NEGATED_AFTER.match(text, word.end()) or _NEGATED_BEFORE_FA.search(text, max(0, start - 8), start)
            or (_NEGATED_MODAL_FA.search(text, max(0, start - 100), start) if axis in _ACTIONS else None))


def senses_differ(source: str, target: str, source_lang: str, target_lang: str) -> tuple[str, str] | None:
    """The words by which the two sides take opposite poles of an axis, if they do."""
    for axis in _AXES:
        a, b = sense(source, source_lang, axis), sense(target, target_lang, axis)
        if a and b and a[0] != b[0]:
            return a[1], b[1]
    return None
