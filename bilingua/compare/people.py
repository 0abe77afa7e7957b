"""People named in Persian text, recognised by their given names.

Persian has no capital letters, so a surname such as فلاح (also "farmer") cannot be
told from a word by its spelling. Given names can: Persian news names people as
given name(s) plus surname (محمدرضا فلاح، استاندار کرمان; مایک پمپئو), often after a
title (آقای, سردار, حجت‌الاسلام). :data:`GIVEN_NAMES` lists common Iranian given names
and :data:`FOREIGN_GIVEN_NAMES` common foreign ones as Persian writes
them, neither also everyday words; :data:`WORDLIKE_NAMES` are given names that are
(حسن "goodness", علی in علی رغم, رضا "consent", کریم and مجید in قرآن کریم, جان "soul",
پل "bridge"): they count only after a title, beside another given name, or before a
word no Persian word list knows (پل ترنیلو: a surname, not a bridge). تیم (Tim) is
left out: it is "team", and a team's name no word list knows follows it (تیم رنجرز). Names shared
with the Bible and the wider world (مریم, یوسف, موسی) are common Iranian names that
English may translate rather than transliterate (Maryam or Mary, Yousef or Joseph):
:data:`TRANSLATED_GIVEN_NAMES` gives the translations.
"""

from __future__ import annotations

from functools import lru_cache

from ..detect import persian_lexicon, zipf
from .places import DESIGNATORS

GIVEN_NAMES = frozenset("""
محمد محمدرضا محمدعلی محمدجواد محمدحسین محمدباقر محمدمهدی محمدحسن محمدصادق محمدکاظم محمدتقی محمدهادی
محمدامین علیرضا حمیدرضا غلامرضا غلامحسین غلامعلی عبدالرضا عبدالله عبدالحمید حسین مهدی عباس ابراهیم
اسماعیل مرتضی مصطفی مجتبی کاظم باقر جعفر احمد محسن ابوالفضل ابوالقاسم یدالله روح‌الله روحالله
نعمت‌الله حجت‌الله اسدالله عزت‌الله سیف‌الله قدرت‌الله ولی‌الله قاسم اصغر بهرام بیژن داریوش کوروش
جمشید فریدون سیاوش پرویز هوشنگ منوچهر کامران آرش بابک شهرام شاهرخ فرامرز مهران نیما یاسر اسفندیار
ایرج بهروز بهزاد حامد خسرو رامین سهراب فرشید فرزاد کامبیز کاوه مازیار مهرداد هومن فرهاد تورج کیومرث
سعید مسعود محمود حمید وحید فاطمه زهرا معصومه زینب طاهره سمیه لیلا شهلا پروین سیمین مهسا نسرین منیژه
مهناز شیما فرناز پریسا ژیلا فریبا شهناز مرضیه راضیه منصوره ناهید آناهیتا هانیه ساناز الناز مهدیه
فائزه ملیحه فهیمه حمیده سعیده پژمان بهنام بهرنگ بردیا آرمین کیان پوریا سجاد یاسین طاها حسام روزبه افشین
کامیار امیرحسین امیرعلی مانی مینا نازنین سمیرا فریده گلناز لادن ملیکا ویدا طناز آتنا نیوشا ثمین یاسمن ناصر
منصور عبدالرحیم عبدالکریم ذبیح‌الله نصرالله فضل‌الله خلیل حمزه هاشم سلمان رستم اردشیر طیبه مهین شهین پوران
سهیلا راحله نجمه صدیقه فرحناز
کیوان شاپور حیدر میثم زهره کورش سیروس فرشاد آرین تیمور فرزین جهانگیر فریبرز ارسلان پدرام عبدالرحمن تینا
مهشید بیتا علی‌اصغر گلاره لطف‌الله آزیتا آرسام عماد شیوا حشمت مرجان شقایق
سیامک اردوان سهیل ساسان بنیامین
""".split())

# Given names of people from elsewhere, as Persian news transliterates them (جورج بوش,
# مایک پمپئو, هاکان فیدان, فؤاد حسین): written for the project from common European,
# American, Turkish, Arab and Japanese given names.
FOREIGN_GIVEN_NAMES = frozenset("""
جورج دیوید مایکل مایک جیمز رابرت ویلیام ریچارد توماس چارلز جوزف دونالد بوریس ولادیمیر امانوئل آنگلا
ترزا هیلاری باراک کامالا الیزابت ماریا پیتر کریس کریستوفر استیون استیو اندرو برایان کوین اریک دنیل
دانیل متیو جاناتان جیسون جاستین جنیفر جسیکا کریستین ایمی لورا لیزا سوزان کارن نانسی باربارا سارا ربکا
امیلی اولیویا سوفیا ایزابل شارلوت هلن کاترین جولیا جولیوس جولیان آلبرت آلکس الکساندر الکسی سرگئی
نیکولا نیکلاس نیکولاس فرانسوا ژان میشل فیلیپ کریستف هانس کلاوس ولفگانگ یوهان کارل مارتین فرانک
گراهام ایان لیام هری جرج اسکات تونی کیتی پاتریک ادوارد لوئیس آرتور والتر راجر رونالد داگلاس
جفری گوردون کیث آنتونیو کارلوس خوزه مانوئل پدرو دیگو پابلو سرخیو ماریو لوکا جووانی فرانچسکو مارکو
آندره آندریا ایگور دیمیتری آندری میخائیل یوری اولگا ناتالیا تاتیانا شینزو
آلن سیمون جوئل ابیگیل داستین نلسون جیمی جوشوا بنجامین ساموئل دنی ریان کایل آدام اندی مارگارت
ویکتوریا نائومی دایانا استفان ماتیاس سباستین دومینیک رافائل آنتوان اولیور چارلی لوسی امیلیا رابین
لئو لئونارد مارتا آنجلا ژاک جولی ویکتور هوگو آدریان لوک جیک زوران
الکسیس ماتئو اولاف اورسولا هاکان مهمت بولنت تاکشی فومیو یوشیهیده
فؤاد فواد بشار نبیه مقتدی عبداللطیف عبدالفتاح عبدالعزیز عبدالمهدی ولید
آنتونی لیونل کریستیانو کیلیان زلاتان فریدریش فردریش ژوزپ جوزپ ولودیمیر لوئیجی ایمانوئل نارندرا رودریگو
خاویر کارلو ژوزه ایهود یائیر ژوزف مارین سرجیو فرانسیس ریشی ایلان لوکاس فیلیپه
""".split())

WORDLIKE_NAMES = frozenset("""
علی حسن رضا جواد کریم مجید صادق اکبر
جان پل رز مارک جک کیت کنت شان پیر نیل خوان آنا تری گری سم جو بن هنری نیک باب بیل گرگ جرمی
کلر گریس اسکار دارن رحیم جاش
ژاله نرگس مهتاب ستاره هدیه شیرین الهام نسیم شبنم پگاه آزاده فرزانه نوید بهاره سینا هادی رسول جلال فرید
رحمان اسد تقی منیر ثریا اکرم مهری فرشته پروانه مژگان نیلوفر افسانه
میلاد نادر پویا سامان شهاب آرمان حبیب الهه ندا پیمان امین ایمان
""".split())

# Common Iranian given names whose Latin spellings share a consonant skeleton with
# another's (حسن Hassan and حسین Hossein are both HSN; محمد and محمود both MHMD; حمید,
# حامد and احمد all HMD): these are told apart by their spellings, not their skeletons.
LATIN_SPELLINGS = {
    "حسن": ("Hassan", "Hasan"),
    "حسین": ("Hossein", "Hussein", "Hosein", "Husain", "Hussain", "Hosain", "Hossain", "Husayn", "Hosseyn"),
    "محمد": ("Mohammad", "Mohammed", "Muhammad", "Mohamed", "Mohamad", "Muhammed", "Mohammet"),
    "محمود": ("Mahmoud", "Mahmood", "Mahmud"),
    "حمید": ("Hamid",),
    "احمد": ("Ahmad", "Ahmed"),
    "حامد": ("Hamed",),
}
_SPELT = {latin.lower(): persian for persian, spellings in LATIN_SPELLINGS.items() for latin in spellings}


def spelt_given_name(persian: str, english: str) -> bool | None:
    """Is ``english`` the given name ``persian``, where :data:`LATIN_SPELLINGS` knows both
    (Hossein is حسین, Hassan is not)? None where it does not know one of them."""
    if persian not in LATIN_SPELLINGS or english.lower() not in _SPELT:
        return None
    return _SPELT[english.lower()] == persian


# Given names shared with the Bible and the Quran, and their English translations (their
# transliterations, Maryam or Yousef, are read like any other name's); and the kings of
# antiquity, named in English in their Greek forms (Cyrus for کوروش, Kourosh).
TRANSLATED_GIVEN_NAMES = {
    "مریم": ("Mary", "Maria", "Miriam"), "یوسف": ("Joseph",), "موسی": ("Moses",), "داوود": ("David",),
    "داود": ("David",), "عیسی": ("Jesus",), "یعقوب": ("Jacob",), "اسحاق": ("Isaac",), "سلیمان": ("Solomon",),
    "یحیی": ("John",), "یونس": ("Jonah",), "ایوب": ("Job",), "هارون": ("Aaron",), "نوح": ("Noah",),
    "زکریا": ("Zechariah", "Zachary"), "الیاس": ("Elijah",), "ابراهیم": ("Abraham",), "اسماعیل": ("Ishmael",),
    # kings of antiquity, whom English names in their Greek forms
    "کوروش": ("Cyrus",), "کورش": ("Cyrus",), "داریوش": ("Darius",), "خشایارشا": ("Xerxes",),
}

TITLES = frozenset("""
آقای آقا خانم دکتر مهندس سردار سرلشکر سرتیپ سرهنگ سرگرد دریادار امیر حجت‌الاسلام حجت‌الاسلام‌والمسلمین
آیت‌الله آیت‌الله‌العظمی سید سیده حاج حاجی شهید استاد پروفسور
""".split())
_SPLIT_TITLES = {("حجت", "الاسلام"), ("آیت", "الله")}  # titles written with a space instead of a ZWNJ
# Offices that follow a name (فؤاد حسین وزیر امور خارجه عراق: Fuad Hussein, Iraq's foreign
# minister): no surname.
OFFICES = frozenset("""
وزیر رئیس رییس معاون سخنگوی سخنگو مدیر مدیرکل مدیرعامل نماینده دبیر دبیرکل استاندار فرماندار
شهردار سفیر فرمانده دادستان مشاور نخست‌وزیر رئیس‌جمهور رییس‌جمهور
""".split())
# Latin letters as Persian spells out a middle initial (جورج دبلیو بوش, George W. Bush): the
# surname is the word after, if the phrase goes on. Letters whose names are everyday words
# (بی "without", سی "thirty", او "he") are left out.
INITIALS = frozenset("دبلیو دابلیو ایکس اکس جی اچ اف کیو آر پی ال کی وای زد".split())
# Words after which a given name names a place (a town, a border crossing, a street or a
# stadium named after someone; «تخت جمشید», Persepolis), not a person.
PLACE_WORDS = frozenset(DESIGNATORS) | frozenset("""
مرز بندر استان خیابان میدان بزرگراه بلوار کوچه ورزشگاه فرودگاه پایانه گذرگاه تخت
""".split())


@lru_cache(maxsize=4096)
def persian_people(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The people a Persian text (its ``words``) names by a given name: each as its given
    names and the word after them and any middle initials (the surname) when that is not
    a function word, e.g. ``("محمدرضا", "فلاح")``. Cached: compare asks about each sentence several times."""
    from .names import is_unknown_persian  # names imports this module

    people = []
    k = 0
    while k < len(words):
        run = k
        while run < len(words) and _given(words[run]):
            run += 1
        given = words[k:run]
        titled = _after_title(words, k)
        initials = run
        while initials < len(words) and words[initials] in INITIALS:
            initials += 1
        after = words[initials] if given and initials < len(words) else ""
        if given and k > 0 and words[k - 1] in PLACE_WORDS:
            k = run  # a place's name (شهر بابک, مرز مهران, خیابان بهار), not a person's
        elif given and (titled or len(given) > 1 or given[0] not in WORDLIKE_NAMES
                      or (after and (is_unknown_persian(after) or _ends_as_surname(after)))):
            surname = (after,) if after and _may_be_surname(after) else ()
            people.append(given + surname)
            k = initials + len(surname)
        else:
            k = max(run, k + 1)
    return tuple(people)


@lru_cache(maxsize=4096)
def wordlike_people(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """A given name that is also a word (:data:`WORDLIKE_NAMES`: علی, رضا, حسن) and the
    word after it, where that could be a surname, as (given name, surname) pairs.
    :func:`persian_people` does not take them alone (حسن نیت is good faith); they name a
    person where the English names one by that given name (علی موسوی, Ali Rezaei)."""
    return tuple((words[k], words[k + 1]) for k in range(len(words) - 1)
                 if words[k] in WORDLIKE_NAMES and not (k > 0 and words[k - 1] in PLACE_WORDS)
                 and _may_be_surname(words[k + 1]) and not _given(words[k + 1]))


#: The words that end Persian surnames (ولی‌پور, حسن‌زاده, احمدی‌نژاد), often written
#: apart from the name before them: with one of them, two frequent words read as one
#: name (ولی پور, Valipour).
SURNAME_ENDINGS = frozenset("پور زاده نژاد نیا فر راد منش وند لو".split())
# the endings that also mark a surname written without the non-joiner (علیپور, حسنزاده)
_JOINED_SURNAME_ENDINGS = ("پور", "زاده", "نژاد")


def _ends_as_surname(word: str) -> bool:
    """Is ``word`` a name and a surname's ending joined by a zero-width non-joiner
    (عبادی‌پور, Ebadipour), or by nothing for the longer endings (علیپور), not a frequent
    word (امام‌زاده, a shrine)? Such a word marks
    the given name before it as one even where that is also a word (میلاد, "birth").
    ‌لو is left out: it also ends numbers' multiples (ده‌لو). hazm's lexicon, which keeps
    such compounds whole, judges the frequency (wordfreq splits them at the non-joiner)."""
    from .names import HAZM_COMMON  # names imports this module

    head, _, ending = word.rpartition("\u200c")
    if not head:  # run together: only the longer endings (علیپور, Alipour; not خسرو)
        ending = next((e for e in _JOINED_SURNAME_ENDINGS if word.endswith(e)), "")
        head = word[:-len(ending)] if ending and len(word) - len(ending) >= 3 else ""
    return len(head) >= 2 and ending in SURNAME_ENDINGS - {"لو"} and persian_lexicon().get(word, 0) < HAZM_COMMON


def _may_be_surname(word: str) -> bool:
    """Can the word after a given name be a surname: no stopword, title or office
    (:data:`OFFICES`), nor an everyday word (:func:`_everyday`)?"""
    return word not in _stopwords() and word not in TITLES and word not in OFFICES and not _everyday(word)


@lru_cache(maxsize=4096)
def titled_names(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The people a Persian text (its ``words``) names by a title and one word that is no
    given name (سردار آزمون, آقای ظریف: آزمون is also "test"), as (title, name) pairs;
    those with given names are :func:`persian_people`'s."""
    stop = _stopwords()
    return tuple((words[k - 1], words[k]) for k in range(1, len(words))
                 if _after_title(words, k) and words[k] not in stop and words[k] not in TITLES and not _given(words[k]))


EVERYDAY = 5.5  # wordfreq's Zipf: قرار 6.1, نظر 6.0 (قرار دارند, در نظر); روحانی 5.1, حسینی 5.0


def _everyday(word: str) -> bool:
    """Is ``word`` too frequent a word to be a surname: the noun of a compound verb
    (مهران قرار دارد: Mehran is located), not a name?"""
    return zipf(word, "fa") >= EVERYDAY


def _after_title(words: tuple[str, ...], k: int) -> bool:
    """Does a title (one word, or two: آیت الله) come right before ``words[k]``?"""
    return k > 0 and (words[k - 1] in TITLES or tuple(words[max(k - 2, 0):k]) in _SPLIT_TITLES)


def _given(word: str) -> bool:
    return (word in GIVEN_NAMES or word in FOREIGN_GIVEN_NAMES or word in WORDLIKE_NAMES
            or word in TRANSLATED_GIVEN_NAMES or _compound_given(word))


_IRANIAN_GIVEN_NAMES = GIVEN_NAMES | WORDLIKE_NAMES


@lru_cache(maxsize=8192)
def _compound_given(word: str) -> bool:
    """Two Iranian given names written as one (علی‌اکبر, پیرحسین, محمد‌مهدی): split at
    the zero-width non-joiner where there is one, anywhere else."""
    names = _IRANIAN_GIVEN_NAMES
    parts = word.split("\u200c")
    if len(parts) == 2:
        return all(p in names for p in parts)
    return len(parts) == 1 and any(word[:k] in names and word[k:] in names for k in range(2, len(word) - 1))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """hazm's Persian stopwords: a word after a given name that is one is no surname."""
    from hazm.utils import stopwords_list

    return frozenset(stopwords_list())
