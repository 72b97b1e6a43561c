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
    <name>ExportDialog</name>
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
        <translation>&amp;ادعاء</translation>
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
        <source>This article holds {0} invisible direction controls; they are shown as ◆ and cannot reorder the text.</source>
        <translation>يحتوي هذا المقال على {0} من محارف التحكم بالاتجاه غير المرئية؛ تظهر بالعلامة ◆ ولا يمكنها إعادة ترتيب النص.</translation>
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
        <source>{0} claims were changed on both sides and were left as they are here; settle them with `workbench bundle import --ours/--theirs`.</source>
        <translation>{0} ادعاءات عُدّلت في الطرفين وتُركت كما هي هنا؛ احسمها بالأمر `workbench bundle import --ours/--theirs`.</translation>
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
        <source>{0} — Workbench</source>
        <translation>{0} — منضدة التحقق</translation>
    </message>
    <message>
        <source>{0} of {1} claims have a verdict</source>
        <translation>{0} من {1} ادعاءات لها حكم</translation>
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
        <source>Choose rating 1–7</source>
        <translation>اختيار التقييم 1–7</translation>
    </message>
    <message>
        <source>Save verdict</source>
        <translation>حفظ الحكم</translation>
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
    <name>run</name>
    <message>
        <source>Workbench</source>
        <translation>منضدة التحقق</translation>
    </message>
</context>
</TS>
