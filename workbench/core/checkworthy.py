"""Check-worthiness of a sentence: explainable features plus a small linear model.

Two parts, one score:

- **Features a checker can read** (:func:`features`): quantities (digits, Arabic and English
  number words, percentages), dual forms (``مدنيَّين``, ``لغمَين``), casualty and event words,
  attributed statements (قال، أكد، أعلن، أضاف، اتهم… / said, announced…), named places and
  organisations, dates. Each one that fires becomes a *reason* shown with the proposal.
- **A linear model** over hashed character n-grams of the normalised text (TF-IDF, logistic
  regression) and those same features, trained by ``tools/train_checkworthy.py`` on the
  CheckThat! 2022 task 1B Arabic data (free for general research use). The weights ship as
  JSON in ``resources/checkworthy-model.json``: int8 weights and idf per hash bucket, read
  with the standard library, so running it needs neither scikit-learn nor pickle.

``score = sigmoid(bias + n-gram part + Σ feature weight)``; the reasons list each fired
feature with its weight, and the n-gram part as "wording like verifiable claims".
"""

from __future__ import annotations

import base64
import math
import re
import zlib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .normalize import normalize, normalized

MODEL_RESOURCE = "checkworthy-model.json"
FORMAT = "workbench-checkworthy"
VERSION = 1


def _words(spec: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in spec.split())


# -- lexicons (normalised forms; prefixes و ف ب ل ال are stripped before lookup) ----------
NUMBER_WORDS = _words("""
واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثمانية
ثماني تسع تسعة عشر عشرة عشرات عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين
سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئات مئتين مئتان مائتي ألف ألفين آلاف ألوف مليون
ملايين مليونين مليار مليارات مليارين نصف ربع ثلث ضعف أضعاف
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundred hundreds thousand thousands million millions billion billions dozen dozens half
""")
PERCENT = re.compile(r"%|٪|\bpercent\b|بالم[يئ]ه|في الم[يئ]ه|\bper cent\b")
#: Counted nouns whose dual (…ان / …ين) states a quantity in one word.
DUAL_STEMS = _words("""
قتيل جريح مصاب شرطي جندي مدني طفل شخص رجل امرأت لغم صاروخ قذيف طائرت سيار مبني منزل بيت يوم
شهر عام سنت أسبوع ساعت مرت دولت بلد حزب انفجار هجوم
""")
CASUALTY_WORDS = _words("""
قتل قتلوا قتلت قتيل قتيلا قتلى مقتل يقتل أصيب أصيبوا إصابة إصابات مصاب مصابين جرحى جريح جرح
استشهد شهيد شهداء ضحايا ضحية وفاة وفيات توفي موت مات نزوح نازحين لاجئين انفجار انفجرت تفجير
هجوم هجمات غارة غارات قصف قصفت اشتباكات معارك اعتقال اعتقل اعتقلت اختطاف مفقودين دمار تدمير
دمرت إجلاء زلزال فيضان حريق تحطم إصابة كورونا وباء
مباحثات محادثات مفاوضات هدنة اتفاق اتفاقية
killed kill dead deaths died wounded injured injuries casualties explosion blast attack attacks
strike strikes shelling arrested detained missing displaced evacuated destroyed earthquake
talks negotiations truce ceasefire
""")
ATTRIBUTION_VERBS = _words("""
قال قالت قالوا يقول تقول أكد أكدت أكدوا يؤكد تؤكد أعلن أعلنت أعلنوا يعلن تعلن أضاف أضافت أضافوا
اتهم اتهمت اتهموا يتهم تتهم ذكر ذكرت أفاد أفادت صرح صرحت أوضح أوضحت كشف كشفت نفى نفت زعم زعمت
ادعى ادعت أشار أشارت مشيرا مشيرة مؤكدا مؤكدة أعربت أعرب حذر حذرت نقلت نقل بحسب وفق وفقا
دعا دعت طالب طالبت أبدى أبدت مبديا مبدية تعهد تعهدت وعد وعدت هدد هددت
said says say told announced confirmed added accused claimed stated reported according denied
""")
ORG_WORDS = _words("""
وزارة وزارات وزير وزيرة مجلس منظمة الأمم المتحدة وكالة الجيش جيش الشرطة شرطة حكومة الحكومة رئاسة
الرئاسة رئيس خارجية الدفاع البرلمان برلمان حزب مفوضية الاتحاد الأوروبي الناتو بنك شركة جامعة
محكمة قوات القوات السلطات سلطات اليونيسف الصليب
ministry minister council government army police parliament agency commission court
un nato eu unicef forces authorities company university bank
""")
PLACE_MARKERS = _words("""
إقليم مدينة بلدة قرية محافظة ولاية منطقة عاصمة دولة جمهورية مملكة شمال جنوب شرق غرب حدود
""")
#: Words of CLDR names that name no place on their own (a country's name is matched whole, or
#: by a word only it has: السعودية، الإمارات).
_GENERIC_PLACE_WORDS = _words("""
جزر جزيرة جزيرتا جمهورية المملكة مملكة دولة الدولة الشمالية الجنوبية الشرقية الغربية الوسطى
المتحدة العربية الديمقراطية الشعبية الاتحادية الكبرى الصغرى النائية الإسلامية المستقلة الجديدة
منطقة مدينة إقليم أراضي الأراضي شمال جنوب شرق غرب وسط سانت سان ساو بحر البحر جبل الجبل الأسود
البيضاء الخضراء الحمراء الاستوائية إدارية الإدارية أصلية الاتجاه الأخضر الأقاليم الإقليم الجزر
البريطاني البريطانية الخاصة خاصة الرأس الصينية المحيط الهندي ثنائية ساحل سليمان طارق غارسيا
بيير وجان القمر الكاريبية اللاتينية
""")
#: CLDR regions that are not places a sentence names (the world, an unknown region) or are
#: organisations (the UN, the EU, the euro area).
_NOT_PLACES = frozenset({"001", "EU", "EZ", "UN", "ZZ", "QO"})


@lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Named countries, regions and cities in Arabic, from the Unicode CLDR (through Babel):
    territory names and the exemplar cities of time zones, normalised like the text. Returns
    (single words, {first word: the following words of each multi-word name}). A multi-word
    name also counts by any word only it has (``السعودية`` of ``المملكة العربية السعودية``).
    Read on first use: Babel is imported when text is scored, never at start-up."""
    from babel import Locale

    ar = Locale.parse("ar")
    countries = [_TOKEN.findall(normalize(n)) for code, n in ar.territories.items()
                 if code not in _NOT_PLACES]
    # Exemplar cities of three letters or fewer include common words (ترك، نوم، سول).
    cities = [_TOKEN.findall(normalize(z["city"])) for z in ar.time_zones.values()
              if z.get("city") and "،" not in z["city"] and len(normalize(z["city"])) >= 4
              and z["city"] != "مدينة غير معروفة"]
    single: set[str] = set()
    phrases: dict[str, set[tuple[str, ...]]] = {}
    word_count: dict[str, int] = {}
    for words in countries:
        for w in set(words):
            word_count[w] = word_count.get(w, 0) + 1
    for words in countries + cities:
        if len(words) == 1:
            single.add(words[0])
        elif words:
            phrases.setdefault(words[0], set()).add(tuple(words[1:]))
    for words in countries:
        if len(words) > 1:
            single.update(w for w in words if word_count[w] == 1 and len(w) >= 4
                          and w not in _GENERIC_PLACE_WORDS)
    return frozenset(single), {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}
COMMITMENT_WORDS = _words("""
استعداد استعدادها استعداده مستعد مستعدة مستعدون تعهد تعهدت يتعهد وعد وعدت يعتزم تعتزم ستواصل سيواصل
سنواصل ستستمر سيستمر شرط بشرط مشروط شريطة
pledged pledge promised promise vowed ready unless
""")
#: Conditions written as two words (``ما`` or ``حال`` alone say nothing of the kind).
COMMITMENT_PHRASES = frozenset(normalize(p) for p in ("ما لم", "في حال", "إلا إذا", "إلا إن"))
#: Forecasts and speculation: what may happen is not yet a fact anyone can check.
FORECAST_WORDS = _words("""
ربما لعل يتوقع تتوقع يتوقعون نتوقع توقع توقعت توقعات متوقع مرجح يرجح ترجح يرجحون محتمل يحتمل
احتمال سوف
may might could likely unlikely probably possibly perhaps expect expects expected expecting
forecast forecasts predict predicts predicted outlook will would plans intends
""")
#: ``قد`` before an imperfect verb (يـ) is "may"; before a past verb it stresses a fact (نـ and
#: تـ begin past verbs as often as imperfect ones, so they are left out).
_QAD = frozenset({normalize("قد")})
WEEKDAYS = _words("السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة monday tuesday wednesday "
                  "thursday friday saturday sunday")
MONTHS = _words("""
يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار
نيسان أيار حزيران تموز آب أيلول تشرين
january february march april june july august september october november december
""")
#: Day and month names in Latin letters (lower case), which are dates when capitalised.
_CALENDAR = frozenset(w for w in WEEKDAYS | MONTHS if w.isascii()) | {"may"}
RELATIVE_DAYS = _words("اليوم أمس غدا الليلة الماضي الماضية المقبل المقبلة yesterday today "
                       "tomorrow tonight last")
FIRST_PERSON_OPINION = _words("""
أعتقد أظن أرى نتمنى أتمنى أحب يا ربي اللهم رأيي برأيي أشعر نحن هل لماذا كيف متى think believe
hope love wish feel why how
""")
_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
#: A number as written: 1.25, 10,000, ٣٫٥, 40%.
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*(?:\s?[%٪])?")
#: Nouns whose sound plural is spelt like their dual (شرطيين، مدنيين، مصابين: "policemen",
#: "civilians", "wounded"): a dual only when written with its fatha (مدنيَّين) or followed by
#: "two" (اثنين).
DUAL_AMBIGUOUS = _words("شرطي مدني مصاب")
TWO = _words("اثنان اثنين اثنتان اثنتين")
#: A marker with the definite article (المدينة، المنطقة) names no particular place.
_DEFINITE = tuple(normalize(p) for p in ("ال", "وال", "بال", "فال", "كال", "لل", "وبال", "فبال"))
_TOKEN = re.compile(r"\w+")
#: A word in unnormalised text, with its marks and tatweel (``\w`` alone stops at some marks).
_RAW_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"@\w+")
#: A dual written with its fatha (…َين / …َان), as careful news text often does.
_VOCALISED_DUAL = re.compile(r"\w\u064e\u0651?(?:ين|ان)\b|\w\u0651\u064e(?:ين|ان)\b")


def _stems(token: str) -> list[str]:
    out = [token]
    for p in _PREFIXES:
        if token.startswith(p) and len(token) - len(p) >= 2:
            out.append(token[len(p):])
    return out


def _in(token: str, lexicon: AbstractSet[str]) -> bool:
    return any(s in lexicon for s in _stems(token))


def _dual(token: str, next_token: str = "") -> bool:
    for s in _stems(token):
        for suffix in ("ين", "ان"):
            if s.endswith(suffix) and s[:-2] in DUAL_STEMS:
                if s[:-2] in DUAL_AMBIGUOUS and not _in(next_token, TWO):
                    continue
                return True
            # feminine nouns listed without their ta marbuta: قذيفتين، سيارتين
            if s.endswith("ت" + suffix) and s[:-3] in DUAL_STEMS:
                return True
    return False


#: Feature code -> (English label, Arabic label), in the order reasons are listed.
FEATURES: dict[str, tuple[str, str]] = {
    "quantity": ("quantity (digits)", "كمية (أرقام)"),
    "number_word": ("number word", "عدد مكتوب بالحروف"),
    "percent": ("percentage", "نسبة مئوية"),
    "dual": ("dual form (a count of two)", "صيغة المثنى (عدد اثنين)"),
    "casualty_event": ("casualties or event", "ضحايا أو حدث"),
    "attribution": ("attributed statement", "تصريح منسوب"),
    "organisation": ("organisation or official body", "مؤسسة أو جهة رسمية"),
    "place": ("named country or city", "بلد أو مدينة مسمّاة"),
    "locality": ("specific locality (town, region…)", "مكان محدد (بلدة، إقليم…)"),
    "commitment": ("offer, promise or condition", "عرض أو تعهد أو شرط"),
    "date": ("date or time", "تاريخ أو وقت"),
    "forecast": ("forecast or speculation", "توقّع أو تكهّن"),
    "opinion_question": ("opinion, wish or question", "رأي أو تمنٍّ أو سؤال"),
}
FEATURE_CODES = tuple(FEATURES)
#: Features that speak against a checkable claim (the others are evidence for one).
AGAINST = frozenset({"forecast", "opinion_question"})


@dataclass(frozen=True)
class Fired:
    code: str
    evidence: str  # the words that made it fire (original spelling where possible)


def clean(text: str) -> str:
    """Text as the model sees it: links and @mentions dropped, hashtags as words."""
    text = _URL.sub(" ", text)
    text = _MENTION.sub(" ", text)
    return text.replace("#", " ").replace("_", " ")


def features(text: str) -> list[Fired]:
    """The explainable features that fire on ``text``, each with its evidence."""
    raw = clean(text)
    norm = normalize(raw)
    tokens = _TOKEN.findall(norm)
    originals = _RAW_TOKEN.findall(raw)
    # normalize() keeps one token per token, so the two lists line up unless marks split one.
    if len(originals) != len(tokens):
        originals = tokens
    hits: dict[str, list[str]] = {}
    place_words, place_phrases = places()

    def hit(code: str, i: int | None = None, word: str = "") -> None:
        hits.setdefault(code, [])
        w = word or (originals[i] if i is not None else "")
        if w and w not in hits[code] and len(hits[code]) < 4:
            hits[code].append(w)

    for m in _NUMBER.finditer(raw):
        hit("quantity", word=m.group())
        if _YEAR.fullmatch(normalize(m.group())):
            hit("date", word=m.group())
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if _in(tok, NUMBER_WORDS):
            hit("number_word", i)
        if _dual(tok, nxt):
            hit("dual", i)
        if _in(tok, CASUALTY_WORDS):
            hit("casualty_event", i)
        if _in(tok, ATTRIBUTION_VERBS):
            hit("attribution", i)
        if _in(tok, ORG_WORDS):
            hit("organisation", i)
        if _in(tok, place_words):
            hit("place", i)
        elif (tails := next((place_phrases[x] for x in _stems(tok) if x in place_phrases), ())):
            tail = next((t for t in tails if tuple(tokens[i + 1:i + 1 + len(t)]) == t), None)
            if tail is not None:
                hit("place", word=" ".join(originals[i:i + 1 + len(tail)]))
        if (_in(tok, PLACE_MARKERS) and len(nxt) > 2
                and not any(tok.startswith(d) for d in _DEFINITE)):
            hit("locality", word=f"{originals[i]} {originals[i + 1]}")
        if _in(tok, COMMITMENT_WORDS):
            hit("commitment", i)
        if nxt and f"{tok} {nxt}" in COMMITMENT_PHRASES:
            hit("commitment", word=f"{originals[i]} {originals[i + 1]}")
        if _in(tok, WEEKDAYS) or _in(tok, MONTHS):
            hit("date", i)
        if tok in RELATIVE_DAYS and i > 0 and _in(tokens[i - 1], {"في", "يوم", "مساء", "صباح"}):
            hit("date", i)
        if tok in FIRST_PERSON_OPINION:
            hit("opinion_question", i)
        if (_in(tok, FORECAST_WORDS) and originals[i] != "May") or (  # May 2023 is a month
                _in(tok, _QAD) and nxt[:1] == "ي"):  # قد يكون; قد نشرت is a past verb
            hit("forecast", i)
    raw_words = [(t.start(), t.end(), t.group()) for t in _RAW_TOKEN.finditer(raw)]
    for m in _VOCALISED_DUAL.finditer(raw):
        hit("dual", word=next((w for a, b, w in raw_words if a <= m.start() < b), m.group()))
    percent = PERCENT.search(norm)
    if percent:  # the words as the text writes them (في المئة), not their normalised form
        a, b = normalized(raw).span_to_original(percent.start(), percent.end())
        hit("percent", word=raw[a:b].strip())
    if "؟" in raw or "?" in raw:
        hit("opinion_question", word="؟")
    # English proper names: capitalised words not at the start of the text (a day or a month,
    # "Tuesday", "March", is a date, not a name).
    for m in re.finditer(r"(?<=[a-z,] )([A-Z][a-z]+(?: [A-Z][a-z]+)*)", raw):
        words = m.group(1).split(" ")
        while words and words[-1].lower() in _CALENDAR:
            words.pop()
        while words and words[0].lower() in _CALENDAR:
            words.pop(0)
        if words:
            hit("place", word=" ".join(words))
    return [Fired(code, "، ".join(ev)) for code, ev in hits.items()]


def feature_vector(fired: list[Fired]) -> list[float]:
    on = {f.code for f in fired}
    return [1.0 if c in on else 0.0 for c in FEATURE_CODES]


# -- hashed character n-grams --------------------------------------------------------------
def ngrams(norm_text: str, n_min: int, n_max: int) -> dict[str, int]:
    """Character n-grams inside words padded with spaces (like scikit-learn's ``char_wb``)."""
    counts: dict[str, int] = {}
    for w in _TOKEN.findall(norm_text):
        padded = f" {w} "
        for n in range(n_min, n_max + 1):
            for i in range(len(padded) - n + 1):
                g = padded[i:i + n]
                counts[g] = counts.get(g, 0) + 1
    return counts


def bucket(gram: str, buckets: int) -> int:
    return zlib.crc32(gram.encode("utf-8")) % buckets


def hashed_tfidf(text: str, buckets: int, n_min: int, n_max: int, idf) -> dict[int, float]:
    """Sublinear TF × IDF over hash buckets, L2-normalised: {bucket: value}."""
    vec: dict[int, float] = {}
    for g, c in ngrams(normalize(clean(text)), n_min, n_max).items():
        b = bucket(g, buckets)
        vec[b] = vec.get(b, 0.0) + c
    for b in vec:
        vec[b] = (1.0 + math.log(vec[b])) * idf[b]
    norm = math.sqrt(sum(v * v for v in vec.values()))
    if norm:
        for b in vec:
            vec[b] /= norm
    return vec


# -- the trained model ---------------------------------------------------------------------
#: Article score weights that leave the model's logit as it is (a model file without them).
NO_ARTICLE_WEIGHTS = {"bias": 0.0, "logit": 1.0, "for": 0.0, "against": 0.0}
#: The article score of text in another script is the features' alone, one weight each: the
#: ``other`` entry of the article weights, ``{"bias": b, "weights": {feature code: w}}``
#: (optional in a model file: without it every text is scored as Arabic).
OTHER_SCRIPT = "other"
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def arabic_share(text: str) -> float:
    """Share of the letters of ``text`` (links and @mentions dropped) written in Arabic script:
    how far the n-gram model, which saw only Arabic tweets, can speak for it. Text without
    letters counts as Arabic (digits and marks alone are what the model saw too)."""
    letters = _LETTER.findall(clean(text))
    arabic = sum(1 for c in letters if _ARABIC_LETTER.match(c))
    return arabic / len(letters) if letters else 1.0


@dataclass(frozen=True)
class Model:
    buckets: int
    n_min: int
    n_max: int
    bias: float
    weights: list[float]  # per bucket
    idf: list[float]  # per bucket
    feature_weights: dict[str, float]
    threshold: float  # decision threshold chosen on training folds (for F1)
    meta: dict
    #: The article score's weights (bias, logit, for, against: fitted on train.tsv; ``other``:
    #: the features' own weights for text in another script, fitted on labelled English news
    #: sentences), by tools/train_checkworthy.py; see ``services.proposals.score_text``.
    article: dict[str, Any] = field(default_factory=lambda: dict(NO_ARTICLE_WEIGHTS))

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError(f"not a {FORMAT} v{VERSION} model")
        buckets = int(data["buckets"])
        w = base64.b64decode(data["weights_int8"])
        idf = base64.b64decode(data["idf_uint8"])
        if len(w) != buckets or len(idf) != buckets:
            raise ValueError("model arrays do not match the number of buckets")
        ws, (lo, hi) = float(data["weight_scale"]), data["idf_range"]
        step = (hi - lo) / 255.0
        return cls(
            buckets, int(data["ngram"][0]), int(data["ngram"][1]), float(data["bias"]),
            [(b - 256 if b > 127 else b) * ws for b in w],
            [lo + v * step for v in idf],
            {k: float(v) for k, v in data["feature_weights"].items()},
            float(data.get("threshold", 0.5)), dict(data.get("meta", {})),
            _article_weights(data.get("article_score", NO_ARTICLE_WEIGHTS)))

    def ngram_logit(self, text: str) -> float:
        vec = hashed_tfidf(text, self.buckets, self.n_min, self.n_max, self.idf)
        return sum(self.weights[b] * v for b, v in vec.items())

    def explain(self, text: str) -> "Scored":
        fired = features(text)
        ngram = self.ngram_logit(text)
        parts = [(f, self.feature_weights.get(f.code, 0.0)) for f in fired]
        logit = self.bias + ngram + sum(w for _, w in parts)
        return Scored(1.0 / (1.0 + math.exp(-logit)), ngram, tuple(parts))


def _article_weights(stored: dict) -> dict[str, Any]:
    out: dict[str, Any] = {k: float(stored[k]) for k in NO_ARTICLE_WEIGHTS}
    if isinstance(other := stored.get(OTHER_SCRIPT), dict):
        unknown = set(other["weights"]) - set(FEATURE_CODES)
        if unknown:
            raise ValueError(f"the model weighs features this code does not know: {sorted(unknown)}")
        out[OTHER_SCRIPT] = {"bias": float(other["bias"]),
                             "weights": {k: float(v) for k, v in other["weights"].items()}}
    return out


@dataclass(frozen=True)
class Scored:
    score: float  # 0–1
    ngram: float  # the n-gram part of the logit
    parts: tuple[tuple[Fired, float], ...]  # fired features with their weights

    def reasons(self, language: str = "en") -> list[dict]:
        """What to show the checker, strongest push first."""
        ar = language.startswith("ar")
        out: list[dict[str, Any]] = [
            {"code": f.code, "label": FEATURES[f.code][1 if ar else 0], "text": f.evidence,
             "weight": round(w, 3)} for f, w in self.parts]
        out.append({"code": "wording",
                     "label": "صياغة تشبه الادعاءات القابلة للتحقق" if ar
                     else "wording like verifiable claims",
                     "text": "", "weight": round(self.ngram, 3)})
        out.sort(key=lambda r: -r["weight"])
        return out


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The shipped model, read once on first use (start-up does not pay for it)."""
    from . import bundled

    return Model.from_json(bundled.read_json(MODEL_RESOURCE))
