<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Looking for similar claims in other articles…</source>
        <translation>جارٍ البحث عن ادعاءات مشابهة في مقالات أخرى…</translation>
    </message>
    <message>
        <source>Checked before in %1 other article(s)</source>
        <translation>سبق التحقق منه في %1 من المقالات الأخرى</translation>
    </message>
    <message>
        <source>No similar claim in other articles.</source>
        <translation>لا يوجد ادعاء مشابه في مقالات أخرى.</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>The claim in your own words</source>
        <translation>الادعاء بصياغتك</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Why this rating: what the sources show</source>
        <translation>لماذا هذا التقييم: ماذا تُظهر المصادر</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>حفظ الحكم</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Save attached files…</source>
        <translation>حفظ الملفات المرفقة…</translation>
    </message>
    <message>
        <source>Double-click a source to edit it</source>
        <translation>انقر مرتين على مصدر لتحريره</translation>
    </message>
    <message>
        <source>(no verdict)</source>
        <translation>(بلا حكم)</translation>
    </message>
    <message>
        <source>Select a claim in the list or in the text.</source>
        <translation>اختر ادعاءً من القائمة أو من النص.</translation>
    </message>
    <message>
        <source>Last changed by {0} at {1}</source>
        <translation>آخر تعديل: {0} في {1}</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Claims changed on both desks</source>
        <translation>ادعاءات تغيّرت لدى المكتبين</translation>
    </message>
    <message>
        <source>Both this desk and the bundle changed these claims since they last met. Choose, for each, which version stays; the other side&apos;s steps are kept in the history either way.</source>
        <translation>غيّر هذا المكتب والحزمة هذه الادعاءات منذ آخر تبادل بينهما. اختر لكل ادعاء النسخة التي تبقى؛ وتُحفظ خطوات الطرف الآخر في السجل في الحالتين.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>التغيير هنا</translation>
    </message>
    <message>
        <source>Changed in the bundle</source>
        <translation>التغيير في الحزمة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <source>This desk&apos;s version</source>
        <translation>نسخة هذا المكتب</translation>
    </message>
    <message>
        <source>The bundle&apos;s version</source>
        <translation>نسخة الحزمة</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>حسم</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>ClaimReview JSON-LD (for search engines)</source>
        <translation>ClaimReview JSON-LD (لمحركات البحث)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (جدول بيانات)</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>تقرير Markdown</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>Export verdicts</source>
        <translation>تصدير الأحكام</translation>
    </message>
    <message>
        <source>Include claims not yet approved (their state is marked)</source>
        <translation>تضمين الادعاءات غير المعتمدة بعد (مع بيان حالتها)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Address of each fact-check: {base} is the organisation&apos;s URL; {article_slug}, {article_id} and {claim_id} are filled in</source>
        <translation>عنوان كل تحقق: ‎{base}‎ عنوان المؤسسة، وتُملأ ‎{article_slug}‎ و‎{article_id}‎ و‎{claim_id}‎ تلقائيًا</translation>
    </message>
    <message>
        <source>Publishing organisation (ClaimReview)</source>
        <translation>المؤسسة الناشرة (ClaimReview)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Fact-check URL</source>
        <translation>عنوان التحقق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Claims included</source>
        <translation>الادعاءات المشمولة</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Nothing to export yet: no claim here is approved. Tick “Include claims not yet approved” to export drafts and claims in review too.</source>
        <translation>لا شيء للتصدير بعد: لا ادعاء معتمدًا هنا. فعّل «تضمين الادعاءات غير المعتمدة بعد» لتصدير المسودات والادعاءات قيد المراجعة أيضًا.</translation>
    </message>
    <message>
        <source>Nothing to export yet: there are no claims here.</source>
        <translation>لا شيء للتصدير بعد: لا ادعاءات هنا.</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>Claims to export: %1</source>
        <translation>عدد الادعاءات المصدَّرة: %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} موجود بالفعل. أتريد استبداله؟</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Exported %1 claim(s) to %2</source>
        <translation>صُدِّر %1 ادعاءً إلى %2</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Claim marked</source>
        <translation>تحديد ادعاء</translation>
    </message>
    <message>
        <source>Statement edited</source>
        <translation>تعديل الصياغة</translation>
    </message>
    <message>
        <source>Claim deleted</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Claim restored</source>
        <translation>استعادة الادعاء</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>حسم التعارض</translation>
    </message>
    <message>
        <source>Verdict set</source>
        <translation>تحديد الحكم</translation>
    </message>
    <message>
        <source>Source added</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Source edited</source>
        <translation>تعديل مصدر</translation>
    </message>
    <message>
        <source>Source removed</source>
        <translation>إزالة مصدر</translation>
    </message>
    <message>
        <source>Source restored</source>
        <translation>استعادة مصدر</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Accepted from the proposals</source>
        <translation>قُبل من الاقتراحات</translation>
    </message>
    <message>
        <source>Proposal dismissed</source>
        <translation>رُفض الاقتراح</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>History (events: %1)</source>
        <translation>السجل (الأحداث: %1)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import article</source>
        <translation>استيراد مقال</translation>
    </message>
    <message>
        <source>A text, Markdown or saved web page (.txt, .md, .html)</source>
        <translation>ملف نصي أو Markdown أو صفحة ويب محفوظة (‎.txt، ‎.md، ‎.html)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <source>The page is fetched and its raw HTML kept as evidence.</source>
        <translation>تُجلب الصفحة ويُحفظ نصها الأصلي بلغة HTML دليلاً.</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان ويب</translation>
    </message>
    <message>
        <source>Optional: the first line is used otherwise</source>
        <translation>اختياري: يُستعمل السطر الأول إن تُرك فارغاً</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>لصق نص</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>مقالات (*.txt *.md *.markdown *.html *.htm);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>اختر ملفاً لاستيراده.</translation>
    </message>
    <message>
        <source>Type or paste the page&apos;s address.</source>
        <translation>اكتب عنوان الصفحة أو الصقه.</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text.</source>
        <translation>الصق نص المقال.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Filter by title, source, language or date…</source>
        <translation>تصفية حسب العنوان أو المصدر أو اللغة أو التاريخ…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>%1 of %2 articles</source>
        <translation>%1 من %2 مقال</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>المعتمدة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>ا&amp;دعاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>م&amp;راجعة</translation>
    </message>
    <message>
        <source>&amp;Export verdicts…</source>
        <translation>ت&amp;صدير الأحكام…</translation>
    </message>
    <message>
        <source>Export for re&amp;view…</source>
        <translation>تصدير لل&amp;مراجعة…</translation>
    </message>
    <message>
        <source>&amp;Import review bundle…</source>
        <translation>ا&amp;ستيراد حزمة مراجعة…</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>إ&amp;رسال للمراجعة</translation>
    </message>
    <message>
        <source>Review &amp;queue…</source>
        <translation>&amp;قائمة المراجعة…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Change &amp;user…</source>
        <translation>تغيير الم&amp;ستخدم…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;New claim from selection</source>
        <translation>ادعاء &amp;جديد من التحديد</translation>
    </message>
    <message>
        <source>&amp;Delete claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Add &amp;source…</source>
        <translation>إضافة &amp;مصدر…</translation>
    </message>
    <message>
        <source>Edit s&amp;tatement</source>
        <translation>تحرير ال&amp;صياغة</translation>
    </message>
    <message>
        <source>Edit &amp;rationale</source>
        <translation>تحرير ال&amp;تعليل</translation>
    </message>
    <message>
        <source>Ne&amp;xt claim</source>
        <translation>الادعاء ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous claim</source>
        <translation>الادعاء ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Library…</source>
        <translation>ال&amp;مكتبة…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>ال&amp;بحث في كل شيء…</translation>
    </message>
    <message>
        <source>&amp;Proposed claims</source>
        <translation>الادعاءات ال&amp;مقترحة</translation>
    </message>
    <message>
        <source>&amp;Checked before</source>
        <translation>ت&amp;حقق منه سابقًا</translation>
    </message>
    <message>
        <source>&amp;Comment on claim…</source>
        <translation>ت&amp;عليق على الادعاء…</translation>
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation>ا&amp;ستيراد مقال…</translation>
    </message>
    <message>
        <source>Import &amp;pasted text or link</source>
        <translation>استيراد نص أو رابط &amp;ملصوق</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>ترا&amp;جع عن {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>إ&amp;عادة {0}</translation>
    </message>
    <message>
        <source>This article holds {0} invisible direction controls; they are shown as ◆ and cannot reorder the text.</source>
        <translation>يحتوي هذا المقال على {0} من محارف التحكم بالاتجاه غير المرئية؛ تظهر بالعلامة ◆ ولا يمكنها إعادة ترتيب النص.</translation>
    </message>
    <message>
        <source>The same text was imported before (“{0}”); both copies are kept.</source>
        <translation>استُورد النص نفسه من قبل («{0}»)؛ احتُفظ بالنسختين.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>منضدة التحقق</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The claim went back to draft: it needs review again.</source>
        <translation>عاد الادعاء إلى المسودة: يحتاج إلى مراجعة من جديد.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>ادعاء جديد</translation>
    </message>
    <message>
        <source>Select the words of the claim in the article first.</source>
        <translation>حدّد كلمات الادعاء في المقال أولًا.</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>تحرير الصياغة</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>تعيين الحكم</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Save attached files to</source>
        <translation>حفظ الملفات المرفقة في</translation>
    </message>
    <message>
        <source>{0} no longer matches its SHA-256; it was not saved.</source>
        <translation>{0} لم يعد مطابقًا لبصمة SHA-256 الخاصة به؛ لم يُحفظ.</translation>
    </message>
    <message>
        <source>Saved {0} file(s) to {1}</source>
        <translation>حُفظ {0} ملف في {1}</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Proposed claims</source>
        <translation>الادعاءات المقترحة</translation>
    </message>
    <message>
        <source>Checked before</source>
        <translation>تحقق منه سابقًا</translation>
    </message>
    <message>
        <source>Export for review</source>
        <translation>تصدير للمراجعة</translation>
    </message>
    <message>
        <source>Workbench bundle (*.wbbundle)</source>
        <translation>حزمة منضدة التحقق (*.wbbundle)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>كُتب {0}</translation>
    </message>
    <message>
        <source>Import review bundle</source>
        <translation>استيراد حزمة مراجعة</translation>
    </message>
    <message>
        <source>Workbench bundle (*.wbbundle);;All files (*)</source>
        <translation>حزمة منضدة التحقق (*.wbbundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{0} claims added, {1} updated, {2} events imported.</source>
        <translation>أُضيف {0} ادعاء، وحُدِّث {1}، واستُورد {2} حدثًا.</translation>
    </message>
    <message>
        <source>The bundle&apos;s audit trail is broken at event {0}; later events were not trusted.</source>
        <translation>سجل التدقيق في الحزمة مكسور عند الحدث {0}؛ لم يُوثق بالأحداث اللاحقة.</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>أُرسل للمراجعة</translation>
    </message>
    <message>
        <source>Comment on claim</source>
        <translation>تعليق على الادعاء</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>أُضيف التعليق</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>تغيير المستخدم</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>من يعمل الآن؟</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>Role of {0}:</source>
        <translation>دور {0}:</translation>
    </message>
    <message>
        <source>{0} of {1} claims have a verdict</source>
        <translation>الادعاءات التي لها حكم: {0} من {1}</translation>
    </message>
    <message>
        <source>Typing… saved when you leave the field</source>
        <translation>جارٍ الكتابة… يُحفظ عند مغادرة الحقل</translation>
    </message>
    <message>
        <source>All changes saved ({0})</source>
        <translation>حُفظت كل التغييرات ({0})</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت كل التغييرات</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>المستخدم: {0}</translation>
    </message>
    <message>
        <source>Choose rating 1–{0}</source>
        <translation>اختيار التقييم ⁦1–{0}⁩</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>حفظ الحكم</translation>
    </message>
    <message>
        <source>Settled: {0} kept as they are here, {1} taken from the bundle.</source>
        <translation>حُسم الأمر: أُبقي على {0} كما هي هنا، وأُخذ {1} من الحزمة.</translation>
    </message>
    <message>
        <source>{0} claims changed on both sides are left as they are here until someone decides; import the bundle again to settle them.</source>
        <translation>ادعاءات تغيّرت لدى الطرفين تُركت كما هي هنا حتى يُتخذ قرار: {0}؛ استورد الحزمة مجددًا لحسمها.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Proposed claim</source>
        <translation>الادعاء المقترح</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Already a claim</source>
        <translation>ادعاء بالفعل</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Propose claims</source>
        <translation>اقترح ادعاءات</translation>
    </message>
    <message>
        <source>Score every sentence of the article and list the most check-worthy</source>
        <translation>تقييم كل جملة في المقال وعرض أجدرها بالتحقق</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Make the proposal a claim (Ctrl+Enter)</source>
        <translation>تحويل الاقتراح إلى ادعاء (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Dismiss the proposal; it is not proposed again (Delete)</source>
        <translation>رفض الاقتراح؛ لن يُقترح مرة أخرى (Delete)</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <source>Already a claim: its sentence is in the checklist.</source>
        <translation>ادعاء بالفعل: جملته في قائمة الادعاءات.</translation>
    </message>
    <message>
        <source>Scoring the article&apos;s sentences…</source>
        <translation>جارٍ تقييم جمل المقال…</translation>
    </message>
    <message>
        <source>%1 proposed claims</source>
        <translation>الادعاءات المقترحة: %1</translation>
    </message>
    <message>
        <source>Nothing in this article looks check-worthy enough to propose.</source>
        <translation>لا شيء في هذا المقال يبدو جديرًا بالتحقق بما يكفي لاقتراحه.</translation>
    </message>
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Comment (required to request changes)</source>
        <translation>تعليق (مطلوب عند طلب التعديلات)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Approve this verdict (%1)</source>
        <translation>اعتماد هذا الحكم (%1)</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>طلب تعديلات</translation>
    </message>
    <message>
        <source>Send it back with your comment (%1)</source>
        <translation>إعادته مع تعليقك (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Changed since the last review</source>
        <translation>ما تغيّر منذ آخر مراجعة</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>لا شيء بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>الملفات: %1</translation>
    </message>
    <message>
        <source>No sources</source>
        <translation>لا مصادر</translation>
    </message>
    <message>
        <source>Submitted by %1 at %2</source>
        <translation>أرسله %1 في %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>First review: everything below is new.</source>
        <translation>أول مراجعة: كل ما يلي جديد.</translation>
    </message>
    <message>
        <source>Since %1 by %2 at %3</source>
        <translation>منذ %1 من %2 في %3</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>request for changes</source>
        <translation>طلب التعديلات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>اعتُمد</translation>
    </message>
    <message>
        <source>Sent back for changes</source>
        <translation>أُعيد لإجراء تعديلات</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Submitted</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>تعليل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>الموضع المطابق</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search articles, claims, rationales and sources…</source>
        <translation>ابحث في المقالات والادعاءات والتعليلات والمصادر…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>التعليلات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>لا نتائج لـ «%1»</translation>
    </message>
</context>
<context>
    <name>SimilarModel</name>
    <message>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>لا حكم بعد</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>ال&amp;ناشر</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>تاريخ ال&amp;نشر</translation>
    </message>
    <message>
        <source>A&amp;ccessed</source>
        <translation>تاريخ الا&amp;طلاع</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>ال&amp;موقف</translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation>م&amp;قتطف</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>م&amp;لفات</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>ينفي</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>إرفاق ملفات…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>ينفي</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ملفات</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>a request for changes needs a comment saying what to change</source>
        <translation>طلب التعديلات يحتاج إلى تعليق يبيّن ما يجب تغييره</translation>
    </message>
    <message>
        <source>a user name is needed (--user NAME)</source>
        <translation>يلزم اسم مستخدم (‎--user NAME‎)</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>يحتاج المستخدم إلى اسم</translation>
    </message>
    <message>
        <source>article {0} has a different text here; not merged</source>
        <translation>للمقال {0} نص مختلف هنا؛ لم يُدمج</translation>
    </message>
    <message>
        <source>article {0} was not imported from a web page</source>
        <translation>المقال {0} لم يُستورد من صفحة ويب</translation>
    </message>
    <message>
        <source>attached file {0} no longer matches its SHA-256; not written</source>
        <translation>الملف المرفق {0} لم يعد يطابق بصمته SHA-256؛ لم يُكتب</translation>
    </message>
    <message>
        <source>attachment {0} does not exist or is not a file</source>
        <translation>المرفق {0} غير موجود أو ليس ملفًا</translation>
    </message>
    <message>
        <source>attachment {0} is larger than 100 MB</source>
        <translation>المرفق {0} أكبر من 100 ميغابايت</translation>
    </message>
    <message>
        <source>attachment {0} is not a plain file name: {1}; rename the file first</source>
        <translation>اسم المرفق {0} ليس اسم ملف بسيطًا: {1}؛ غيّر اسم الملف أولًا</translation>
    </message>
    <message>
        <source>bundle is damaged: file {0} does not match its SHA-256</source>
        <translation>الحزمة تالفة: الملف {0} لا يطابق بصمته SHA-256</translation>
    </message>
    <message>
        <source>bundle is damaged: file {0} is missing</source>
        <translation>الحزمة تالفة: الملف {0} مفقود</translation>
    </message>
    <message>
        <source>bundle {0} does not exist or is not a file</source>
        <translation>الحزمة {0} غير موجودة أو ليست ملفًا</translation>
    </message>
    <message>
        <source>bundle {0} has version {1}; this workbench reads version {2}</source>
        <translation>إصدار الحزمة {0} هو {1}؛ وهذه النسخة من البرنامج تقرأ الإصدار {2}</translation>
    </message>
    <message>
        <source>bundle {0} is damaged: {1}</source>
        <translation>الحزمة {0} تالفة: {1}</translation>
    </message>
    <message>
        <source>bundle {0} is larger than 2 GB</source>
        <translation>الحزمة {0} أكبر من 2 غيغابايت</translation>
    </message>
    <message>
        <source>bundle {0} is refused: attached file {1} is not a plain file name ({2}); nothing was imported</source>
        <translation>رُفضت الحزمة {0}: اسم الملف المرفق {1} ليس اسم ملف بسيطًا ({2})؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>cannot create folder {0}: {1}</source>
        <translation>تعذّر إنشاء المجلد {0}: {1}</translation>
    </message>
    <message>
        <source>cannot fetch {0}: {1}</source>
        <translation>تعذّر جلب {0}: {1}</translation>
    </message>
    <message>
        <source>cannot make a temporary file in {0}</source>
        <translation>تعذّر إنشاء ملف مؤقت في {0}</translation>
    </message>
    <message>
        <source>cannot open database {0}: {1}</source>
        <translation>تعذّر فتح قاعدة البيانات {0}: {1}</translation>
    </message>
    <message>
        <source>cannot reach {0}: {1}</source>
        <translation>تعذّر الوصول إلى {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read attachment {0}: {1}</source>
        <translation>تعذّرت قراءة المرفق {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read bundle {0}: {1}</source>
        <translation>تعذّرت قراءة الحزمة {0}: {1}</translation>
    </message>
    <message>
        <source>cannot read {0}: {1}</source>
        <translation>تعذّرت قراءة {0}: {1}</translation>
    </message>
    <message>
        <source>cannot tell the encoding of {0}: no common encoding reads it as text (is it a binary file?)</source>
        <translation>تعذّر تحديد ترميز {0}: لا يقرؤه أي ترميز شائع نصًّا (هل هو ملف ثنائي؟)</translation>
    </message>
    <message>
        <source>cannot write bundle {0}: {1}</source>
        <translation>تعذّرت كتابة الحزمة {0}: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: folder {1} does not exist</source>
        <translation>تعذّرت الكتابة في {0}: المجلد {1} غير موجود</translation>
    </message>
    <message>
        <source>cannot write {0}: it is a folder</source>
        <translation>تعذّرت الكتابة في {0}: إنه مجلد</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>تعذّرت الكتابة في {0}: {1}</translation>
    </message>
    <message>
        <source>cannot {0} claim {1}: it is {2}, not {3}</source>
        <translation>لا يمكن تنفيذ «{0}» على الادعاء {1}: حالته {2} وليست {3}</translation>
    </message>
    <message>
        <source>claim {0} already exists</source>
        <translation>الادعاء {0} موجود بالفعل</translation>
    </message>
    <message>
        <source>claim {0} has no verdict yet; set one before submitting</source>
        <translation>لا حكم للادعاء {0} بعد؛ حدّد حكمًا قبل الإرسال للمراجعة</translation>
    </message>
    <message>
        <source>database {0} cannot switch to WAL mode ({1})</source>
        <translation>قاعدة البيانات {0} لا يمكنها التحول إلى وضع WAL ‏({1})</translation>
    </message>
    <message>
        <source>database {0} is locked by another program; close it and try again</source>
        <translation>قاعدة البيانات {0} مقفلة من برنامج آخر؛ أغلقه وحاول مجددًا</translation>
    </message>
    <message>
        <source>database {0} is read-only; choose a writable location with --db</source>
        <translation>قاعدة البيانات {0} للقراءة فقط؛ اختر موضعًا قابلًا للكتابة بالخيار ‎--db‎</translation>
    </message>
    <message>
        <source>database {0} was written by a newer version of workbench (schema steps {1}); update workbench to open it</source>
        <translation>كُتبت قاعدة البيانات {0} بإصدار أحدث من البرنامج (خطوات المخطط {1})؛ حدّث البرنامج لفتحها</translation>
    </message>
    <message>
        <source>database {0} was written by a newer version of workbench (schema {1}, this version knows {2}); update workbench to open it</source>
        <translation>كُتبت قاعدة البيانات {0} بإصدار أحدث من البرنامج (المخطط {1}، وهذا الإصدار يعرف حتى {2})؛ حدّث البرنامج لفتحها</translation>
    </message>
    <message>
        <source>database {0}: {1}</source>
        <translation>قاعدة البيانات {0}: {1}</translation>
    </message>
    <message>
        <source>empty quote</source>
        <translation>الاقتباس فارغ</translation>
    </message>
    <message>
        <source>folder {0} does not exist or is not a folder</source>
        <translation>المجلد {0} غير موجود أو ليس مجلدًا</translation>
    </message>
    <message>
        <source>no article text found in {0}: the page holds only navigation, scripts or images</source>
        <translation>لم يُعثر على نص مقال في {0}: الصفحة لا تحوي إلا روابط تنقّل أو نصوصًا برمجية أو صورًا</translation>
    </message>
    <message>
        <source>no article with id {0}</source>
        <translation>لا يوجد مقال بالمعرّف {0}</translation>
    </message>
    <message>
        <source>no attached file with id {0}</source>
        <translation>لا يوجد ملف مرفق بالمعرّف {0}</translation>
    </message>
    <message>
        <source>no claim to export has a verdict yet; {0} needs one</source>
        <translation>لا حكم بعد لأي ادعاء سيُصدَّر؛ وصيغة {0} تحتاج إلى حكم</translation>
    </message>
    <message>
        <source>no claim with id {0}</source>
        <translation>لا يوجد ادعاء بالمعرّف {0}</translation>
    </message>
    <message>
        <source>no comment {0} on claim {1}</source>
        <translation>لا يوجد تعليق {0} على الادعاء {1}</translation>
    </message>
    <message>
        <source>no file was named: give the path of the file to import</source>
        <translation>لم يُذكر ملف: أعطِ مسار الملف المراد استيراده</translation>
    </message>
    <message>
        <source>no proposal with id {0}</source>
        <translation>لا يوجد اقتراح بالمعرّف {0}</translation>
    </message>
    <message>
        <source>no source with id {0}</source>
        <translation>لا يوجد مصدر بالمعرّف {0}</translation>
    </message>
    <message>
        <source>not a web address: {0} (it must start with http:// or https://)</source>
        <translation>ليس عنوان ويب: {0} (يجب أن يبدأ بـ ‎http://‎ أو ‎https://‎)</translation>
    </message>
    <message>
        <source>nothing to search for: the query has no words</source>
        <translation>لا شيء للبحث عنه: الاستعلام بلا كلمات</translation>
    </message>
    <message>
        <source>only an editor may set roles ({0} is not an editor)</source>
        <translation>لا يحدد الأدوار إلا محرر ({0} ليس محررًا)</translation>
    </message>
    <message>
        <source>only an editor may {0} a claim; {1} is a {2}</source>
        <translation>لا يستطيع «{0}» ادعاءً إلا محرر؛ و{1} دوره {2}</translation>
    </message>
    <message>
        <source>proposal {0} was already {1} by {2}</source>
        <translation>الاقتراح {0} سبق أن صار «{1}» على يد {2}</translation>
    </message>
    <message>
        <source>quote not found in the text: {0}</source>
        <translation>الاقتباس غير موجود في النص: {0}</translation>
    </message>
    <message>
        <source>rating scale is malformed: {0}</source>
        <translation>سلّم التقييم غير سليم: {0}</translation>
    </message>
    <message>
        <source>rating scale needs at least one rating and unique keys</source>
        <translation>يحتاج سلّم التقييم إلى تقييم واحد على الأقل ومفاتيح غير مكررة</translation>
    </message>
    <message>
        <source>rating {0} value {1} is outside {2}–{3}</source>
        <translation>قيمة التقييم {0} هي {1}، وهي خارج المدى {2}–{3}</translation>
    </message>
    <message>
        <source>resolve {0} with &apos;theirs&apos; or &apos;ours&apos;, not {1}</source>
        <translation>احسم {0} باختيار ‎&apos;theirs&apos;‎ أو ‎&apos;ours&apos;‎، لا {1}</translation>
    </message>
    <message>
        <source>source URL must start with http:// or https:// (got {0})</source>
        <translation>يجب أن يبدأ عنوان المصدر بـ ‎http://‎ أو ‎https://‎ (المُدخل: {0})</translation>
    </message>
    <message>
        <source>span end {0} splits a letter from its marks</source>
        <translation>نهاية المقطع {0} تفصل حرفًا عن حركاته</translation>
    </message>
    <message>
        <source>span offsets must be whole numbers</source>
        <translation>يجب أن تكون مواضع المقطع أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>span start {0} is after its end {1}</source>
        <translation>بداية المقطع {0} تقع بعد نهايته {1}</translation>
    </message>
    <message>
        <source>span start {0} splits a letter from its marks</source>
        <translation>بداية المقطع {0} تفصل حرفًا عن حركاته</translation>
    </message>
    <message>
        <source>span {0}–{1} is outside the text (0–{2})</source>
        <translation>المقطع {0}–{1} خارج النص (0–{2})</translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation>المقال فارغ</translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation>التعليق فارغ</translation>
    </message>
    <message>
        <source>the fact-check URL pattern gives {0}, not an http(s) address</source>
        <translation>نمط عنوان صفحة التحقق يعطي {0}، وهو ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>the fact-check URL pattern needs {{claim_id}}: each claim has its own page</source>
        <translation>نمط عنوان صفحة التحقق يحتاج إلى ‎{{claim_id}}‎: لكل ادعاء صفحته</translation>
    </message>
    <message>
        <source>the fact-check URL pattern {0} is malformed: {1}</source>
        <translation>نمط عنوان صفحة التحقق {0} غير سليم: {1}</translation>
    </message>
    <message>
        <source>the organisation&apos;s URL must start with http:// or https:// (got {0}; workbench export-settings --org-url URL)</source>
        <translation>يجب أن يبدأ عنوان المؤسسة بـ ‎http://‎ أو ‎https://‎ (المُدخل: {0}؛ ‎workbench export-settings --org-url URL‎)</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is not set (workbench export-settings --org-name NAME)</source>
        <translation>اسم المؤسسة غير محدد (‎workbench export-settings --org-name NAME‎)</translation>
    </message>
    <message>
        <source>the pasted text is empty: there is no text to import</source>
        <translation>النص الملصق فارغ: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>the selection is empty: select the words of the claim</source>
        <translation>التحديد فارغ: حدّد كلمات الادعاء</translation>
    </message>
    <message>
        <source>the server answered {0} {1} for {2}</source>
        <translation>أجاب الخادم بالرمز {0} ‏({1}) على {2}</translation>
    </message>
    <message>
        <source>the timeout must be a number of seconds above 0 and at most 3600, not {0}</source>
        <translation>يجب أن تكون مهلة الانتظار عددًا من الثواني أكبر من 0 ولا يتجاوز 3600، لا {0}</translation>
    </message>
    <message>
        <source>this span is already claim {0}</source>
        <translation>هذا المقطع هو الادعاء {0} بالفعل</translation>
    </message>
    <message>
        <source>unknown export format {0}; choose one of: {1}</source>
        <translation>صيغة تصدير غير معروفة {0}؛ اختر واحدة من: {1}</translation>
    </message>
    <message>
        <source>unknown field(s) {0} in the fact-check URL pattern; use {1}</source>
        <translation>حقول غير معروفة {0} في نمط عنوان صفحة التحقق؛ استخدم {1}</translation>
    </message>
    <message>
        <source>unknown kind(s) {0}; choose from {1}</source>
        <translation>نوع غير معروف {0}؛ اختر من: {1}</translation>
    </message>
    <message>
        <source>unknown rating {0}; choose one of: {1}</source>
        <translation>تقييم غير معروف {0}؛ اختر واحدًا من: {1}</translation>
    </message>
    <message>
        <source>unknown review action {0}</source>
        <translation>إجراء مراجعة غير معروف {0}</translation>
    </message>
    <message>
        <source>unknown role {0}; choose checker or editor</source>
        <translation>دور غير معروف {0}؛ اختر ‎checker‎ (مدقق) أو ‎editor‎ (محرر)</translation>
    </message>
    <message>
        <source>unknown source field(s): {0}</source>
        <translation>حقول مصدر غير معروفة: {0}</translation>
    </message>
    <message>
        <source>unknown stance {0}; choose supports, refutes or context</source>
        <translation>موقف غير معروف {0}؛ اختر ‎supports‎ (يؤيد) أو ‎refutes‎ (ينفي) أو ‎context‎ (سياق)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name</source>
        <translation>{0} موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>{0} already holds {1} files named like {2}</source>
        <translation>في {0} بالفعل {1} ملف باسم يشبه {2}</translation>
    </message>
    <message>
        <source>{0} cannot be read as {1}: bad byte at {2}</source>
        <translation>تعذّرت قراءة {0} بترميز {1}: بايت غير صالح في الموضع {2}</translation>
    </message>
    <message>
        <source>{0} cannot go to standard output; give -o FILE</source>
        <translation>لا يمكن إخراج {0} إلى المخرج القياسي؛ حدّد ‎-o FILE‎</translation>
    </message>
    <message>
        <source>{0} did not answer within {1} s</source>
        <translation>لم يستجب {0} خلال {1} ثانية</translation>
    </message>
    <message>
        <source>{0} did not finish loading within {1} s</source>
        <translation>لم يكتمل تحميل {0} خلال {1} ثانية</translation>
    </message>
    <message>
        <source>{0} did not say what it is and does not look like a web page</source>
        <translation>لم يُعلن {0} عن نوعه ولا يبدو صفحة ويب</translation>
    </message>
    <message>
        <source>{0} does not exist</source>
        <translation>{0} غير موجود</translation>
    </message>
    <message>
        <source>{0} has no approved claims to export (--all-states exports drafts and claims in review too)</source>
        <translation>لا ادعاءات معتمدة في {0} لتصديرها (الخيار ‎--all-states‎ يصدّر المسودات والادعاءات قيد المراجعة أيضًا)</translation>
    </message>
    <message>
        <source>{0} has no claims to export</source>
        <translation>لا ادعاءات في {0} لتصديرها</translation>
    </message>
    <message>
        <source>{0} holds only white space: there is no text to import</source>
        <translation>لا يحوي {0} إلا مسافات بيضاء: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>{0} is UTF-8 text with bytes that are not UTF-8 (first at byte {1}); the file is damaged: save it again as UTF-8 and import it again</source>
        <translation>{0} نص بترميز UTF-8 فيه بايتات ليست UTF-8 (أولها في البايت {1})؛ الملف تالف: احفظه مجددًا بترميز UTF-8 ثم استورده</translation>
    </message>
    <message>
        <source>{0} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{0} ملف ثنائي وليس نصًا (يحوي بايتات صفرية)</translation>
    </message>
    <message>
        <source>{0} is a binary file, not text (it is full of control characters)</source>
        <translation>{0} ملف ثنائي وليس نصًا (مليء بمحارف التحكم)</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file</source>
        <translation>{0} مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name for the bundle</source>
        <translation>{0} مجلد؛ أعطِ الحزمة اسم ملف</translation>
    </message>
    <message>
        <source>{0} is a folder; give a file name to save {1} as</source>
        <translation>{0} مجلد؛ أعطِ اسم ملف لحفظ {1} به</translation>
    </message>
    <message>
        <source>{0} is an SQLite database, but not a workbench database</source>
        <translation>{0} قاعدة بيانات SQLite، لكنها ليست قاعدة بيانات لهذا البرنامج</translation>
    </message>
    <message>
        <source>{0} is empty: there is no text to import</source>
        <translation>{0} فارغ: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>{0} is larger than {1}; pages that large are not fetched</source>
        <translation>{0} أكبر من {1}؛ لا تُجلب الصفحات بهذا الحجم</translation>
    </message>
    <message>
        <source>{0} is not a file</source>
        <translation>{0} ليس ملفًا</translation>
    </message>
    <message>
        <source>{0} is not a plain file name: {1}</source>
        <translation>{0} ليس اسم ملف بسيطًا: {1}</translation>
    </message>
    <message>
        <source>{0} is not a readable web page: {1}</source>
        <translation>{0} ليس صفحة ويب مقروءة: {1}</translation>
    </message>
    <message>
        <source>{0} is not a web page ({1}); download it and import the file instead</source>
        <translation>{0} ليس صفحة ويب ({1})؛ نزّله واستورد الملف بدلًا من ذلك</translation>
    </message>
    <message>
        <source>{0} is not a workbench bundle</source>
        <translation>{0} ليس حزمة من حزم هذا البرنامج</translation>
    </message>
    <message>
        <source>{0} is not a workbench database (or it is damaged): {1}</source>
        <translation>{0} ليس قاعدة بيانات لهذا البرنامج (أو أنه تالف): {1}</translation>
    </message>
    <message>
        <source>{0} is {1}, not text; import text, Markdown or HTML</source>
        <translation>{0} هو {1} وليس نصًا؛ استورد نصًا أو Markdown أو HTML</translation>
    </message>
    <message>
        <source>{0} is {1}; pages larger than {2} are not fetched</source>
        <translation>حجم {0} هو {1}؛ لا تُجلب الصفحات الأكبر من {2}</translation>
    </message>
    <message>
        <source>{0} is {1}; the largest file workbench imports is {2} (split it, or import the part you are checking)</source>
        <translation>حجم {0} هو {1}؛ وأكبر ملف يستورده البرنامج {2} (قسّمه، أو استورد الجزء الذي تتحقق منه)</translation>
    </message>
    <message>
        <source>{0} redirects in a loop or more than {1} times; open it in a browser to find the page&apos;s real address</source>
        <translation>{0} يعيد التوجيه في حلقة أو أكثر من {1} مرات؛ افتحه في متصفح لتعرف العنوان الحقيقي للصفحة</translation>
    </message>
    <message>
        <source>{0} redirects to {1}, which is not a web address; not followed</source>
        <translation>يعيد {0} التوجيه إلى {1}، وهو ليس عنوان ويب؛ لم يُتبع</translation>
    </message>
    <message>
        <source>{0} returned an empty page</source>
        <translation>أعاد {0} صفحة فارغة</translation>
    </message>
    <message>
        <source>{0} stopped after {1} bytes; the page is incomplete and was not kept</source>
        <translation>توقف {0} بعد {1} بايت؛ الصفحة ناقصة ولم تُحفظ</translation>
    </message>
    <message>
        <source>{0} stopped after {1} of {2} bytes; the page is incomplete and was not kept</source>
        <translation>توقف {0} بعد {1} من {2} بايت؛ الصفحة ناقصة ولم تُحفظ</translation>
    </message>
    <message>
        <source>{0} would be written outside {1}; not written</source>
        <translation>كان {0} سيُكتب خارج {1}؛ لم يُكتب</translation>
    </message>
    <message>
        <source>{0} wrote or last changed this verdict; another editor must {1} it (four eyes)</source>
        <translation>{0} كتب هذا الحكم أو كان آخر من غيّره؛ يجب أن يتولى «{1}» محرر آخر (مبدأ العينين الأربع)</translation>
    </message>
    <message>
        <source>{0} {1} is not a date like 2023-09-19</source>
        <translation>{0} {1} ليس تاريخًا بصيغة 2023-09-19</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>Workbench</source>
        <translation>منضدة التحقق</translation>
    </message>
</context>
</TS>
