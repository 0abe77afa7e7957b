"""Places Persian news names, the news agencies it quotes and the people it names most,
with their Persian and English spellings.

A rare Persian word is likely a transliterated name, but a place as often written as
تهران or مسکو is a frequent word, and nothing in its spelling tells it from any other;
an English reader's Tehran is frequent too, and only rare English names are checked
without a translator. So the places Persian news names most are listed, each with the
ways Persian and English write it: Iran's provinces, its larger cities and the places
its news keeps naming, and the capitals and cities it names most. Written for the
project; places whose Persian name is also an everyday word are left out (کیش "creed",
ساری "contagious", دبی "flow", گلستان "rose garden", کابل "cable", بم, بن, رم), or
listed only in phrases that name the place (مصر is also "insistent": «در مصر», «دولت
مصر», «مصری»). These
are checked both ways. So are the news agencies and broadcasters a report is attributed
to («به گزارش ایرنا», "ISNA reported"), in a table of their own (:func:`agency_names`:
coverage drops a report's attribution). Fars and Mehr are also a province and a month,
so they are listed by their attributions only («خبرگزاری فارس», «به گزارش مهر», Fars
News Agency), and a third column holds the bare names (Fars) that, though they name
nothing alone, count as the agency's in an English sentence whose Persian names it.

Iran's other towns of 5,000 people or more come from GeoNames (``iran_places.tsv``, made
by ``scripts/build_iran_places.py``): a report from Ravar or Jiroft names them once, and
no word list knows them. They are checked from the Persian side only (their English
names include words such as Sari and Amol), and a spelling that is also an everyday
word or a given name (سده "century", بابک) names its town only after a word such as
«شهرستان» (:data:`DESIGNATORS`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

# Persian spellings | English spellings [| English words that only count as present];
# each side's spellings separated by commas.
_TABLE = """
تهران | Tehran, Teheran
اصفهان | Isfahan, Esfahan
مشهد | Mashhad, Mashad
شیراز | Shiraz
تبریز | Tabriz
کرج | Karaj
اهواز | Ahvaz, Ahwaz
قم | Qom, Ghom
کرمانشاه | Kermanshah
ارومیه, اورمیه | Urmia, Orumiyeh, Urumieh
رشت | Rasht
زاهدان | Zahedan
همدان | Hamadan, Hamedan
کرمان | Kerman
یزد | Yazd
اردبیل | Ardabil, Ardebil
بندرعباس, بندر عباس | Bandar Abbas
اراک | Arak
زنجان | Zanjan
سنندج | Sanandaj
قزوین | Qazvin, Ghazvin
خرم‌آباد, خرم آباد | Khorramabad
گرگان | Gorgan
بوشهر | Bushehr
بیرجند | Birjand
ایلام | Ilam
شهرکرد | Shahrekord, Shahr-e Kord
یاسوج | Yasuj, Yasouj
سمنان | Semnan
بجنورد | Bojnurd, Bojnourd
آبادان | Abadan
خرمشهر | Khorramshahr
چابهار | Chabahar
نطنز | Natanz
فردو | Fordow, Fordo
دزفول | Dezful
کاشان | Kashan
قشم | Qeshm, Gheshm
ابوموسی, ابو موسی | Abu Musa
سیستان و بلوچستان | Sistan and Baluchestan, Sistan-Baluchestan, Sistan and Baluchistan, Sistan-Baluchistan
سیستان | Sistan
بلوچستان | Baluchestan, Baluchistan, Balochistan
خوزستان | Khuzestan
خراسان | Khorasan, Khurasan
گیلان | Gilan, Guilan
مازندران | Mazandaran
کردستان | Kurdistan, Kordestan
لرستان | Lorestan, Luristan
هرمزگان | Hormozgan
البرز | Alborz
مسکو | Moscow
لندن | London
پاریس | Paris
برلین | Berlin
واشنگتن, واشینگتن | Washington, DC, D.C.
نیویورک, نیو یورک | New York, NY, NYC
ژنو | Geneva
وین | Vienna
بغداد | Baghdad
دمشق | Damascus
بیروت | Beirut
ریاض | Riyadh
دوحه | Doha
آنکارا | Ankara
استانبول, استامبول | Istanbul
مسقط | Muscat
ابوظبی, ابو ظبی | Abu Dhabi
باکو | Baku
ایروان | Yerevan
تفلیس | Tbilisi
اسلام‌آباد, اسلام آباد | Islamabad
دهلی | Delhi
توکیو | Tokyo
سئول | Seoul
پکن | Beijing, Peking
قاهره | Cairo
صنعا | Sanaa, Sana'a
غزه | Gaza
قدس, اورشلیم, بیت‌المقدس | Jerusalem, Quds, Qods
رام‌الله, رام الله | Ramallah
نجف | Najaf
کربلا | Karbala, Kerbala
بصره | Basra, Basrah
اربیل | Erbil, Arbil
مکه | Mecca, Makkah
مدینه | Medina, Madinah
جده | Jeddah, Jiddah
منامه | Manama
عدن | Aden
طرابلس | Tripoli
خارطوم | Khartoum
مزار شریف, مزارشریف | Mazar-i-Sharif, Mazar-e Sharif
کراچی | Karachi
لاهور | Lahore
بمبئی | Mumbai, Bombay
شانگهای | Shanghai
پیونگ‌یانگ, پیونگ یانگ | Pyongyang
کی‌یف, کی یف, کییف | Kyiv, Kiev
ورشو | Warsaw
مینسک | Minsk
آلماتی | Almaty
بیشکک | Bishkek
تاشکند | Tashkent
عشق‌آباد, عشق آباد | Ashgabat
آمستردام | Amsterdam
بروکسل | Brussels
استکهلم | Stockholm
اسلو | Oslo
آتن | Athens
مادرید | Madrid
هاوانا | Havana
کاراکاس | Caracas
مکزیکوسیتی, مکزیکو سیتی | Mexico City
بوینس آیرس, بوئنوس آیرس | Buenos Aires
برازیلیا | Brasilia
جاکارتا | Jakarta
کوالالامپور | Kuala Lumpur
داکا | Dhaka
لاگوس | Lagos
ژوهانسبورگ | Johannesburg
اتاوا | Ottawa
تورنتو | Toronto
کانبرا | Canberra
"""

# News agencies and broadcasters a report is attributed to: checked as _TABLE's rows are, but
# coverage, which credits itself, drops the report's attribution («به گزارش ایسنا») unremarked.
_AGENCIES = """
ایرنا | IRNA, Islamic Republic News Agency
ایسنا | ISNA, Iranian Students' News Agency
ایلنا | ILNA, Iranian Labour News Agency
تسنیم | Tasnim
باشگاه خبرنگاران جوان | YJC, Young Journalists Club
صدا و سیما, صداوسیما | IRIB, Islamic Republic of Iran Broadcasting
پرس تی وی, پرس‌تی‌وی | Press TV, PressTV
خبرآنلاین | Khabar Online, Khabaronline
خبرگزاری فارس, به گزارش فارس, به نقل از فارس, فارس نیوز | Fars News Agency, Fars News | Fars
خبرگزاری مهر, به گزارش مهر, به نقل از مهر, مهر نیوز | Mehr News Agency, Mehr News | Mehr
رویترز | Reuters
خبرگزاری فرانسه, فرانس پرس, فرانس‌پرس | Agence France-Presse, AFP
آسوشیتدپرس, آسوشیتد پرس | Associated Press
بی‌بی‌سی, بی بی سی | BBC
سی‌ان‌ان, سی ان ان | CNN
"""

# Countries and organisations, reported only where the two sides name different ones
# («امارات» for Turkey, UEFA for «فیفا», Foolad for «سپاهان»): a translation often leaves one
# implicit (the U.N. Security Council for «شورای امنیت», "Europe's" for «اروپا», the US of
# "US$50 billion", "the club" for «پرسپولیس»), so one named on one side only is no finding.
# Then the international bodies, the sports bodies, clubs, venues and festivals Persian
# news names most (not a festival named after a listed city: "the Berlin festival" names
# Berlin), and the cultural institutions; a club whose name is also an everyday
# word (استقلال "independence", فولاد "steel", ذوب آهن "iron smelting") only in phrases
# that name the club. Same columns as _TABLE.
_REPLACEABLE = """
ترکیه, ترکیه‌ای | Turkey, Türkiye | Turkish, Turks
امارات, امارات متحده عربی, اماراتی | United Arab Emirates, UAE, U.A.E., Emirates | Emirati, Emiratis
عراق, عراقی | Iraq | Iraqi, Iraqis
سوریه | Syria | Syrian, Syrians
لبنان, لبنانی | Lebanon | Lebanese
عربستان, عربستان سعودی | Saudi Arabia | Saudi, Saudis
کویت, کویتی | Kuwait | Kuwaiti
بحرین, بحرینی | Bahrain | Bahraini
یمن, یمنی | Yemen | Yemeni, Houthi
افغانستان, افغان | Afghanistan | Afghan, Afghans
پاکستان, پاکستانی | Pakistan | Pakistani
هند, هندی | India | Indian, Hindi
چین | China | Chinese
روسیه | Russia | Russian, Russians, Kremlin
فرانسه, فرانسوی | France | French
آلمان, آلمانی | Germany | German, Germans
ایتالیا, ایتالیایی | Italy | Italian
اسپانیا, اسپانیایی | Spain | Spanish
ژاپن, ژاپنی | Japan | Japanese
اسرائیل, اسراییل, رژیم صهیونیستی | Israel | Israeli, Israelis, Zionist
اوکراین, اوکراینی | Ukraine | Ukrainian, Ukrainians
ارمنستان | Armenia | Armenian
کره شمالی, کره‌شمالی | North Korea | North Korean
کره جنوبی, کره‌جنوبی | South Korea | South Korean
ونزوئلا | Venezuela | Venezuelan
کانادا | Canada | Canadian
استرالیا | Australia | Australian
برزیل | Brazil | Brazilian
اردن, اردنی | Jordan | Jordanian, Jordanians
مصری, کشور مصر, دولت مصر, در مصر, به مصر, از مصر, خارجه مصر, رئیس‌جمهور مصر, رئیس جمهور مصر | Egypt | Egyptian, Egyptians
فلسطین, فلسطینی | Palestine | Palestinian, Palestinians
لیبی | Libya | Libyan
تونس | Tunisia | Tunisian
الجزایر | Algeria | Algerian
مراکش | Morocco | Moroccan
سودان | Sudan | Sudanese
آذربایجان, جمهوری آذربایجان | Azerbaijan | Azerbaijani, Azeri
گرجستان | Georgia | Georgian
قزاقستان | Kazakhstan | Kazakh, Kazakhs
قرقیزستان | Kyrgyzstan | Kyrgyz
تاجیکستان | Tajikistan | Tajik, Tajiks
ترکمنستان | Turkmenistan | Turkmen
ازبکستان | Uzbekistan | Uzbek, Uzbeks
بلاروس | Belarus | Belarusian
لهستان | Poland | Polish
هلند | Netherlands, Holland | Dutch
بلژیک | Belgium | Belgian
سوئیس | Switzerland | Swiss
اتریش | Austria | Austrian
سوئد | Sweden | Swedish
نروژ | Norway | Norwegian
یونان | Greece | Greek
کوبا | Cuba | Cuban
مکزیک | Mexico | Mexican
آرژانتین | Argentina | Argentine, Argentinian
اندونزی | Indonesia | Indonesian
مالزی | Malaysia | Malaysian
بنگلادش | Bangladesh | Bangladeshi
نیجریه | Nigeria | Nigerian
آفریقای جنوبی | South Africa | South African
قطری, کشور قطر, دولت قطر, در قطر, به قطر, از قطر, امیر قطر, خارجه قطر | Qatar | Qatari, Qataris
تایلند, تایلندی | Thailand | Thai
ویتنام, ویتنامی | Vietnam, Viet Nam | Vietnamese
فیلیپین, فیلیپینی | Philippines | Filipino, Filipinos, Philippine
سنگاپور, سنگاپوری | Singapore | Singaporean
سریلانکا | Sri Lanka | Sri Lankan
نپال, نپالی | Nepal | Nepalese, Nepali
میانمار | Myanmar, Burma | Burmese
کامبوج | Cambodia | Cambodian
مغولستان | Mongolia | Mongolian
پرتغال, پرتغالی | Portugal | Portuguese
ایرلند, ایرلندی | Ireland | Irish
دانمارک, دانمارکی | Denmark | Danish
فنلاند, فنلاندی | Finland | Finnish
مجارستان, مجارستانی | Hungary | Hungarian
جمهوری چک | Czech Republic, Czechia | Czech
رومانی | Romania | Romanian
بلغارستان | Bulgaria | Bulgarian
صربستان | Serbia | Serbian
کرواسی | Croatia | Croatian
بوسنی | Bosnia | Bosnian
آلبانی | Albania | Albanian
قبرس | Cyprus | Cypriot
اسلواکی | Slovakia | Slovak
اسلوونی | Slovenia | Slovenian
استونی | Estonia | Estonian
لتونی | Latvia | Latvian
لیتوانی | Lithuania | Lithuanian
مولداوی | Moldova | Moldovan
اتیوپی | Ethiopia | Ethiopian
کنیا | Kenya | Kenyan
سومالی | Somalia | Somali
اریتره | Eritrea | Eritrean
جیبوتی | Djibouti
تانزانیا | Tanzania | Tanzanian
اوگاندا | Uganda | Ugandan
سنگال | Senegal | Senegalese
کامرون | Cameroon | Cameroonian
زیمبابوه | Zimbabwe | Zimbabwean
آنگولا | Angola | Angolan
موزامبیک | Mozambique
موریتانی | Mauritania | Mauritanian
شیلی | Chile | Chilean
کلمبیا | Colombia | Colombian, Columbia
بولیوی | Bolivia | Bolivian
اکوادور | Ecuador | Ecuadorian
اروگوئه | Uruguay | Uruguayan
پاراگوئه | Paraguay | Paraguayan
نیکاراگوئه | Nicaragua | Nicaraguan
پاناما | Panama | Panamanian
نیوزیلند, نیوزلند, زلاندنو, زلاند نو | New Zealand
ایسلند | Iceland | Icelandic
آمریکای لاتین, امریکای لاتین | Latin America | Latin American
سازمان ملل, سازمان ملل متحد | United Nations, UN, U.N.
شورای امنیت, شورای امنیت سازمان ملل, شورای امنیت سازمان ملل متحد | Security Council, UN Security Council, U.N. Security Council
اتحادیه اروپا, اتحادیه اروپایی | European Union, EU | European
سازمان بهداشت جهانی, سازمان جهانی بهداشت | World Health Organization, World Health Organisation, WHO
یونیسف | UNICEF
یونسکو | UNESCO
ناتو | NATO
اوپک, اوپک‌پلاس, اوپک پلاس | OPEC, OPEC+
صلیب سرخ | Red Cross
هلال احمر | Red Crescent
بانک جهانی | World Bank
صندوق بین‌المللی پول | International Monetary Fund, IMF
پاری سن ژرمن, پاریس سن ژرمن | Paris Saint-Germain, PSG
آژانس بین‌المللی انرژی اتمی, آژانس بین المللی انرژی اتمی | International Atomic Energy Agency, IAEA
سازمان انرژی اتمی ایران, سازمان انرژی اتمی | Atomic Energy Organization of Iran, Atomic Energy Organisation of Iran, AEOI | atomic energy, Atomic Energy
سپاه پاسداران, سپاه پاسداران انقلاب اسلامی | Islamic Revolutionary Guard Corps, Revolutionary Guard Corps, Revolutionary Guards, Revolutionary Guard, IRGC | Guards
شرکت ملی نفت ایران, شرکت ملی نفت | National Iranian Oil Company, NIOC | national oil company, state oil company
شرکت ملی گاز ایران, شرکت ملی گاز | National Iranian Gas Company, NIGC | national gas company, state gas company
بانک ملی ایران, بانک ملی | Bank Melli Iran, Bank Melli
بانک ملت | Bank Mellat
بانک صادرات ایران, بانک صادرات | Bank Saderat Iran, Bank Saderat
بانک سپه | Bank Sepah
بورس تهران, بورس اوراق بهادار تهران | Tehran Stock Exchange, TSE | stock exchange, bourse, Bourse
اینترپل | Interpol
سازمان تجارت جهانی | World Trade Organization, World Trade Organisation, WTO
سازمان همکاری شانگهای | Shanghai Cooperation Organisation, Shanghai Cooperation Organization, SCO
بریکس | BRICS
اتحادیه عرب | Arab League
سازمان همکاری اسلامی | Organisation of Islamic Cooperation, Organization of Islamic Cooperation, OIC
شورای همکاری خلیج فارس | Gulf Cooperation Council, GCC
عفو بین‌الملل, عفو بین الملل | Amnesty International
دیده‌بان حقوق بشر, دیده بان حقوق بشر | Human Rights Watch
حماس | Hamas
حزب‌الله, حزب الله | Hezbollah
طالبان | Taliban
داعش | Islamic State, ISIS, ISIL, Daesh
شورای نگهبان | Guardian Council
مجمع تشخیص مصلحت نظام | Expediency Council
فیفا | FIFA
یوفا | UEFA
کنفدراسیون فوتبال آسیا | Asian Football Confederation, AFC
کمیته بین‌المللی المپیک, کمیته بین المللی المپیک | International Olympic Committee, IOC
اتحادیه جهانی کشتی | United World Wrestling, UWW
فدراسیون جهانی والیبال, فدراسیون بین‌المللی والیبال | FIVB
پرسپولیس | Persepolis
باشگاه استقلال, تیم استقلال, استقلال تهران | Esteghlal
سپاهان | Sepahan
تراکتور, تراکتورسازی, تراکتور سازی | Tractor, Tractor Sazi
باشگاه فولاد, تیم فولاد, فولاد خوزستان | Foolad
ذوب آهن اصفهان, تیم ذوب آهن, باشگاه ذوب آهن | Zob Ahan
گل گهر, گل‌گهر | Gol Gohar
استقلال خوزستان | Esteghlal Khuzestan
صنعت نفت آبادان | Sanat Naft
رئال مادرید | Real Madrid
بارسلونا | Barcelona
بایرن مونیخ | Bayern Munich
منچستر یونایتد | Manchester United
منچستر سیتی | Manchester City
لیورپول | Liverpool
چلسی | Chelsea
یوونتوس | Juventus
النصر | Al-Nassr, Al Nassr
الهلال | Al-Hilal, Al Hilal
ورزشگاه آزادی | Azadi Stadium
ورزشگاه نقش جهان | Naghsh-e Jahan Stadium
ورزشگاه امام رضا | Imam Reza Stadium
برج میلاد | Milad Tower
تالار وحدت | Vahdat Hall
تالار رودکی | Roudaki Hall
جشنواره فیلم فجر, جشنواره فجر | Fajr Film Festival, Fajr festival
جشنواره کن, جشنواره فیلم کن | Cannes Film Festival, Cannes
وزارت فرهنگ و ارشاد اسلامی, وزارت ارشاد | Ministry of Culture and Islamic Guidance
سازمان میراث فرهنگی | Cultural Heritage Organization, Cultural Heritage Organisation
موزه ملی ایران | National Museum of Iran
موزه هنرهای معاصر تهران, موزه هنرهای معاصر | Tehran Museum of Contemporary Art, Museum of Contemporary Art
"""

# The people Persian news names most, Iran's and the world's, reported only as the
# countries are, where the two sides name different ones (Larijani for «عراقچی», Biden for
# «ترامپ»): English news gives a person by title as often (the foreign minister, the
# president). A surname that is also a word or a common surname (روحانی "cleric", ظریف
# "delicate", اسلامی "Islamic", مخبر "reporter", سلیمانی) only with the given name. Same
# columns as _TABLE.
_PEOPLE = """
خامنه‌ای, خامنه ای, آیت‌الله خامنه‌ای | Khamenei
پزشکیان | Pezeshkian
رئیسی | Raisi
حسن روحانی | Rouhani, Rowhani
احمدی‌نژاد, احمدی نژاد | Ahmadinejad
محمد خاتمی, سید محمد خاتمی | Khatami
عراقچی | Araghchi, Araqchi
محمدجواد ظریف, محمد جواد ظریف, جواد ظریف | Zarif
امیرعبداللهیان, امیر عبداللهیان | Amir-Abdollahian, Amirabdollahian, Abdollahian
لاریجانی | Larijani
قالیباف | Ghalibaf, Qalibaf
اژه‌ای, اژه ای | Ejei, Ejehi
محمد اسلامی | Eslami
بقائی, بقایی | Baghaei, Baqaei
کنعانی | Kanaani, Kanani
جهانگیری | Jahangiri
محمدرضا عارف, محمد رضا عارف | Aref
جلیلی | Jalili
ولایتی | Velayati
قاسم سلیمانی | Soleimani, Suleimani
محمد مخبر | Mokhber
نصرالله | Nasrallah
هنیه | Haniyeh, Haniya
بشار اسد, بشار الاسد | Assad
پوتین | Putin
لاوروف | Lavrov
شی جین‌پینگ, شی جین پینگ, شی جینپینگ | Xi Jinping | Xi
وانگ یی | Wang Yi
اردوغان | Erdogan, Erdoğan
فیدان | Fidan
ترامپ | Trump
بایدن | Biden
اوباما | Obama
بلینکن | Blinken
پمپئو, پومپئو, پومپو, پمپیو | Pompeo
روبیو | Rubio
ویتکاف | Witkoff
نتانیاهو | Netanyahu
گوترش, گوترس | Guterres
گروسی | Grossi
بورل | Borrell
کالاس | Kallas
ماکرون, مکرون | Macron
مرکل | Merkel
شولتس | Scholz
استارمر | Starmer
مودی | Modi
بن سلمان | bin Salman
السیسی | Sisi, el-Sisi
زلنسکی, زلینسکی | Zelensky, Zelenskyy, Zelenskiy
علی‌اف, علی اف | Aliyev
پاشینیان | Pashinyan
کیم جونگ اون, کیم جونگ‌اون, کیم | Kim Jong Un, Kim Jong-un | Kim
تدروس | Tedros
"""


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The rows of both tables, each as its columns' spellings."""
    return tuple(tuple(tuple(x.strip() for x in column.split(",")) for column in line.split("|"))
                 for table in (_TABLE, _AGENCIES, _REPLACEABLE, _PEOPLE) for line in table.strip().splitlines())


_FIRST_AGENCY = len(_TABLE.strip().splitlines())  # the rows of _TABLE come first in _rows(), then _AGENCIES
_ALWAYS_CHECKED = _FIRST_AGENCY + len(_AGENCIES.strip().splitlines())
_FIRST_PERSON = _ALWAYS_CHECKED + len(_REPLACEABLE.strip().splitlines())


@lru_cache(maxsize=1)
def agency_names() -> frozenset[str]:
    """The English spellings of :data:`_AGENCIES` (ISNA, Fars News Agency, Reuters)."""
    return frozenset(w for row in _rows()[_FIRST_AGENCY:_ALWAYS_CHECKED] for w in row[1])


def only_if_replaced(position: int) -> bool:
    """Is the place at ``position`` one of :data:`_REPLACEABLE` or :data:`_PEOPLE`, reported
    only where the other side names another one instead?"""
    return _ALWAYS_CHECKED <= position < len(places())


def is_person(position: int) -> bool:
    """Is the entry at ``position`` one of :data:`_PEOPLE`?"""
    return _FIRST_PERSON <= position < len(places())


@lru_cache(maxsize=1)
def places() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each listed place as (its Persian spellings, its English spellings)."""
    return tuple((row[0], row[1]) for row in _rows())


def named_loosely(position: int, english: str) -> str:
    """The word of ``english``, if any, that counts as the listed place's where its
    Persian names it (Fars for «به گزارش فارس», Russian for «روسیه»), else ""."""
    row = _rows()[position] if listed(position) else ()
    words = row[2] if len(row) > 2 else ()
    found = (re.search(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", english) for w in words)
    return next((m.group() for m in found if m), "")


def loosely_named(english: str) -> dict[int, str]:
    """The countries of :data:`_REPLACEABLE` that ``english`` names by an adjective or
    people (Russian-made, Iraqis): position -> the word as written."""
    return {k: word for k in range(_ALWAYS_CHECKED, len(places())) if (word := named_loosely(k, english))}


@lru_cache(maxsize=1)
def iran_towns() -> tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...]:
    """Iran's towns from GeoNames: (spellings that name it anywhere, spellings that name
    it only after a designator, English spellings); positions in :func:`in_persian`
    follow those of :func:`places`."""
    rows = []
    with open(Path(__file__).with_name("iran_places.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                bare, designated, english, _ = line.rstrip("\n").split("\t")
                rows.append(tuple(tuple(x for x in column.split(", ") if x) for column in (bare, designated, english)))
    return tuple(rows)


def listed(position: int) -> bool:
    """Is the place at ``position`` one of :func:`places` (checked both ways)?"""
    return position < len(places())


def persian_spellings(position: int) -> tuple[str, ...]:
    if listed(position):
        return places()[position][0]
    bare, designated, _ = _town(position)
    return bare + designated


def english_name(position: int) -> str:
    return places()[position][1][0] if listed(position) else _town(position)[2][0]


def _town(position: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The row of :func:`iran_towns` at ``position``, counted after :func:`places`."""
    return iran_towns()[position - len(places())]


_LATIN = re.compile("[A-Za-z]+")
# Words for "county", "city", "district", "village", "port", "island" that make the next word a
# place («روستای», not «روستا»: «۱۲ روستا زیر آب رفت» is "12 villages went under water").
# «استان» (province) too: «استان گلستان», as «گلستان» alone is a rose garden or Saadi's book.
DESIGNATORS = ("شهرستان", "شهرستان‌های", "شهر", "شهرهای", "شهرک", "بخش", "دهستان", "روستای", "بندر", "جزیره",
               "جزیره‌ی", "جزیرۀ", "استان", "استان‌های")
# A designator names each member of the list after it: «استان‌های گیلان، مازندران و گلستان».
LIST_JOINT = re.compile(r"\s*[،,]\s*|\s+و\s+")
_PERSIAN_WORD = re.compile(r"[\w\u200c]+")
_LIST_LENGTH = 4
_BEFORE_ABAD = re.compile(r"[\w\u200c]+\s+آباد(?![\w\u200c])")


# A place or club listed only in phrases («در مصر», «تیم فولاد») counts by its last word
# alone in a list beside another («اردن و مصر», «میان پرسپولیس و استقلال»).
_LIST_LEADS = ("در ", "تیم ", "باشگاه ")


class _Index(NamedTuple):
    persian: dict[str, int]  # a spelling of one word -> the place's position
    phrases: dict[str, int]  # spellings of several words
    phrase_pattern: re.Pattern  # ... and where they stand as words
    designated: dict[str, int]  # town spellings that count only after a designator
    designator: re.Pattern  # a designator and the space after it
    designated_town: re.Pattern  # one of the designated spellings, as whole words
    english: dict[str, int]  # English spellings as their letters' words, in lower case (D.C. as "d c")
    capitals: dict[str, int]  # English spellings in capitals (NY, DC), which count only as written
    in_lists: dict[str, int]  # words listed only in phrases (مصر, استقلال), which also count in a list of places
    english_words: int  # the most words an English spelling has (Ministry of Culture and Islamic Guidance)


@lru_cache(maxsize=1)
def _index() -> _Index:
    """Every spelling -> the place's position: those of :func:`places` first, then those
    of :func:`iran_towns`."""
    rows = [(fa, en) for fa, en in places()] + [(bare, en) for bare, _, en in iran_towns()]
    persian: dict[str, int] = {}
    english: dict[str, int] = {}
    for k, (fa, en) in enumerate(rows):
        for spelling in fa:
            persian.setdefault(spelling, k)
        for spelling in en:
            if not spelling.isupper():
                english.setdefault(" ".join(_LATIN.findall(spelling)).lower(), k)
    capitals = {" ".join(_LATIN.findall(s)): k for k, (_, en) in enumerate(places()) for s in en if s.isupper()}
    designated = {s: k for k, (_, fa, _) in enumerate(iran_towns(), len(places())) for s in fa}
    designator = re.compile(rf"(?<![\w\u200c])(?:{'|'.join(sorted(DESIGNATORS, key=len, reverse=True))})[\s\u200c]+")
    town = re.compile(rf"(?:{'|'.join(sorted(designated, key=len, reverse=True))})(?![\w\u200c])")
    phrases = {s: k for s, k in persian.items() if " " in s}
    phrase_pattern = re.compile(rf"(?<![\w\u200c])(?:{'|'.join(sorted(phrases, key=len, reverse=True))})(?![\w\u200c])")
    in_lists = {tail: k for s, k in phrases.items() for lead in _LIST_LEADS if s.startswith(lead)
                and " " not in (tail := s[len(lead):]) and tail not in persian}
    english_words = max(len(key.split()) for key in [*english, *capitals])
    return _Index({s: k for s, k in persian.items() if " " not in s}, phrases, phrase_pattern,
                  designated, designator, town, english, capitals, in_lists, english_words)


# News names a government by its capital ("Tehran denied…", «مسکو اعلام کرد»), where the
# other side may name the country: capital | the country and its adjective as Persian writes
# them | as English does.
_CAPITALS = """
تهران | ایران, ایرانی | Iran, Iranian, Iranians
مسکو | روسیه, روسی | Russia, Russian, Russians, Kremlin
واشنگتن | آمریکا, امریکا, آمریکایی, امریکایی, ایالات متحده | US, U.S., USA, America, American, Americans, United States
پکن | چین, چینی | China, Chinese
لندن | انگلیس, انگلیسی, انگلستان, بریتانیا, بریتانیایی | Britain, British, UK, U.K., England, English
پاریس | فرانسه, فرانسوی | France, French
برلین | آلمان, آلمانی | Germany, German
آنکارا | ترکیه, ترک | Turkey, Turkish, Türkiye
ریاض | عربستان, سعودی | Saudi, Saudis
بغداد | عراق, عراقی | Iraq, Iraqi, Iraqis
دمشق | سوریه, سوری | Syria, Syrian
بیروت | لبنان, لبنانی | Lebanon, Lebanese
دوحه | قطر, قطری | Qatar, Qatari
قاهره | مصر, مصری | Egypt, Egyptian
توکیو | ژاپن, ژاپنی | Japan, Japanese
سئول | کره, کره‌ای | Korea, Korean
اسلام‌آباد | پاکستان, پاکستانی | Pakistan, Pakistani
باکو | آذربایجان, آذربایجانی | Azerbaijan, Azerbaijani
"""


@lru_cache(maxsize=1)
def _capitals() -> dict[int, tuple[frozenset[str], frozenset[str]]]:
    index = _index()
    out = {}
    for line in _CAPITALS.strip().splitlines():
        capital, persian, english = (part.strip() for part in line.split("|"))
        out[index.persian[capital]] = (frozenset(p.strip() for p in persian.split(",")),
                                       frozenset(e.strip() for e in english.split(",")))
    return out


def stands_for_its_country(position: int, persian: str, english: str, named_in_persian: bool) -> bool:
    """Is the place at ``position``, a capital that only the Persian (``named_in_persian``)
    or only the English names, there the government named by its seat: the other side
    names the country and this side does not? ("Tehran rejected the claim" for «ایران
    این ادعا را رد کرد»; but where both name Iran, a Tehran on one side only is a place.)"""
    countries = _capitals().get(position)
    if countries is None:
        return False
    in_persian = any(_whole_word(c, persian) for c in countries[0])
    in_english = any(re.search(rf"(?<![\w.]){re.escape(c)}(?![\w])", english) for c in countries[1])
    return in_english and not in_persian if named_in_persian else in_persian and not in_english


@lru_cache(maxsize=4096)
def in_english(text: str) -> dict[int, str]:
    """The places a text names in Latin script, capitalised: position -> the spelling as
    written. Its words are looked up as many as the longest spelling has (Ministry of
    Culture and Islamic Guidance) to one at a time (New York, not York).
    Cached: a sentence is also its neighbours' context."""
    index = _index()
    words = list(_LATIN.finditer(text))
    found: dict[int, str] = {}
    k = 0
    while k < len(words):
        if not words[k].group()[0].isupper():  # a place's name opens with a capital
            k += 1
            continue
        for n in range(index.english_words, 0, -1):
            key = " ".join(w.group() for w in words[k:k + n])
            place = index.english.get(key.lower(), index.capitals.get(key)) if len(words) - k >= n else None
            if place is not None:
                found.setdefault(place, text[words[k].start():words[k + n - 1].end()])
                k += n
                break
        else:
            k += 1
    return found


def _whole_word(word: str, text: str) -> bool:
    """Is the Persian ``word`` in ``text``, not inside another word?"""
    return re.search(rf"(?<![\w\u200c]){re.escape(word)}(?![\w\u200c])", text) is not None


@lru_cache(maxsize=4096)
def in_persian(words: frozenset[str], text: str) -> frozenset[int]:
    """The places a Persian ``text`` (whose words are ``words``) names: a Persian spelling
    as one of its words, not inside another (ریاضی "mathematics" is no Riyadh), a spelling
    of several words in the text, a town's spelling after a designator («شهرستان سده»),
    or a listed place's English spelling in Latin script (New York Times)."""
    index = _index()
    phrases = [m.group() for m in index.phrase_pattern.finditer(text)]
    found = {index.persian[w] for w in words if w in index.persian}
    # a word of a phrase names no place of its own (سیستان of سیستان و بلوچستان), nor one
    # before «آباد», a town's name typed without its non-joiner (نجف آباد is no Najaf)
    if phrases or "آباد" in words:
        rest = _BEFORE_ABAD.sub(" ", index.phrase_pattern.sub(" ", text) if phrases else text)
        found = {k for k in found if any(_whole_word(s, rest) for s in persian_spellings(k) if " " not in s)}
    found |= {index.phrases[p] for p in phrases}
    found |= {k for w, k in index.in_lists.items() if w in words and _listed_with(w, found, text)}
    if not words.isdisjoint(DESIGNATORS):
        found |= _designated_towns(text, index)
    return frozenset(found | {k for k in in_english(text) if listed(k)})


def _listed_with(word: str, found: set[int], text: str) -> bool:
    """Is ``word`` next to a place of ``found`` in a list («اردن و مصر», «مصر، اردن»)?"""
    spellings = [re.escape(s) for k in found for s in persian_spellings(k) if " " not in s]
    if not spellings:
        return False
    place, joint = f"(?:{'|'.join(spellings)})", LIST_JOINT.pattern
    return re.search(rf"(?<![\w\u200c])(?:{place}(?:{joint}){word}|{word}(?:{joint}){place})(?![\w\u200c])",
                     text) is not None


def _designated_towns(text: str, index: _Index) -> set[int]:
    """The towns of :func:`iran_towns` that ``text`` names after a designator: the word
    after it, or any member of the list that begins there (up to :data:`_LIST_LENGTH`)."""
    found = set()
    for m in index.designator.finditer(text):
        pos = m.end()
        for _ in range(_LIST_LENGTH):
            town = index.designated_town.match(text, pos)
            if town:
                found.add(index.designated[town.group()])
            member = town or _PERSIAN_WORD.match(text, pos)
            joint = LIST_JOINT.match(text, member.end()) if member else None
            if not joint:
                break
            pos = joint.end()
    return found
