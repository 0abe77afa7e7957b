"""What page furniture looks like, line by line, in Persian and English.

:func:`line_reason` says why a line is furniture — navigation, reading time, share and
sign-up prompts, news codes, date lines, bylines, tags and copyright lines, adverts,
photo credits — or returns ``""`` for text that is (or may be) the article's. Patterns
match a whole line (or every part of a line split at ``|``, ``•``, `` - ``), never a
word inside a sentence, on the matching form of :func:`key`: lower case, Persian letter
variants and digits folded, the zero-width non-joiner read as a space. The headers that
open related-article blocks and comment sections are here too; :mod:`bilingua.clean`
decides what follows them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import pagedates
from .normalize import fold_numbers

#: A line ending like a sentence with at least this many words is running prose.
PROSE_WORDS = 10
#: Related-article blocks and comment-free sidebars hold headlines of at most this many words.
HEADLINE_MAX_WORDS = 22

SENTENCE_END = tuple(".!؟?…»\"'”:;)")


# --- matching form ---------------------------------------------------------------

_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u200c": " ", "\u200f": "",
                          "\u200e": "", "\u0640": "", "،": ",", "؛": ";"})
_EDGE_PUNCT = " \t-–—|•·*#>»«:،,.؛;_=+~/\\[](){}\"'“”‘’!؟?"


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """Lower-cased text with Persian letter variants, digits and spaces folded (cached,
    like :func:`words`: the rules look at each line several times)."""
    return " ".join(fold_numbers(text).translate(_LETTERS).casefold().split())


def bare_form(text: str) -> str:
    """The matching form without surrounding punctuation and separators."""
    return key(text).strip(_EDGE_PUNCT)


_WORD = re.compile(r"\w+(?:\u200c\w+)*")


@lru_cache(maxsize=4096)
def words(text: str) -> int:
    """Words, counting «پیش‌بینی» (two parts joined by a zero-width non-joiner) as one.
    Cached: the cleaning rules count the words of each line about five times."""
    return len(_WORD.findall(text))


def is_prose(text: str) -> bool:
    """Running text, never a headline: a sentence of five words or more, or a line too
    long for a headline."""
    n = words(text)
    return n > HEADLINE_MAX_WORDS or (n >= 5 and text.rstrip("\"'”»)").endswith((".", "!", "?", "؟", "…")))


def looks_like_headline(text: str) -> bool:
    stripped = text.strip()
    return 0 < words(stripped) <= HEADLINE_MAX_WORDS and not stripped.endswith((".", "۔", ":"))


# --- furniture patterns (whole line or whole part, on the matching form) --------

def _alt(*items: str) -> str:
    return "(?:" + "|".join(items) + ")"


_NAV_WORDS = _alt(
    "home", "homepage", "news", "latest", "politics", "economy", "business", "world", "sports?",
    "culture", "society", "science", "technology", "tech", "health", "opinion", "analysis",
    "video", "videos", "photos?", "gallery", "multimedia", "podcasts?", "infographics?",
    "archive", "search", "menu", "more", "international", "middle east", "iran", "asia",
    "europe", "americas?", "africa", "provinces", "about us", "contact us", "contact", "rss",
    "sitemap", "privacy policy", "privacy", "terms of use", "terms of service", "terms",
    "cookie policy", "cookies", "advertise", "careers", "newsletters?", "editions?",
    "skip to (?:main )?content", "back to top", "toggle navigation", "close", "open menu",
    "صفحه اصلی", "خانه", "اخبار", "سیاسی", "سیاست", "اقتصادی", "اقتصاد", "اجتماعی", "جامعه",
    "فرهنگی", "فرهنگ", "ورزشی", "ورزش", "بین الملل", "بین الملل", "جهان", "استان ها", "استانها",
    "علمی", "دانش", "فناوری", "سلامت", "عکس", "فیلم", "ویدئو", "ویدیو", "چندرسانه ای",
    "اینفوگرافیک", "پادکست", "آرشیو", "جستجو", "منو", "تماس با ما", "درباره ما", "بیشتر",
    "حریم خصوصی", "قوانین و مقررات", "نقشه سایت", "خبرنامه", "بازگشت به بالا", "رسانه",
    "یادداشت", "گزارش", "مصاحبه", "english", "فارسی", "عربی", "العربیه", "العربية",
)
_SHARE_WORDS = _alt(
    "share", "share this(?: article| story| page| post)?", "share on \\w+", "tweet", "email",
    "e-mail", "print", "save", "bookmark", "copy(?: link)?", "link copied", "copied",
    "copy short link", "short link", "facebook", "twitter", "x", "whatsapp", "telegram",
    "linkedin", "reddit", "pinterest", "instagram", "youtube", "eitaa", "bale", "soroush",
    "sign up", "sign in", "log in", "login", "logout", "register", "subscribe", "follow",
    "print(?:able)? version", "print this (?:article|page|story)", "نسخه (?:قابل )?چاپ(?:ی)?",
    "follow us", "listen", "font size", "a\\+", "a-", "zoom",
    "اشتراک گذاری", "اشتراک گذاری (?:در|با) \\w+", "اشتراک (?:در|با) \\w+", "اشتراک", "ارسال",
    "ثبت نام", "ورود", "خروج", "عضویت", "چاپ", "پرینت",
    "ارسال به دوستان", "کپی", "کپی لینک", "کپی شد", "لینک کپی شد", "لینک کوتاه",
    "دریافت لینک(?: کوتاه)?", "get (?:short )?link", "permalink",
    "کپی لینک کوتاه", "ذخیره", "نشانک", "دنبال کنید", "توییتر", "تلگرام", "واتساپ",
    "اینستاگرام", "ایتا", "بله", "سروش", "روبیکا", "فیسبوک", "لینکدین", "گوش دهید",
    "شنیدن", "اندازه متن", "اندازه قلم", "بزرگنمایی", "کوچکنمایی",
)
_TAGS_HEADER = "(?:tags?|keywords|topics|filed under|برچسب ها|برچسب|کلید واژه ها|کلیدواژه ها|کلید واژه|تگ ها)"
_RELATED_HEADER = _alt(
    "related(?: news| articles?| stories| posts| content| topics| coverage| reading)?",
    "read more", "read also", "also read", "see also", "more on this(?: story| topic)?",
    "more (?:stories|news) from [\\w .]{1,30}", "more from [\\w .]{1,30}",
    "you may (?:also )?(?:like|be interested in)", "you might (?:also )?like",
    "recommended(?: for you| stories)?", "most (?:read|viewed|popular|shared|commented)(?: [\\w ]{1,30})?",
    "trending(?: now)?", "latest(?: news| stories)?", "top stories", "editor'?s picks?",
    "read next", "up next", "more stories", "more news", "popular(?: now)?",
    "don't miss", "what to read next", "in other news", "further reading",
    "اخبار مرتبط", "خبرهای مرتبط", "مطالب مرتبط", "مطالب مرتبط با این خبر", "خبر مرتبط",
    "مطلب مرتبط", "بیشتر بخوانید", "بخوانید", "همچنین بخوانید", "همچنین ببینید", "پیشنهاد سردبیر",
    "پیشنهاد ما", "مطالب پیشنهادی",
    "(?:پربازدید|پربیننده|پرخواننده|پربحث|پرطرفدار|داغ|مهم) ?ترین(?: ها)?(?: [\\w ]{1,30})?",
    "پربحث ترین(?: ها)?", "پربحث(?: ها)?", "آخرین اخبار", "تازه ترین اخبار", "داغ ترین ها",
    "اخبار برگزیده", "برگزیده ها", "سایر اخبار", "دیگر اخبار", "اخبار بیشتر",
    "مطالب بیشتر", "از همین نویسنده", "در همین زمینه", "در همین رابطه",
)
_COMMENT_HEADER = _alt(
    "(?:\\d+ )?(?:reader )?comments?(?: \\(\\d+\\))?", "(?:\\d+ )?(?:responses?|replies)",
    "discussion", "join the (?:conversation|discussion)", "leave a (?:comment|reply)",
    "post a comment", "add (?:a |your )?comment", "what do you think\\??",
    "your (?:comment|opinion)s?", "show comments", "view comments",
    "comments are closed", "have your say", "conversation", "join the conversation", "community comments",
    "دیدگاه شما", "نظر بدهید", "نظر دهید",
    "نظرات(?: کاربران| خوانندگان| شما)?(?: \\(\\d+\\))?", "(?:\\d+ )?(?:نظر|دیدگاه)",
    "دیدگاه ها(?: و نظرات)?", "دیدگاه کاربران", "نظر شما", "نظر خود را بنویسید",
    "دیدگاه خود را بنویسید", "نظرتان را بنویسید", "ارسال نظر", "ارسال دیدگاه",
    "پاسخ ها", "نظرات شما",
)
_COMMENT_META = _alt(
    "reply", "replies", "report", "like", "likes?", "dislike", "\\d+ (?:likes?|replies|points?)",
    "(?:\\d+|an?|one) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago",
    "yesterday", "just now", "edited", "anonymous", "guest", "submit", "post comment",
    "post", "send", "cancel", "name", "name \\*", "email", "email \\*", "website",
    "your name", "your email", "captcha", "load more comments", "show more replies",
    "sort by.*", "newest", "oldest", "best", "top comments",
    "پاسخ", "پاسخ دادن", "لایک", "گزارش", "\\d+ (?:پسند|لایک|پاسخ)", "ناشناس", "مهمان",
    "(?:\\d+|یک) (?:ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال) (?:پیش|قبل)", "دیروز",
    "ارسال", "انصراف", "نام", "نام شما", "ایمیل", "پست الکترونیک", "کد امنیتی",
    "منتشر شده", "در انتظار بررسی", "انتشار یافته",
    "your email address will not be published.*", "required fields are marked.*",
    "comments are moderated.*", ".*(?:نظرات|دیدگاه).{0,40}(?:منتشر نمی|منتشر خواهد).*",
    ".*(?:حاوی توهین|غیر مرتبط با خبر).*", "نشانی ایمیل شما منتشر نخواهد شد.*",
)

_WHOLE_PART_RULES: list[tuple[str, re.Pattern]] = [
    ("news code", re.compile(_alt(
        "(?:news|story|article|content|post)\\s*(?:code|id|no|number|#)\\s*[:#.]?\\s*\\d+",
        "(?:کد|شناسه)\\s*(?:خبر|مطلب|محتوا)\\s*[:#]?\\s*\\d+", "(?:code|کد)\\s*:\\s*\\d+",
        "(?:irna|isna|mehr|tasnim|fars|ilna|imna)(?: news)? ?(?:code|id)\\s*:?\\s*\\d+"))),
    ("reading time", re.compile(_alt(
        "\\d+\\s*(?:min|mins|minutes?)(?:\\s*read(?:ing)?(?: time)?)?", "read", "reading",
        "read(?:ing)?(?: time)?\\s*:?\\s*(?:\\d+|an?|one|less than a)\\s*(?:min|mins|minutes?)",
        "(?:estimated )?read(?:ing)? time\\s*:?.{0,20}", "less than a minute(?: read)?",
        "(?:a|one) minute read", "listen to (?:this )?(?:article|story)(?:.{0,20})?",
        "\\d+:\\d+\\s*/\\s*\\d+:\\d+",
        "(?:زمان|مدت)(?: تقریبی)? (?:مطالعه|خواندن)\\s*:?.{0,20}",
        "(?:مطالعه|خواندن)\\s*:?\\s*\\d+\\s*دقیقه", "\\d+\\s*دقیقه(?: (?:مطالعه|خواندن))?",
        "کمتر از (?:یک )?دقیقه", "مطالعه", "خواندن"))),
    ("share or sign-up prompt", re.compile(
        f"{_SHARE_WORDS}(?:\\s*[,:|•·/]?\\s*{_SHARE_WORDS})*")),
    ("navigation", re.compile(f"{_NAV_WORDS}(?:\\s*[,|•·/>»›]?\\s*{_NAV_WORDS})*")),
    ("advertisement", re.compile(_alt(
        "advertisement", "advert", "ad", "ads", "sponsored(?: content)?", "promoted",
        "scroll to continue(?: with content)?", "story continues below(?: advertisement)?",
        "article continues (?:below|after advertisement)", "تبلیغات", "آگهی", "رپرتاژ",
        "محتوای حمایت شده", "ادامه مطلب در زیر"))),
    ("section label", re.compile(
        "(?:سرویس|گروه|بخش|دسته|دسته بندی|section|category|categories|filed in)\\s*:\\s*[^.!?؟]{1,60}")),
    ("link", re.compile("(?:https?://|www\\.)\\S+")),
    ("news code", re.compile("[a-z]+\\d+(?:[/._-][a-z]+\\d+)+")),
    ("end marker", re.compile(_alt(
        "(?:انتهای|پایان) (?:پیام|خبر|مطلب)", "end of (?:story|article|report|news|message|text)", "ends",
        "end"))),
    ("footer", re.compile(_alt(
        # a copyright notice gives its sign or year soon ("Copyright laws were discussed" is prose)
        "(?:©|\\(c\\)|copyright[^.!?]{0,40}?(?:©|\\(c\\)|(?:19|20)\\d\\d)).{0,200}",
        # "... all rights reserved [for the News Agency]", ending there or at a mark: not
        # "all rights reserved by the two governments were discussed", nor a quote, "…
        # by the people of Iran, said the minister" (a probe's prose line removed)
        ".{0,120}all rights reserved(?: (?:for|to|by)(?: [^\\s.!?,;]+){1,5})?"
        "(?:\\s*[.,;|–-](?!\\s*(?:said|says|told|added|according)\\b).{0,120})?",
        ".{0,80}(?:کلیه|تمامی|همه) (?:حقوق|ی حقوق).{0,80}محفوظ.{0,80}",
        "(?:استفاده|نقل) (?:از )?(?:مطالب|اخبار).{0,60}(?:بلامانع|مجاز|ممنوع).{0,60}",
        _TAGS_HEADER + "(?:\\s*:.{0,300})?", "(?:powered by|designed by|طراحی و اجرا|طراحی سایت).{0,60}"))),
    ("media credit", re.compile(_alt(
        "(?:photo|image|picture|video|credit|photo credit|photograph|عکس|تصویر|عکاس|فیلم|فیلمبردار)"
        "\\s*:\\s*[^.!?]{1,60}", "(?:photo|image|video) by [^.!?]{1,60}",
        "(?:image|media) (?:source|caption)\\s*,?.{0,60}", "getty images", "reuters", "afp",
        "ap", "\\d+:\\d{2}", "play video", "watch", "watch video", "پخش ویدئو", "پخش",
        "download(?: (?:audio|video|file|pdf|podcast))?", "file size\\s*:.{0,30}", "listen(?: now)?",
        "دانلود(?: فایل)?(?: صوتی| ویدئو| ویدیو| فیلم| عکس| تصویر| پی دی اف)?", "فایل صوتی", "بشنوید",
        "حجم(?: فایل)?\\s*:.{0,30}"))),
]

_BYLINE = re.compile(_alt(
    "by [^\\d.!?;]{2,80}", "(?:written|reporting|reported|edited|editing|translated) by [^.!?]{2,100}",
    "(?:author|reporter|writer|editor|correspondent|translator|translated by|source)\\s*:\\s*[^.!?]{2,80}",
    "(?:خبرنگار|نویسنده|گزارشگر|گزارش|مترجم|ترجمه|ویراستار|دبیر|تنظیم|گردآوری|منبع|تهیه)"
    "(?: و (?:تنظیم|ترجمه|گردآوری))?\\s*:\\s*[^.!؟]{2,80}",
    "(?:به قلم|نوشته) [^.!؟]{2,60}",
))
_BYLINE_MAX_WORDS = 20

RELATED_INLINE = re.compile(
    "(?:read more|read also|also read|see also|related|more|بیشتر بخوانید|بخوانید|همچنین بخوانید|همچنین ببینید"
    "|مطلب مرتبط|خبر مرتبط|اخبار مرتبط|مرتبط)\\s*:\\s*.+")
RELATED_HEADER = re.compile(_RELATED_HEADER)
#: A tags header alone on its line; the tags follow, one a line.
TAGS_HEADER = re.compile(_TAGS_HEADER)
COMMENT_HEADER = re.compile(_COMMENT_HEADER)
COMMENT_META = re.compile(_COMMENT_META)
_PARTS = re.compile(r"\s+[|•·–—-]\s+|\s*[|•·]\s*|^\s*[-–—]+\s*|\s+[-–—]+\s*$")
#: A table row as trafilatura writes it (``| Iran | 3 | 2 |``): article data, never a menu.
_TABLE_ROW = re.compile(r"\|.*\|.*\|")
_LETTER = re.compile(r"[^\W\d_]")


_BUTTONS = ("share or sign-up prompt", "navigation")
#: "Copyright 2023 was a difficult year ...": the year of a notice is followed by its owner
#: ("Copyright 2025 Example News"), "by", "All rights reserved" or nothing, not a lower-case word.
_COPYRIGHT_PROSE = re.compile(r"(?i:copyright)\s+(?:19|20)\d\d\s+(?!by\b|all\b)[a-z]")


def _one_word_said(part: str, bare: str) -> bool:
    """Is ``part`` one word ending as a sentence does? A button or menu label has no full
    stop: «بله.» is a reply ("Yes."), though بله is also a messenger's share button."""
    return words(bare) == 1 and part.rstrip().endswith((".", "!", "?", "؟"))


def part_reason(part: str) -> str:
    """The furniture reason for one part of a line, or ``""`` for text."""
    bare = bare_form(part)
    if not bare:
        return "no words"
    if not _LETTER.search(bare):
        return "date line" if pagedates.is_date_text(bare) else "no words"
    for reason, pattern in _WHOLE_PART_RULES:
        if pattern.fullmatch(bare) and not (reason in _BUTTONS and _one_word_said(part, bare)) \
                and not (reason == "footer" and _COPYRIGHT_PROSE.match(part.strip())) \
                and not (reason == "media credit" and not _credit_case(part)):
            return reason
    if pagedates.is_date_text(bare):
        return "date line"
    if words(bare) <= _BYLINE_MAX_WORDS and _BYLINE.fullmatch(bare) and _byline_case(part):
        return "byline"
    if COMMENT_HEADER.fullmatch(bare) and re.search(r"\d", bare):
        return "comment count"
    if words(bare) <= 40 and _prompt(bare):
        return "share or sign-up prompt"
    return ""


_AFFILIATION_WORDS = 4  # "By Jane Doe, Middle East Correspondent"
_NAME_JOINERS = {"and", "in", "of", "the", "de", "van", "von", "bin", "al", "el", "da", "staff", "for", "via"}


# What a reporter says in an interview, not whom a byline names: a question after the
# label («خبرنگار: نظر شما درباره تورم چیست؟», a probe's two questions taken for bylines),
# or a sentence of more than six words.
_INTERVIEW_TURN = re.compile(r"^[^:]{1,30}:\s*(?:.*[?؟]\W*|(?:\S+\s+){6,}\S*[.!]\W*)$", re.DOTALL)


def _byline_case(part: str) -> bool:
    """No question or sentence after a label ("Reporter: …"), which is an interview's turn
    (:data:`_INTERVIEW_TURN`). An English "By ..." byline names people: after "by" every word is capitalised
    (bar joiners such as "and", "in"), it does not end like a sentence, and what follows
    a comma is a short affiliation ("By Jane Doe, BBC Persian"), not a clause of a
    title-case headline ("By Nowruz, Tehran Metro Reaches Kaj Square")."""
    if _INTERVIEW_TURN.search(part.strip()):
        return False
    m = re.match(r"\W*by\s+(.*)", part.strip(), re.IGNORECASE | re.DOTALL)
    if not m:
        return True
    names = m.group(1).rstrip()
    if names.endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$", names):
        return False
    if any(len(segment.split()) > _AFFILIATION_WORDS for segment in names.split(",")[1:]):
        return False
    tokens = re.findall(r"[^\W\d_][\w'.-]*", names)
    return bool(tokens) and all(t[0].isupper() or t.lower() in _NAME_JOINERS or not t.isascii() for t in tokens)


def _credit_case(part: str) -> bool:
    """A "Photo by ..." credit names its photographer or agency as a byline does; "Photo by
    Reuters shows the two ministers ..." is a caption, prose."""
    m = re.match(r"\W*(?:photo|image|video)\s+(by\s.*)", part.strip(), re.IGNORECASE | re.DOTALL)
    return not m or _byline_case(m.group(1))


#: Prompts speak to the reader: they open with the imperative (or "you must ..."), so a
#: report that people "register for free checks" is not one.
_PROMPTS = re.compile(_alt(
    "(?:please )?(?:sign up|register|subscribe|log in|login|sign in)(?: (?:here|now|today|for free))?",
    "(?:please )?(?:sign up|register|subscribe|log in|login|sign in|create an account)\\b[^?]{0,60}"
    "\\b(?:to (?:comment|continue|read|access|keep reading|share)|your account|an account|newsletters?|"
    "your opinion|comments?|updates|alerts|unlimited access)\\b.{0,40}",
    "(?:you (?:must|need to|have to) )(?:be logged in|log in|sign in|register|subscribe).{0,80}",
    "(?:get|receive|sign up for|subscribe to|join|want|don't miss).{0,80}"
    "\\b(?:inbox|newsletters?|briefing|digest)\\b.*",
    "(?:follow|join|find) us on .{1,60}",
    "(?:follow|join) .{1,40} on (?:x|twitter|telegram|instagram|facebook|whatsapp|youtube|linkedin|threads|"
    "bluesky|eitaa|bale|rubika|aparat)\\b.{0,60}", "(?:contact|email|reach|follow) .{0,80}\\S+@\\S+.{0,80}",
    "(?:download|get) (?:our|the) (?:\\w+ )?app.{0,60}", "take less than a minute.*",
    "share (?:your (?:opinion|thoughts|views)|this).{0,80}", "(?:click|tap) here.{0,80}",
    "(?:برای .{0,40})?(?:ثبت نام|عضویت|ورود|لاگین)(?: کنید| نمایید)?.{0,60}(?:کنید|شوید|نمایید)",
    ".{0,40}(?:ثبت نام کنید|عضو شوید|وارد شوید|وارد حساب کاربری خود شوید).{0,80}",
    ".*(?:ما را|ایرنا را|صفحه ما را).{0,40}(?:دنبال کنید|دنبال نمایید).*",
    ".*(?:کانال|صفحه).{0,40}(?:تلگرام|اینستاگرام|ایتا|بله|روبیکا|توییتر|آپارات).{0,40}"
    "(?:بپیوندید|عضو شوید|دنبال کنید).*",
    "(?:اپلیکیشن|نرم افزار|اپ|برنامه).{0,40}(?:دانلود|نصب) کنید.*",
    ".*(?:نظر|دیدگاه) (?:خود|تان|شما).{0,40}(?:ثبت کنید|بنویسید|بگذارید|ثبت نمایید|به اشتراک بگذارید).*",
))


def _prompt(bare: str) -> bool:
    return bool(_PROMPTS.fullmatch(bare))


def is_table_row(text: str) -> bool:
    return bool(_TABLE_ROW.fullmatch(text))


def line_reason(text: str) -> str:
    """Why a whole line is furniture, or ``""`` when it is (or may be) article text.

    A line is split at separators (``|``, ``•``, `` - ``); it is furniture only when
    every part is, and the reasons of its parts are joined.
    """
    if is_table_row(text):
        return ""
    parts = [p for p in _PARTS.split(text) if p and p.strip()]
    if not parts:
        return "no words"
    reasons: list[str] = []
    for part in parts:
        reason = part_reason(part)
        if not reason:
            whole = part_reason(text) if len(parts) > 1 else ""
            return whole
        if reason not in reasons:
            reasons.append(reason)
    return ", ".join(r for r in reasons if r != "no words") or "no words"
