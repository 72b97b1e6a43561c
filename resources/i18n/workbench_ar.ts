<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>Captures</name>
    <message>
        <source>bytes</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>ك.بايت</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>م.بايت</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>ج.بايت</translation>
    </message>
    <message>
        <source>no trusted time</source>
        <translation>بلا توقيت موثوق</translation>
    </message>
    <message>
        <source>trusted time {0}</source>
        <translation>توقيت موثوق {0}</translation>
    </message>
    <message>
        <source>captured {0}</source>
        <translation>التُقطت {0}</translation>
    </message>
    <message>
        <source>TSA</source>
        <translation>ختم زمني</translation>
    </message>
    <message>
        <source>no TSA</source>
        <translation>بلا ختم زمني</translation>
    </message>
    <message>
        <source>Time-stamping authority: {0}</source>
        <translation>جهة ختم الوقت: {0}</translation>
    </message>
    <message>
        <source>Capturing the page</source>
        <translation>التقاط الصفحة</translation>
    </message>
    <message>
        <source>Capturing {0} as evidence…</source>
        <translation>جارٍ التقاط {0} دليلًا…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling the capture of {0}…</source>
        <translation>جارٍ إلغاء التقاط {0}…</translation>
    </message>
    <message>
        <source>Not captured: {0}</source>
        <translation>لم تُلتقط: {0}</translation>
    </message>
    <message>
        <source>The source is kept; nothing was stored as evidence.</source>
        <translation>بقي المصدر محفوظًا، ولم يُخزَّن شيء دليلًا.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>نسخة مؤرشفة</translation>
    </message>
    <message>
        <source>Archived copy, not the live page: {0} as captured on {1}.</source>
        <translation>نسخة مؤرشفة، لا الصفحة الحية: {0} كما التُقطت في {1}.</translation>
    </message>
    <message>
        <source>Asked for {0} (redirected).</source>
        <translation>طُلب العنوان {0} (وأُعيد توجيهه).</translation>
    </message>
    <message>
        <source>Trusted time {0} from {1}.</source>
        <translation>توقيت موثوق {0} من {1}.</translation>
    </message>
    <message>
        <source>No trusted time: the capture time is this computer&apos;s clock.</source>
        <translation>لا توقيت موثوق: وقت الالتقاط هو ساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>(an image that cannot be shown: {0})</source>
        <translation>(صورة يتعذّر عرضها: {0})</translation>
    </message>
    <message>
        <source>Images recorded in the capture: {0}</source>
        <translation>الصور المسجّلة في الالتقاط: {0}</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Looking for similar claims in other articles…</source>
        <translation>جارٍ البحث عن ادعاءات مشابهة في مقالات أخرى…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before in %n other article(s)</source>
        <translation>
            <numerusform>لم يُتحقق منه في أي مقال آخر</numerusform>
            <numerusform>تُحقق منه من قبل في مقال آخر واحد</numerusform>
            <numerusform>تُحقق منه من قبل في مقالين آخرين</numerusform>
            <numerusform>تُحقق منه من قبل في %n مقالات أخرى</numerusform>
            <numerusform>تُحقق منه من قبل في %n مقالًا آخر</numerusform>
            <numerusform>تُحقق منه من قبل في %n مقال آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>No similar claim in other articles.</source>
        <translation>لا يوجد ادعاء مشابه في مقالات أخرى.</translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message>
        <source>Approved by {0} on {1}; changing it sends it back for review.</source>
        <translation>اعتمده {0} في {1}؛ تغييره يعيده إلى المراجعة.</translation>
    </message>
    <message>
        <source>Submitted by {0} on {1} and waiting for review; changing it takes it out of the review queue.</source>
        <translation>أرسله {0} للمراجعة في {1} وهو ينتظرها؛ تغييره يُخرجه من قائمة المراجعة.</translation>
    </message>
    <message>
        <source>Change a reviewed claim?</source>
        <translation>تغيير ادعاء تمت مراجعته؟</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>غيّره</translation>
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
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Captured {0}</source>
        <translation>التُقطت {0}</translation>
    </message>
    <message>
        <source>Capture cancelled: the source was kept, without evidence.</source>
        <translation>أُلغي الالتقاط: أُبقي المصدر، بلا دليل.</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>عرض الالتقاط</translation>
    </message>
    <message>
        <source>This source has not been captured yet: use Capture again.</source>
        <translation>لم يُلتقط هذا المصدر بعد: استخدم «التقاط مجددًا».</translation>
    </message>
    <message>
        <source>This archived copy cannot be shown: {0}</source>
        <translation>يتعذّر عرض هذه النسخة المؤرشفة: {0}</translation>
    </message>
    <message>
        <source>Save attached files to</source>
        <translation>حفظ الملفات المرفقة في</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف في %1</numerusform>
            <numerusform>حُفظ ملف واحد في %1</numerusform>
            <numerusform>حُفظ ملفان في %1</numerusform>
            <numerusform>حُفظت %n ملفات في %1</numerusform>
            <numerusform>حُفظ %n ملفًا في %1</numerusform>
            <numerusform>حُفظ %n ملف في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation>رفض الاقتراح</translation>
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
        <source>Capture again</source>
        <translation>التقاط مجددًا</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>عرض الالتقاط</translation>
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
    <name>DeskLine</name>
    <message>
        <source>{0} added claim {1}</source>
        <extracomment>How often the window looks for changes made by others (ms). How long the waiting thread of a server desk waits on the server at a time (s): how soon it notices the window closing. The status-bar line for a change ({0}: who, {1}: the claim&apos;s number in the checklist, or its id when the claim is not in the open article).</extracomment>
        <translation>أضاف {0} الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} deleted claim {1}</source>
        <translation>حذف {0} الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} changed the statement of claim {1}</source>
        <translation>غيّر {0} صياغة الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} set the verdict of claim {1}</source>
        <translation>حدّد {0} حكم الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} added a source to claim {1}</source>
        <translation>أضاف {0} مصدرًا إلى الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} edited a source of claim {1}</source>
        <translation>عدّل {0} مصدرًا للادعاء {1}</translation>
    </message>
    <message>
        <source>{0} removed a source from claim {1}</source>
        <translation>أزال {0} مصدرًا من الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} submitted claim {1}</source>
        <translation>أرسل {0} الادعاء {1} للمراجعة</translation>
    </message>
    <message>
        <source>{0} approved claim {1}</source>
        <translation>اعتمد {0} الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} requested changes on claim {1}</source>
        <translation>طلب {0} تعديلات على الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} commented on claim {1}</source>
        <translation>علّق {0} على الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} changed claim {1}</source>
        <translation>غيّر {0} الادعاء {1}</translation>
    </message>
    <message>
        <source>{0} changed the desk</source>
        <translation>أجرى {0} تغييرًا على المكتب</translation>
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
        <source>WACZ evidence pack (captures and files behind the verdicts)</source>
        <translation>حزمة أدلة WACZ (اللقطات والملفات التي تستند إليها الأحكام)</translation>
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
        <translation>عنوان كل تحقق: {base} عنوان المؤسسة، وتُملأ {article_slug} و{article_id} و{claim_id} تلقائيًا</translation>
    </message>
    <message>
        <source>none: evidence carries no trusted time (workbench export-settings --tsa-url URL)</source>
        <translation>لا توجد: الأدلة بلا ختم زمني موثوق (workbench export-settings --tsa-url URL)</translation>
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
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Time-stamping authority</source>
        <translation>جهة الختم الزمني</translation>
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
        <source>In the exported file: {0}</source>
        <translation>في الملف المصدَّر: {0}</translation>
    </message>
    <message>
        <source>Claims to export: %1</source>
        <translation>عدد الادعاءات المصدَّرة: %1</translation>
    </message>
    <message>
        <source>The ClaimReview for “%1” has no author of the claim (itemReviewed.author: the article has no publisher) and no address of the article (appearance.url).</source>
        <translation>لا يذكر ClaimReview الخاص بـ«%1» قائل الادعاء (‎itemReviewed.author‎: لا ناشر للمقال) ولا عنوان المقال (‎appearance.url‎).</translation>
    </message>
    <message>
        <source>The ClaimReview for “%1” has no author of the claim (itemReviewed.author: the article has no publisher).</source>
        <translation>لا يذكر ClaimReview الخاص بـ«%1» قائل الادعاء (‎itemReviewed.author‎: لا ناشر للمقال).</translation>
    </message>
    <message>
        <source>The ClaimReview for “%1” has no address of the article (appearance.url).</source>
        <translation>لا يذكر ClaimReview الخاص بـ«%1» عنوان المقال (‎appearance.url‎).</translation>
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
    <message numerus="yes">
        <source>Exported %n claim(s) to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي ادعاء إلى %1</numerusform>
            <numerusform>صُدِّر ادعاء واحد إلى %1</numerusform>
            <numerusform>صُدِّر ادعاءان إلى %1</numerusform>
            <numerusform>صُدِّرت %n ادعاءات إلى %1</numerusform>
            <numerusform>صُدِّر %n ادعاءً إلى %1</numerusform>
            <numerusform>صُدِّر %n ادعاء إلى %1</numerusform>
        </translation>
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
        <source>Source page captured</source>
        <translation>التُقطت صفحة المصدر</translation>
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
        <source>Withdrawn from review</source>
        <translation>سُحب من المراجعة</translation>
    </message>
    <message>
        <source>Review state restored</source>
        <translation>أُعيدت حالة المراجعة</translation>
    </message>
    <message>
        <source>Comment taken back</source>
        <translation>سُحب التعليق</translation>
    </message>
    <message>
        <source>Proposal reopened</source>
        <translation>أُعيد فتح الاقتراح</translation>
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
        <translation>ملف نصي أو Markdown أو صفحة ويب محفوظة (.txt، .md، .html)</translation>
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
    <message>
        <source>Read as {0}; saving…</source>
        <translation>قُرئ بترميز {0}؛ جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Read as {0}.</source>
        <translation>قُرئ بترميز {0}.</translation>
    </message>
    <message>
        <source>The same text was imported before (“{0}”); both copies are kept.</source>
        <translation>استُورد النص نفسه من قبل («{0}»)؛ احتُفظ بالنسختين.</translation>
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
        <source>Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n articles</source>
        <translation>
            <numerusform>%1 من %n مقالات</numerusform>
            <numerusform>%1 من مقال واحد</numerusform>
            <numerusform>%1 من مقالين</numerusform>
            <numerusform>%1 من %n مقالات</numerusform>
            <numerusform>%1 من %n مقالًا</numerusform>
            <numerusform>%1 من %n مقال</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename article</source>
        <translation>إعادة تسمية المقال</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? Its claims (%n) go with it, with their sources and files, and its proposals. Ctrl+Z in the window brings them back.</source>
        <translation>
            <numerusform>حذف «%1»؟ ليس فيه أي ادعاء، وتُحذف معه مقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
            <numerusform>حذف «%1»؟ يُحذف معه ادعاؤه الوحيد بمصادره وملفاته، ومقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
            <numerusform>حذف «%1»؟ يُحذف معه ادعاءاه الاثنان بمصادرهما وملفاتهما، ومقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
            <numerusform>حذف «%1»؟ تُحذف معه ادعاءاته الـ%n بمصادرها وملفاتها، ومقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
            <numerusform>حذف «%1»؟ تُحذف معه ادعاءاته البالغة %n ادعاءً بمصادرها وملفاتها، ومقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
            <numerusform>حذف «%1»؟ تُحذف معه ادعاءاته البالغة %n ادعاء بمصادرها وملفاتها، ومقترحاته. يعيد Ctrl+Z في النافذة كل ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>حذف المقال</translation>
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
        <extracomment>How often a window whose server cannot be reached tries again (ms). Windows opened by File ▸ Open desk… (kept alive: no other reference holds them).</extracomment>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Open &amp;desk…</source>
        <translation>فتح &amp;مكتب…</translation>
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
        <source>&amp;Capture source again</source>
        <translation>&amp;التقاط المصدر مجددًا</translation>
    </message>
    <message>
        <source>&amp;View capture</source>
        <translation>&amp;عرض الالتقاط</translation>
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
        <source>Write why the claim is rated “{0}” before moving on, or set the rating back.</source>
        <translation>اكتب لماذا قُيِّم الادعاء «{0}» قبل الانتقال، أو أعِد التقييم كما كان.</translation>
    </message>
    <message>
        <source>The claim is as it was approved or submitted again: its review state is back.</source>
        <translation>عاد الادعاء كما اعتُمد أو أُرسل للمراجعة: عادت إليه حالة مراجعته.</translation>
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
        <source>{0} (as {1})</source>
        <translation>{0} (باسم {1})</translation>
    </message>
    <message>
        <source>Not saved: connection lost</source>
        <translation>لم يُحفظ: انقطع الاتصال</translation>
    </message>
    <message>
        <source>The connection to the desk is lost. Your typing is kept and saved when the server is back.</source>
        <translation>انقطع الاتصال بالمكتب. ما كتبته محفوظ في النافذة وسيُحفظ عند عودة الخادم.</translation>
    </message>
    <message>
        <source>The connection to the desk is back.</source>
        <translation>عاد الاتصال بالمكتب.</translation>
    </message>
    <message>
        <source>The desk was not opened</source>
        <translation>لم يُفتح المكتب</translation>
    </message>
    <message>
        <source>The rating “{0}” chosen for claim {1} has no rationale, so it cannot be saved. Leave the claim anyway and drop the rating?</source>
        <translation>التقييم «{0}» المختار للادعاء {1} بلا تعليل، فلا يمكن حفظه. أتترك الادعاء على أي حال وتتخلى عن التقييم؟</translation>
    </message>
    <message>
        <source>The claim went back to draft: it needs review again.</source>
        <translation>عاد الادعاء إلى المسودة: يحتاج إلى مراجعة من جديد.</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>NameOnlyIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملفّ</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>ملفّ %1</translation>
    </message>
</context>
<context>
    <name>OpenDeskDialog</name>
    <message>
        <source>Open desk</source>
        <translation>فتح مكتب</translation>
    </message>
    <message>
        <source>A desk in a file</source>
        <translation>مكتب في ملف</translation>
    </message>
    <message>
        <source>A desk on a server</source>
        <translation>مكتب على خادم</translation>
    </message>
    <message>
        <source>Recent desks…</source>
        <translation>المكاتب الأخيرة…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>postgresql://host/desk or a service name</source>
        <translation>postgresql://host/desk أو اسم خدمة</translation>
    </message>
    <message>
        <source>not stored; empty: ~/.pgpass or PGPASSWORD</source>
        <translation>لا تُحفظ؛ إن تُركت فارغة: ⁦~/.pgpass⁩ أو PGPASSWORD</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>اسم الدخول:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>The password is used for this connection only.</source>
        <translation>تُستخدم كلمة المرور لهذا الاتصال فقط.</translation>
    </message>
    <message>
        <source>Workbench desks (*.sqlite *.db);;All files (*)</source>
        <translation>مكاتب Workbench (*.sqlite *.db);;كل الملفات (*)</translation>
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
        <extracomment>(``&quot;accept&quot;`` or ``&quot;dismiss&quot;``, proposal id) -&gt; the Change, or None if refused</extracomment>
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
    <message numerus="yes">
        <source>%n proposed claim(s), %1 of them not claims yet</source>
        <translation>
            <numerusform>لا ادعاءات مقترحة</numerusform>
            <numerusform>ادعاء مقترح واحد، ما ليس منه ادعاءً بعد: %1</numerusform>
            <numerusform>ادعاءان مقترحان، ما ليس منهما ادعاءً بعد: %1</numerusform>
            <numerusform>%n ادعاءات مقترحة، ما ليس منها ادعاءً بعد: %1</numerusform>
            <numerusform>%n ادعاءً مقترحًا، ما ليس منها ادعاءً بعد: %1</numerusform>
            <numerusform>%n ادعاء مقترح، ما ليس منها ادعاءً بعد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this article looks check-worthy enough to propose.</source>
        <translation>لا شيء في هذا المقال يبدو جديرًا بالتحقق بما يكفي لاقتراحه.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>RatingLegend</name>
    <message>
        <source>No verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>underlined: the selected claim</source>
        <translation>المسطَّر: الادعاء المحدَّد</translation>
    </message>
</context>
<context>
    <name>ReloadBanner</name>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>{0} changed this claim since you opened it. Your typing is kept; Reload shows their version.</source>
        <translation>غيّر {0} هذا الادعاء منذ أن فتحته. ما كتبته محفوظ؛ «إعادة التحميل» تعرض نسخته.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>إرسال للمراجعة</translation>
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
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Comment added</source>
        <translation>أُضيف التعليق</translation>
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
    <message numerus="yes">
        <source>%n claim(s) added</source>
        <translation>
            <numerusform>لم يُضف أي ادعاء</numerusform>
            <numerusform>أُضيف ادعاء واحد</numerusform>
            <numerusform>أُضيف ادعاءان</numerusform>
            <numerusform>أُضيفت %n ادعاءات</numerusform>
            <numerusform>أُضيف %n ادعاءً</numerusform>
            <numerusform>أُضيف %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) updated</source>
        <translation>
            <numerusform>لم يُحدَّث أي ادعاء</numerusform>
            <numerusform>حُدِّث ادعاء واحد</numerusform>
            <numerusform>حُدِّث ادعاءان</numerusform>
            <numerusform>حُدِّثت %n ادعاءات</numerusform>
            <numerusform>حُدِّث %n ادعاءً</numerusform>
            <numerusform>حُدِّث %n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي حدث</numerusform>
            <numerusform>استُورد حدث واحد</numerusform>
            <numerusform>استُورد حدثان</numerusform>
            <numerusform>استُوردت %n أحداث</numerusform>
            <numerusform>استُورد %n حدثًا</numerusform>
            <numerusform>استُورد %n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) not trusted (after the break in the bundle&apos;s trail)</source>
        <translation>
            <numerusform>لا حدث جديد غير موثوق</numerusform>
            <numerusform>حدث جديد واحد غير موثوق (بعد الانقطاع في سجل الحزمة)</numerusform>
            <numerusform>حدثان جديدان غير موثوقين (بعد الانقطاع في سجل الحزمة)</numerusform>
            <numerusform>%n أحداث جديدة غير موثوقة (بعد الانقطاع في سجل الحزمة)</numerusform>
            <numerusform>%n حدثًا جديدًا غير موثوق (بعد الانقطاع في سجل الحزمة)</numerusform>
            <numerusform>%n حدث جديد غير موثوق (بعد الانقطاع في سجل الحزمة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settled: %n claim(s) kept as they are here</source>
        <translation>
            <numerusform>حُسم الأمر: لم يُبقَ أي ادعاء كما هو هنا</numerusform>
            <numerusform>حُسم الأمر: أُبقي ادعاء واحد كما هو هنا</numerusform>
            <numerusform>حُسم الأمر: أُبقي ادعاءان كما هما هنا</numerusform>
            <numerusform>حُسم الأمر: أُبقيت %n ادعاءات كما هي هنا</numerusform>
            <numerusform>حُسم الأمر: أُبقي %n ادعاءً كما هي هنا</numerusform>
            <numerusform>حُسم الأمر: أُبقي %n ادعاء كما هي هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settled: %n claim(s) taken from the bundle</source>
        <translation>
            <numerusform>حُسم الأمر: لم يُؤخذ أي ادعاء من الحزمة</numerusform>
            <numerusform>حُسم الأمر: أُخذ ادعاء واحد من الحزمة</numerusform>
            <numerusform>حُسم الأمر: أُخذ ادعاءان من الحزمة</numerusform>
            <numerusform>حُسم الأمر: أُخذت %n ادعاءات من الحزمة</numerusform>
            <numerusform>حُسم الأمر: أُخذ %n ادعاءً من الحزمة</numerusform>
            <numerusform>حُسم الأمر: أُخذ %n ادعاء من الحزمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) changed on both sides are left as they are here until someone decides; import the bundle again to settle them.</source>
        <translation>
            <numerusform>لا يوجد ادعاء تغيّر في الجانبين</numerusform>
            <numerusform>ادعاء واحد تغيّر في الجانبين يبقى كما هو هنا حتى يقرر أحد بشأنه؛ استورد الحزمة مرة أخرى لحسمه.</numerusform>
            <numerusform>ادعاءان تغيّرا في الجانبين يبقيان كما هما هنا حتى يقرر أحد بشأنهما؛ استورد الحزمة مرة أخرى لحسمهما.</numerusform>
            <numerusform>%n ادعاءات تغيّرت في الجانبين تبقى كما هي هنا حتى يقرر أحد بشأنها؛ استورد الحزمة مرة أخرى لحسمها.</numerusform>
            <numerusform>%n ادعاءً تغيّرت في الجانبين تبقى كما هي هنا حتى يقرر أحد بشأنها؛ استورد الحزمة مرة أخرى لحسمها.</numerusform>
            <numerusform>%n ادعاء تغيّرت في الجانبين تبقى كما هي هنا حتى يقرر أحد بشأنها؛ استورد الحزمة مرة أخرى لحسمها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s) held back until those conflicts are settled</source>
        <translation>
            <numerusform>لم يُعلَّق أي حدث جديد</numerusform>
            <numerusform>عُلِّق حدث جديد واحد إلى أن تُحسم تلك التعارضات</numerusform>
            <numerusform>عُلِّق حدثان جديدان إلى أن تُحسم تلك التعارضات</numerusform>
            <numerusform>عُلِّقت %n أحداث جديدة إلى أن تُحسم تلك التعارضات</numerusform>
            <numerusform>عُلِّق %n حدثًا جديدًا إلى أن تُحسم تلك التعارضات</numerusform>
            <numerusform>عُلِّق %n حدث جديد إلى أن تُحسم تلك التعارضات</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle&apos;s audit trail is broken at event {0}; later events were not trusted.</source>
        <translation>سجل التدقيق في الحزمة مكسور عند الحدث {0}؛ لم يُوثق بالأحداث اللاحقة.</translation>
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
</context>
<context>
    <name>ReviewQueueDialog</name>
    <message>
        <source>Review queue</source>
        <extracomment>claim id -&gt; the desk&apos;s seq its row was read at: a decision carries it (``opened``), so one made on a version someone changed since is refused, not applied unseen Writes a source&apos;s attached files into a folder through the window&apos;s Ops (set by ReviewActions: ClaimActions.save_attached_files); returns how many were written. (action, claim id, comment, opened) -&gt; the Change, or None if refused (set by the window)</extracomment>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>source id -&gt; shows its latest capture (set by the window; None: no viewer)</extracomment>
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
        <source>Save attached files…</source>
        <translation>حفظ الملفات المرفقة…</translation>
    </message>
    <message>
        <source>Save the evidence attached to this claim&apos;s sources to a folder</source>
        <translation>احفظ الأدلة المرفقة بمصادر هذا الادعاء في مجلد</translation>
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
        <source>View the archived copy (evidence)</source>
        <translation>اعرض النسخة المؤرشفة (الدليل)</translation>
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
        <source>Save attached files to</source>
        <translation>حفظ الملفات المرفقة في</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) to %1</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف في %1</numerusform>
            <numerusform>حُفظ ملف واحد في %1</numerusform>
            <numerusform>حُفظ ملفان في %1</numerusform>
            <numerusform>حُفظت %n ملفات في %1</numerusform>
            <numerusform>حُفظ %n ملفًا في %1</numerusform>
            <numerusform>حُفظ %n ملف في %1</numerusform>
        </translation>
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
    <message>
        <source>Approve this verdict?</source>
        <translation>اعتماد هذا الحكم؟</translation>
    </message>
    <message>
        <source>The verdict is published with the approved claims. An approval is not undone with Ctrl+Z; a later change to the claim sends it back for review.</source>
        <translation>يُنشر الحكم مع الادعاءات المعتمدة. لا يُتراجع عن الاعتماد بـ Ctrl+Z؛ وأي تغيير لاحق في الادعاء يعيده إلى المراجعة.</translation>
    </message>
    <message>
        <source>Send the claim back for changes?</source>
        <translation>إعادة الادعاء لإجراء تعديلات؟</translation>
    </message>
    <message>
        <source>The checker sees your comment and the claim leaves the queue until it is submitted again.</source>
        <translation>يرى المدقق تعليقك، ويخرج الادعاء من القائمة حتى يُرسل للمراجعة من جديد.</translation>
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
        <source>Review state</source>
        <translation>حالة المراجعة</translation>
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
        <extracomment>Sources the claim panel&apos;s table shows without scrolling.</extracomment>
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
        <source>Capture the page as evidence</source>
        <translation>التقاط الصفحة دليلًا</translation>
    </message>
    <message>
        <source>Archive the page and its images now (WARC, SHA-256); a failed capture keeps the source and stores nothing as evidence</source>
        <translation>أرشفة الصفحة وصورها الآن (WARC، SHA-256)؛ إذا فشل الالتقاط بقي المصدر ولم يُخزَّن شيء دليلًا</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>الالتقاطات</translation>
    </message>
    <message>
        <source>View capture</source>
        <translation>عرض الالتقاط</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Not captured yet</source>
        <translation>لم يُلتقط بعد</translation>
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
    <message>
        <source>Evidence</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>not captured</source>
        <translation>غير ملتقط</translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s)</source>
        <translation>
            <numerusform>لا لقطات</numerusform>
            <numerusform>لقطة واحدة</numerusform>
            <numerusform>لقطتان</numerusform>
            <numerusform>%n لقطات</numerusform>
            <numerusform>%n لقطة</numerusform>
            <numerusform>%n لقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture(s) of this source</source>
        <translation>
            <numerusform>لا لقطات لهذا المصدر</numerusform>
            <numerusform>لقطة واحدة لهذا المصدر</numerusform>
            <numerusform>لقطتان لهذا المصدر</numerusform>
            <numerusform>%n لقطات لهذا المصدر</numerusform>
            <numerusform>%n لقطة لهذا المصدر</numerusform>
            <numerusform>%n لقطة لهذا المصدر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Someone else changed this claim</source>
        <translation>غيّر شخص آخر هذا الادعاء</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Their version (as stored now)</source>
        <translation>نسخته (كما هي محفوظة الآن)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على نسخته</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
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
        <source>Desk: {0} · User: {1}</source>
        <translation>المكتب: {0} · المستخدم: {1}</translation>
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
        <translation>يلزم اسم مستخدم (--user NAME)</translation>
    </message>
    <message>
        <source>span end {end} splits a letter from its marks</source>
        <translation>نهاية المقطع {end} تفصل حرفًا عن حركاته</translation>
    </message>
    <message>
        <source>span {start}–{end} is outside the text (0–{length})</source>
        <translation>المقطع {start}–{end} خارج النص (0–{length})</translation>
    </message>
    <message>
        <source>span start {start} is after its end {end}</source>
        <translation>بداية المقطع {start} تقع بعد نهايته {end}</translation>
    </message>
    <message>
        <source>span start {start} splits a letter from its marks</source>
        <translation>بداية المقطع {start} تفصل حرفًا عن حركاته</translation>
    </message>
    <message>
        <source>a user needs a name</source>
        <translation>يحتاج المستخدم إلى اسم</translation>
    </message>
    <message>
        <source>empty quote</source>
        <translation>الاقتباس فارغ</translation>
    </message>
    <message>
        <source>no file was named: give the path of the file to import</source>
        <translation>لم يُذكر ملف: أعطِ مسار الملف المراد استيراده</translation>
    </message>
    <message>
        <source>nothing to search for: the query has no words</source>
        <translation>لا شيء للبحث عنه: الاستعلام بلا كلمات</translation>
    </message>
    <message>
        <source>rating scale needs at least one rating and unique keys</source>
        <translation>يحتاج سلّم التقييم إلى تقييم واحد على الأقل ومفاتيح غير مكررة</translation>
    </message>
    <message>
        <source>span offsets must be whole numbers</source>
        <translation>يجب أن تكون مواضع المقطع أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>the article is empty</source>
        <translation>المقال فارغ</translation>
    </message>
    <message>
        <source>no article with id {article!r}</source>
        <translation>لا يوجد مقال بالمعرّف {article!r}</translation>
    </message>
    <message>
        <source>article {article} was not imported from a web page</source>
        <translation>المقال {article} لم يُستورد من صفحة ويب</translation>
    </message>
    <message>
        <source>attachment {path} does not exist or is not a file</source>
        <translation>المرفق {path} غير موجود أو ليس ملفًا</translation>
    </message>
    <message>
        <source>attachment {name} is not a plain file name: {reason}; rename the file first</source>
        <translation>المرفق {name} ليس اسم ملف بسيطاً: {reason}؛ غيّر اسم الملف أولاً</translation>
    </message>
    <message>
        <source>attachment {path} is larger than 100 MB</source>
        <translation>المرفق {path} أكبر من 100 ميغابايت</translation>
    </message>
    <message>
        <source>cannot read attachment {path}: {error}</source>
        <translation>تعذّرت قراءة المرفق {path}: {error}</translation>
    </message>
    <message>
        <source>article {article} has a different text here; not merged</source>
        <translation>للمقال {article} نص مختلف هنا؛ لم يُدمج</translation>
    </message>
    <message>
        <source>resolve {claim} with &apos;theirs&apos; or &apos;ours&apos;, not {side!r}</source>
        <translation>احسم {claim} باختيار &apos;theirs&apos; أو &apos;ours&apos;، لا {side!r}</translation>
    </message>
    <message>
        <source>bundle {path} is damaged: {error}</source>
        <translation>الحزمة {path} تالفة: {error}</translation>
    </message>
    <message>
        <source>bundle is damaged: file {file} does not match its SHA-256</source>
        <translation>الحزمة تالفة: الملف {file} لا يطابق بصمته SHA-256</translation>
    </message>
    <message>
        <source>bundle is damaged: file {file} is missing</source>
        <translation>الحزمة تالفة: الملف {file} مفقود</translation>
    </message>
    <message>
        <source>bundle {path} does not exist or is not a file</source>
        <translation>الحزمة {path} غير موجودة أو ليست ملفًا</translation>
    </message>
    <message>
        <source>{path} is not a workbench bundle</source>
        <translation>{path} ليس حزمة من حزم هذا البرنامج</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the bundle</source>
        <translation>{path} مجلد؛ أعطِ الحزمة اسم ملف</translation>
    </message>
    <message>
        <source>bundle {path} is larger than 2 GB</source>
        <translation>الحزمة {path} أكبر من 2 غيغابايت</translation>
    </message>
    <message>
        <source>bundle {path} is refused: attached file {name} is not a plain file name ({reason}); nothing was imported</source>
        <translation>رُفضت الحزمة {path}: الملف المرفق {name} ليس اسم ملف بسيطاً ({reason})؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>cannot read bundle {path}: {error}</source>
        <translation>تعذّرت قراءة الحزمة {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write bundle {path}: {error}</source>
        <translation>تعذّرت كتابة الحزمة {path}: {error}</translation>
    </message>
    <message>
        <source>bundle {path} has version {version}; this workbench reads version {supported}</source>
        <translation>إصدار الحزمة {path} هو {version}؛ وهذه النسخة من البرنامج تقرأ الإصدار {supported}</translation>
    </message>
    <message>
        <source>claim {claim} already exists</source>
        <translation>الادعاء {claim} موجود بالفعل</translation>
    </message>
    <message>
        <source>no claim with id {claim!r}</source>
        <translation>لا يوجد ادعاء بالمعرّف {claim!r}</translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation>التعليق فارغ</translation>
    </message>
    <message>
        <source>the comment has replies; it stays</source>
        <translation>للتعليق ردود؛ لذا يبقى</translation>
    </message>
    <message>
        <source>no comment {comment!r}</source>
        <translation>لا يوجد تعليق {comment!r}</translation>
    </message>
    <message>
        <source>no comment {comment!r} on claim {claim}</source>
        <translation>لا يوجد تعليق {comment!r} على الادعاء {claim}</translation>
    </message>
    <message>
        <source>only {author} may take back their comment</source>
        <translation>لا يسحب هذا التعليق إلا كاتبه {author}</translation>
    </message>
    <message>
        <source>cannot create folder {path}: {error}</source>
        <translation>تعذّر إنشاء المجلد {path}: {error}</translation>
    </message>
    <message>
        <source>cannot open database {path}: {error}</source>
        <translation>تعذّر فتح قاعدة البيانات {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is not a workbench database (or it is damaged): {error}</source>
        <translation>{path} ليس قاعدة بيانات لهذا البرنامج (أو أنه تالف): {error}</translation>
    </message>
    <message>
        <source>database {path}: {error}</source>
        <translation>قاعدة البيانات {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is an SQLite database, but not a workbench database</source>
        <translation>{path} قاعدة بيانات SQLite، لكنها ليست قاعدة بيانات لهذا البرنامج</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>database {path} is locked by another program; close it and try again</source>
        <translation>قاعدة البيانات {path} مقفلة من برنامج آخر؛ أغلقه وحاول مجددًا</translation>
    </message>
    <message>
        <source>database {path} was written by a newer version of workbench (schema {version}, this version knows {supported}); update workbench to open it</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من البرنامج (المخطط {version}، وهذا الإصدار يعرف حتى {supported})؛ حدّث البرنامج لفتحها</translation>
    </message>
    <message>
        <source>database {path} was written by a newer version of workbench (schema steps {steps}); update workbench to open it</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من البرنامج (خطوات المخطط {steps})؛ حدّث البرنامج لفتحها</translation>
    </message>
    <message>
        <source>database {path} cannot switch to WAL mode ({mode})</source>
        <translation>قاعدة البيانات {path} لا يمكنها التحول إلى وضع WAL ‏({mode})</translation>
    </message>
    <message>
        <source>database {path} is read-only; choose a writable location with --db</source>
        <translation>قاعدة البيانات {path} للقراءة فقط؛ اختر موضعًا قابلًا للكتابة بالخيار --db</translation>
    </message>
    <message>
        <source>article {article} has no claims to export</source>
        <translation>لا ادعاءات في المقال {article} لتصديرها</translation>
    </message>
    <message>
        <source>article {article} has no approved claims to export (--all-states exports drafts and claims in review too)</source>
        <translation>لا ادعاءات معتمدة في المقال {article} لتصديرها (الخيار --all-states يصدّر المسودات والادعاءات قيد المراجعة أيضًا)</translation>
    </message>
    <message>
        <source>the organisation&apos;s URL must start with http:// or https:// (got {url!r}; workbench export-settings --org-url URL)</source>
        <translation>يجب أن يبدأ عنوان المؤسسة بـ http:// أو https:// (المُدخل: {url!r}؛ workbench export-settings --org-url URL)</translation>
    </message>
    <message>
        <source>{format} cannot go to standard output; give -o FILE</source>
        <translation>لا يمكن إخراج {format} إلى المخرج القياسي؛ حدّد -o FILE</translation>
    </message>
    <message>
        <source>this database has no claims to export</source>
        <translation>لا ادعاءات في قاعدة البيانات هذه لتصديرها</translation>
    </message>
    <message>
        <source>this database has no approved claims to export (--all-states exports drafts and claims in review too)</source>
        <translation>لا ادعاءات معتمدة في قاعدة البيانات هذه لتصديرها (الخيار --all-states يصدّر المسودات والادعاءات قيد المراجعة أيضًا)</translation>
    </message>
    <message>
        <source>the fact-check URL pattern needs {{claim_id}}: each claim has its own page</source>
        <translation>نمط عنوان صفحة التحقق يحتاج إلى {{claim_id}}: لكل ادعاء صفحته</translation>
    </message>
    <message>
        <source>the organisation&apos;s name is not set (workbench export-settings --org-name NAME)</source>
        <translation>اسم المؤسسة غير محدد (workbench export-settings --org-name NAME)</translation>
    </message>
    <message>
        <source>article {article} already exists</source>
        <translation>المقال {article} موجود أصلًا</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>يحتاج المقال إلى عنوان</translation>
    </message>
    <message>
        <source>bundle is damaged: the capture {capture} of {url} does not match its SHA-256</source>
        <translation>الحزمة تالفة: اللقطة {capture} للصفحة {url} لا تطابق بصمة SHA-256 الخاصة بها</translation>
    </message>
    <message>
        <source>bundle is damaged: the capture {capture} of {url} is missing</source>
        <translation>الحزمة تالفة: اللقطة {capture} للصفحة {url} مفقودة</translation>
    </message>
    <message>
        <source>capture {capture} no longer matches its SHA-256; it is not shown</source>
        <translation>لم تعد اللقطة {capture} مطابقة لبصمة SHA-256 الخاصة بها؛ لذا لا تُعرض</translation>
    </message>
    <message>
        <source>capture {capture} of {url} was altered outside workbench (its bytes do not match the SHA-256 the audit trail recorded); nothing was exported (run workbench check)</source>
        <translation>عُدِّلت اللقطة {capture} للعنوان {url} خارج workbench (بايتاتها لا تطابق بصمة SHA-256 التي سجّلها سجل التدقيق)؛ لم يُصدَّر شيء (شغّل workbench check)</translation>
    </message>
    <message>
        <source>cannot capture {url}: it redirects to {target}, which is not a web address</source>
        <translation>تعذّر التقاط {url}: فهو يُحيل إلى {target}، وهو ليس عنوان ويب</translation>
    </message>
    <message>
        <source>the address {url} holds invisible direction controls; type it again without them</source>
        <translation>يحتوي العنوان {url} على محارف خفية للتحكم في الاتجاه؛ اكتبه مجددًا من دونها</translation>
    </message>
    <message>
        <source>the capture of {url} was cancelled; nothing was stored</source>
        <translation>أُلغي التقاط {url}؛ ولم يُحفظ شيء</translation>
    </message>
    <message>
        <source>cannot capture {url}: the server&apos;s answer is not valid HTTP ({error})</source>
        <translation>تعذّر التقاط {url}: ردّ الخادم ليس HTTP صالحًا ({error})</translation>
    </message>
    <message>
        <source>cannot capture {url}: the server answered {status} {reason}</source>
        <translation>تعذّر التقاط {url}: ردّ الخادم بـ {status} {reason}</translation>
    </message>
    <message>
        <source>the capture of {url} holds no page</source>
        <translation>لا تحتوي لقطة {url} على أي صفحة</translation>
    </message>
    <message>
        <source>no capture with id {capture!r}</source>
        <translation>لا توجد لقطة بالمعرّف {capture!r}</translation>
    </message>
    <message>
        <source>capture {capture} is not the one the audit trail recorded (its SHA-256 was changed with its bytes); it is not used</source>
        <translation>اللقطة {capture} ليست التي سجّلها سجل التدقيق (غُيّرت بصمة SHA-256 الخاصة بها مع بايتاتها)؛ لذا لا تُستخدم</translation>
    </message>
    <message>
        <source>{url} is not a web address (only http:// and https:// pages are captured)</source>
        <translation>{url} ليس عنوان ويب (لا تُلتقط إلا صفحات http:// وhttps://)</translation>
    </message>
    <message>
        <source>cannot capture {url}: it redirects in a loop (back to {target})</source>
        <translation>تعذّر التقاط {url}: فهو يُحيل في حلقة مغلقة (عائدًا إلى {target})</translation>
    </message>
    <message>
        <source>cannot capture {url}: it did not finish loading in time</source>
        <translation>تعذّر التقاط {url}: لم يكتمل تحميله في الوقت المحدد</translation>
    </message>
    <message>
        <source>cannot capture: the secure connection to {host} failed ({error})</source>
        <translation>تعذّر الالتقاط: فشل الاتصال الآمن بـ {host} ({error})</translation>
    </message>
    <message>
        <source>cannot capture {url}: it is larger than {limit}</source>
        <translation>تعذّر التقاط {url}: حجمه أكبر من {limit}</translation>
    </message>
    <message>
        <source>cannot capture {url}: it redirects more than {limit} times</source>
        <translation>تعذّر التقاط {url}: فهو يُحيل أكثر من {limit} مرات</translation>
    </message>
    <message>
        <source>cannot capture {url}: the connection closed after {got:,} of {expected:,} bytes</source>
        <translation>تعذّر التقاط {url}: انقطع الاتصال بعد {got:,} من أصل {expected:,} بايت</translation>
    </message>
    <message>
        <source>cannot capture: {host} does not answer ({error})</source>
        <translation>تعذّر الالتقاط: {host} لا يستجيب ({error})</translation>
    </message>
    <message>
        <source>capture {capture} is not a readable WARC file ({error}); it is not shown</source>
        <translation>اللقطة {capture} ليست ملف WARC قابلًا للقراءة ({error})؛ لذا لا تُعرض</translation>
    </message>
    <message>
        <source>cannot capture: the host {host} does not resolve (no such name)</source>
        <translation>تعذّر الالتقاط: تعذّر العثور على المضيف {host} (لا يوجد اسم كهذا)</translation>
    </message>
    <message>
        <source>{user} changed the {what} of claim {claim} at {time} UTC since you opened it; nothing was saved (reload it to see their version)</source>
        <translation>غيّر {user} {what} في الادعاء {claim} عند الساعة {time} بالتوقيت العالمي منذ أن فتحته؛ لم يُحفظ شيء (أعد تحميله لترى نسخته)</translation>
    </message>
    <message>
        <source>claim {claim} was approved by {user}; add --reopen to change it (it goes back to draft and needs review again)</source>
        <translation>اعتمد {user} الادعاء {claim}؛ أضف --reopen لتغييره (فيعود إلى المسودة ويحتاج إلى مراجعة من جديد)</translation>
    </message>
    <message>
        <source>claim {claim} is in review (submitted by {user}); add --reopen to change it (it goes back to draft and needs review again)</source>
        <translation>الادعاء {claim} قيد المراجعة (أرسله {user})؛ أضف --reopen لتغييره (فيعود إلى المسودة ويحتاج إلى مراجعة من جديد)</translation>
    </message>
    <message>
        <source>this span ({start}-{end}) is already claim {claim}</source>
        <translation>هذا المقطع ({start}-{end}) هو الادعاء {claim} بالفعل</translation>
    </message>
    <message>
        <source>this span ({start}-{end}) is claim {claim} ({taken_start}-{taken_end}) with white space around it: the same words are already a claim</source>
        <translation>هذا المقطع ({start}-{end}) هو الادعاء {claim} ({taken_start}-{taken_end}) مع مسافات بيضاء حوله: الكلمات نفسها ادعاءٌ قائم بالفعل</translation>
    </message>
    <message>
        <source>the capture {capture} of {url} (claim {claim}) no longer matches its SHA-256; nothing was copied</source>
        <translation>اللقطة {capture} للصفحة {url} (الادعاء {claim}) لم تعد تطابق بصمة SHA-256 الخاصة بها؛ لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>copy-to was given an empty DEST; name the database file to copy into</source>
        <translation>أُعطي الأمر copy-to مسار DEST فارغًا؛ سمِّ ملف قاعدة البيانات المراد النسخ إليه</translation>
    </message>
    <message>
        <source>the page article {article} was imported from no longer matches its SHA-256; nothing was copied</source>
        <translation>الصفحة التي استُورد منها المقال {article} لم تعد تطابق بصمتها SHA-256؛ لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>attached file {file} ({id}) of claim {claim} no longer matches its SHA-256; nothing was copied</source>
        <translation>الملف المرفق {file} ({id}) للادعاء {claim} لم يعد يطابق بصمته SHA-256؛ لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>cannot copy a desk onto itself ({path}); name another database</source>
        <translation>لا يمكن نسخ المكتب إلى نفسه ({path})؛ اختر قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <source>the desk&apos;s audit trail is broken at event {seq} ({reason}); run `workbench check`, nothing was copied</source>
        <translation>سجل التدقيق في المكتب مكسور عند الحدث {seq} ({reason})؛ شغّل `workbench check`، لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>{target} already holds a desk ({held}); copy into a new or empty database, nothing was copied</source>
        <translation>تحتوي {target} مكتبًا بالفعل ({held})؛ انسخ إلى قاعدة بيانات جديدة أو فارغة، لم يُنسخ شيء</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a database; delete it or choose another --db</source>
        <translation>{path} ملف فارغ وليس قاعدة بيانات؛ احذفه أو اختر --db آخر</translation>
    </message>
    <message>
        <source>--db was given an empty path; name a database file (or leave out --db)</source>
        <translation>أُعطي --db مسارًا فارغًا؛ سمِّ ملف قاعدة بيانات (أو احذف --db)</translation>
    </message>
    <message>
        <source>cannot use database {path}: folder {folder} does not exist (it is not created)</source>
        <translation>تعذّر استخدام قاعدة البيانات {path}: المجلد {folder} غير موجود (ولن يُنشأ)</translation>
    </message>
    <message>
        <source>{path} is a PostgreSQL database, but not a workbench desk (it has tables and no workbench migrations)</source>
        <translation>{path} قاعدة بيانات PostgreSQL، لكنها ليست مكتب workbench (فيها جداول وليس فيها ترحيلات workbench)</translation>
    </message>
    <message>
        <source>the PostgreSQL server has no database named in {path}; create it first (createdb) or check the name</source>
        <translation>لا توجد على خادم PostgreSQL قاعدة البيانات المسمّاة في {path}؛ أنشئها أولًا (createdb) أو تحقّق من الاسم</translation>
    </message>
    <message>
        <source>the PostgreSQL server of {path} asks for a password and none was given: put it in ~/.pgpass, PGPASSWORD or a service file (the window asks for it)</source>
        <translation>خادم PostgreSQL في {path} يطلب كلمة مرور ولم تُعطَ: ضعها في ‎~/.pgpass‎ أو PGPASSWORD أو ملف خدمة (والنافذة تطلبها)</translation>
    </message>
    <message>
        <source>the PostgreSQL server of {path} refused the login (wrong user name or password)</source>
        <translation>رفض خادم PostgreSQL الخاص بـ {path} تسجيل الدخول (اسم المستخدم أو كلمة المرور غير صحيحة)</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server of {path}; is it running, and are the host and port right?</source>
        <translation>تعذّر الوصول إلى خادم PostgreSQL الخاص بـ {path}؛ هل هو قيد التشغيل، وهل المضيف والمنفذ صحيحان؟</translation>
    </message>
    <message>
        <source>{login} may not create the desk&apos;s roles ({error}); run desk init as the database&apos;s owner with CREATEROLE (or a superuser)</source>
        <translation>لا يحق لـ {login} إنشاء أدوار المكتب ({error})؛ شغّل desk init بصفتك مالك قاعدة البيانات وله صلاحية CREATEROLE (أو مستخدمًا فائقًا)</translation>
    </message>
    <message>
        <source>{name} is already a role on this server, but not one of this desk; choose another name (or ask the server&apos;s administrator)</source>
        <translation>{name} دور موجود على هذا الخادم، لكنه ليس من أدوار هذا المكتب؛ اختر اسمًا آخر (أو اسأل مدير الخادم)</translation>
    </message>
    <message>
        <source>{path} needs an upgrade that only the desk&apos;s owner may apply ({login} cannot); ask them to run any workbench command on it</source>
        <translation>يحتاج {path} إلى ترقية لا يطبّقها إلا مالك المكتب (لا يستطيع {login} ذلك)؛ اطلب منه تشغيل أي أمر من أوامر workbench عليه</translation>
    </message>
    <message>
        <source>the password read from standard input is empty</source>
        <translation>كلمة المرور المقروءة من الدخل القياسي فارغة</translation>
    </message>
    <message>
        <source>{path} is not a desk on a server: people and their passwords belong to a PostgreSQL desk (--db postgresql://...)</source>
        <translation>{path} ليس مكتبًا على خادم: الأشخاص وكلمات مرورهم تخص مكتبًا على PostgreSQL ‏(--db postgresql://...)</translation>
    </message>
    <message>
        <source>--password-stdin is for a desk on a server; a desk in a file has no passwords</source>
        <translation>الخيار --password-stdin لمكتب على خادم؛ المكتب المحفوظ في ملف لا كلمات مرور له</translation>
    </message>
    <message>
        <source>a password is never given on the command line; use --password-stdin (or run without a password for an existing login)</source>
        <translation>لا تُعطى كلمة المرور في سطر الأوامر أبدًا؛ استخدم --password-stdin (أو شغّل الأمر دون كلمة مرور لحساب دخول موجود)</translation>
    </message>
    <message>
        <source>a new login needs a password: give it on standard input with --password-stdin</source>
        <translation>يحتاج حساب الدخول الجديد إلى كلمة مرور: أعطها على الدخل القياسي مع --password-stdin</translation>
    </message>
    <message>
        <source>the desk&apos;s server refused this to {login}: {error}</source>
        <translation>رفض خادم المكتب هذا الإجراء من {login}: {error}</translation>
    </message>
    <message>
        <source>on this desk you work as your login, {login}; to work as someone else, open the desk with their login</source>
        <translation>تعمل على هذا المكتب بحساب دخولك، {login}؛ للعمل باسم شخص آخر افتح المكتب بحساب دخوله</translation>
    </message>
    <message>
        <source>--user {user} cannot speak for someone else: on this desk you act as your login, {login}</source>
        <translation>لا يمكن لـ --user {user} أن يتكلم باسم شخص آخر: أنت تعمل على هذا المكتب بحساب دخولك، {login}</translation>
    </message>
    <message>
        <source>{kind} {item} no longer matches its SHA-256 (recorded {sha256}, now {actual})</source>
        <translation>{kind} {item} لم يعد يطابق بصمته SHA-256 (المسجّلة {sha256}، والحالية {actual})</translation>
    </message>
    <message>
        <source>{kind} {item} is not the one the audit trail recorded (SHA-256 {sha256}, the audit trail recorded {recorded}); run workbench check</source>
        <translation>{kind} {item} ليس الذي سجّله سجل التدقيق (بصمة SHA-256 هي {sha256}، وسجّل سجل التدقيق {recorded})؛ شغّل workbench check</translation>
    </message>
    <message>
        <source>--json cannot go with -o -: the export itself goes to standard output</source>
        <translation>لا يجتمع --json مع -o -: فالتصدير نفسه يُكتب إلى المخرج القياسي</translation>
    </message>
    <message>
        <source>no claim to export has a captured source or an attached file: the evidence pack would be empty, nothing was written</source>
        <translation>لا يوجد بين الادعاءات المصدَّرة مصدر محفوظة لقطته ولا ملف مرفق: ستكون حزمة الأدلة فارغة، ولم يُكتب شيء</translation>
    </message>
    <message>
        <source>no claim to export has a verdict yet; {format} needs one</source>
        <translation>لا حكم بعد لأي ادعاء سيُصدَّر؛ وصيغة {format} تحتاج إلى حكم</translation>
    </message>
    <message>
        <source>the fact-check URL pattern {pattern!r} is malformed: {error}</source>
        <translation>نمط عنوان صفحة التحقق {pattern!r} غير سليم: {error}</translation>
    </message>
    <message>
        <source>the fact-check URL pattern gives {url!r}, not an http(s) address</source>
        <translation>نمط عنوان صفحة التحقق يعطي {url!r}، وهو ليس عنوان http(s)</translation>
    </message>
    <message>
        <source>unknown field(s) {fields} in the fact-check URL pattern; use {choices}</source>
        <translation>حقول غير معروفة {fields} في نمط عنوان صفحة التحقق؛ استخدم {choices}</translation>
    </message>
    <message>
        <source>unknown export format {format!r}; choose one of: {choices}</source>
        <translation>صيغة تصدير غير معروفة {format!r}؛ اختر واحدة من: {choices}</translation>
    </message>
    <message>
        <source>{url} redirects to {target}, which is not a web address; not followed</source>
        <translation>يعيد {url} التوجيه إلى {target}، وهو ليس عنوان ويب؛ لم يُتبع</translation>
    </message>
    <message>
        <source>the timeout must be a number of seconds above 0 and at most 3600, not {timeout!r}</source>
        <translation>يجب أن تكون مهلة الانتظار عددًا من الثواني أكبر من 0 ولا يتجاوز 3600، لا {timeout!r}</translation>
    </message>
    <message>
        <source>{url} returned an empty page</source>
        <translation>أعاد {url} صفحة فارغة</translation>
    </message>
    <message>
        <source>cannot fetch {url}: {error}</source>
        <translation>تعذّر جلب {url}: {error}</translation>
    </message>
    <message>
        <source>the server answered {status} {reason} for {url}</source>
        <translation>أجاب الخادم بالرمز {status} ‏({reason}) على {url}</translation>
    </message>
    <message>
        <source>{url} is not a web page ({content_type}); download it and import the file instead</source>
        <translation>{url} ليس صفحة ويب ({content_type})؛ نزّله واستورد الملف بدلًا من ذلك</translation>
    </message>
    <message>
        <source>not a web address: {url!r} (it must start with http:// or https://)</source>
        <translation>ليس عنوان ويب: {url!r} (يجب أن يبدأ بـ http:// أو https://)</translation>
    </message>
    <message>
        <source>{url} redirects in a loop or more than {limit} times; open it in a browser to find the page&apos;s real address</source>
        <translation>{url} يعيد التوجيه في حلقة أو أكثر من {limit} مرات؛ افتحه في متصفح لتعرف العنوان الحقيقي للصفحة</translation>
    </message>
    <message>
        <source>{url} did not finish loading within {timeout:g} s</source>
        <translation>لم يكتمل تحميل {url} خلال {timeout:g} ثانية</translation>
    </message>
    <message>
        <source>{url} did not answer within {timeout:g} s</source>
        <translation>لم يستجب {url} خلال {timeout:g} ثانية</translation>
    </message>
    <message>
        <source>{url} is larger than {limit}; pages that large are not fetched</source>
        <translation>{url} أكبر من {limit}؛ لا تُجلب الصفحات بهذا الحجم</translation>
    </message>
    <message>
        <source>{url} is {size}; pages larger than {limit} are not fetched</source>
        <translation>حجم {url} هو {size}؛ لا تُجلب الصفحات الأكبر من {limit}</translation>
    </message>
    <message>
        <source>{url} stopped after {got:,} bytes; the page is incomplete and was not kept</source>
        <translation>توقف {url} بعد {got:,} بايت؛ الصفحة ناقصة ولم تُحفظ</translation>
    </message>
    <message>
        <source>{url} stopped after {got:,} of {expected:,} bytes; the page is incomplete and was not kept</source>
        <translation>توقف {url} بعد {got:,} من {expected:,} بايت؛ الصفحة ناقصة ولم تُحفظ</translation>
    </message>
    <message>
        <source>{url} did not say what it is and does not look like a web page</source>
        <translation>لم يُعلن {url} عن نوعه ولا يبدو صفحة ويب</translation>
    </message>
    <message>
        <source>cannot reach {host}: {error}</source>
        <translation>تعذّر الوصول إلى {host}: {error}</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name</source>
        <translation>{path} موجود بالفعل؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>{path} is this desk&apos;s own database file: it is not read as a document</source>
        <translation>{path} هو ملف قاعدة بيانات هذه المنضدة نفسها: لا يُقرأ كمستند</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder does not exist</source>
        <translation>تعذّرت الكتابة في {path}: المجلد غير موجود</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} ليس ملفًا</translation>
    </message>
    <message>
        <source>no attached file with id {file!r}</source>
        <translation>لا يوجد ملف مرفق بالمعرّف {file!r}</translation>
    </message>
    <message>
        <source>cannot write {path}: part of the path is a file, not a folder</source>
        <translation>تعذّرت الكتابة في {path}: جزء من المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write {path}: permission denied</source>
        <translation>تعذّرت الكتابة في {path}: لا يوجد إذن بالكتابة</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>تعذّرت قراءة {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>تعذّرت الكتابة في {path}: {error}</translation>
    </message>
    <message>
        <source>cannot write {path}: it is a folder</source>
        <translation>تعذّرت الكتابة في {path}: إنه مجلد</translation>
    </message>
    <message>
        <source>{name} is not a plain file name: {reason}</source>
        <translation>{name} ليس اسم ملف بسيطاً: {reason}</translation>
    </message>
    <message>
        <source>cannot reach the X display {display} ({where}): no X server answers there; start one or set DISPLAY to one that runs, or use the command line (`workbench --help`), or for a script `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</source>
        <translation>تعذّر الوصول إلى شاشة X {display} ({where}): لا يجيب أي خادم X هناك؛ شغّل خادماً أو اضبط DISPLAY على شاشة تعمل، أو استخدم سطر الأوامر (`workbench --help`)، أو في نص برمجي `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</translation>
    </message>
    <message>
        <source>no screen to show the window on (DISPLAY and WAYLAND_DISPLAY are not set); use the command line (`workbench --help`), or for a script `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</source>
        <translation>لا توجد شاشة لعرض النافذة عليها (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY)؛ استخدم سطر الأوامر (`workbench --help`)، أو في نص برمجي `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</translation>
    </message>
    <message>
        <source>cannot reach the Wayland display {display} (no socket at {path}); set WAYLAND_DISPLAY (and XDG_RUNTIME_DIR) to a running compositor, or use the command line (`workbench --help`), or for a script `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</source>
        <translation>تعذّر الوصول إلى شاشة Wayland {display} (لا يوجد مقبس في {path})؛ اضبط WAYLAND_DISPLAY (و XDG_RUNTIME_DIR) على مُركِّب يعمل، أو استخدم سطر الأوامر (`workbench --help`)، أو في نص برمجي `QT_QPA_PLATFORM=offscreen workbench gui --exit-after-show`</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding}: bad byte at {position}</source>
        <translation>تعذّرت قراءة {name} بترميز {encoding}: بايت غير صالح في الموضع {position}</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it is full of control characters)</source>
        <translation>{name} ملف ثنائي وليس نصًا (مليء بمحارف التحكم)</translation>
    </message>
    <message>
        <source>{name} is {kind}, not text; import text, Markdown or HTML</source>
        <translation>{name} هو {kind} وليس نصًا؛ استورد نصًا أو Markdown أو HTML</translation>
    </message>
    <message>
        <source>{name} is a binary file, not text (it contains NUL bytes)</source>
        <translation>{name} ملف ثنائي وليس نصًا (يحوي بايتات صفرية)</translation>
    </message>
    <message>
        <source>{name} holds only white space: there is no text to import</source>
        <translation>لا يحوي {name} إلا مسافات بيضاء: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>{name} is UTF-8 text with bytes that are not UTF-8 (first at byte {position}); the file is damaged: save it again as UTF-8 and import it again</source>
        <translation>{name} نص بترميز UTF-8 فيه بايتات ليست UTF-8 (أولها في البايت {position})؛ الملف تالف: احفظه مجددًا بترميز UTF-8 ثم استورده</translation>
    </message>
    <message>
        <source>{name} is empty: there is no text to import</source>
        <translation>{name} فارغ: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>the pasted text is empty: there is no text to import</source>
        <translation>النص الملصق فارغ: لا يوجد نص لاستيراده</translation>
    </message>
    <message>
        <source>{name} is {size}; the largest file workbench imports is {limit} (split it, or import the part you are checking)</source>
        <translation>حجم {name} هو {size}؛ وأكبر ملف يستورده البرنامج {limit} (قسّمه، أو استورد الجزء الذي تتحقق منه)</translation>
    </message>
    <message>
        <source>cannot tell the encoding of {name}: no common encoding reads it as text (is it a binary file?)</source>
        <translation>تعذّر تحديد ترميز {name}: لا يقرؤه أي ترميز شائع نصًّا (هل هو ملف ثنائي؟)</translation>
    </message>
    <message>
        <source>cannot write {path}: files cannot be created in {folder}</source>
        <translation>تعذّرت كتابة {path}: لا يمكن إنشاء ملفات في {folder}</translation>
    </message>
    <message>
        <source>no file name given: the output path is empty</source>
        <translation>لم يُعطَ اسم ملف: مسار الإخراج فارغ</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it</source>
        <translation>{path} موجود بالفعل؛ أضف --force لاستبداله</translation>
    </message>
    <message>
        <source>cannot write {path}: writing in {folder} failed ({error})</source>
        <translation>تعذّرت كتابة {path}: فشلت الكتابة في {folder} ({error})</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} مجلد؛ أعطِ اسم ملف</translation>
    </message>
    <message>
        <source>{path} is this desk&apos;s own database file: choose another file to write</source>
        <translation>{path} هو ملف قاعدة بيانات هذه المنضدة نفسها: اختر ملفًا آخر للكتابة</translation>
    </message>
    <message>
        <source>cannot write {path}: {folder} is a file, not a folder</source>
        <translation>تعذّرت كتابة {path}: {folder} ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>cannot write {path}: no permission to write in {folder}</source>
        <translation>تعذّرت كتابة {path}: لا إذن بالكتابة في {folder}</translation>
    </message>
    <message>
        <source>no article text found in {name}: the page holds only navigation, scripts or images</source>
        <translation>لم يُعثر على نص مقال في {name}: الصفحة لا تحوي إلا روابط تنقّل أو نصوصًا برمجية أو صورًا</translation>
    </message>
    <message>
        <source>{name} is not a readable web page: {error}</source>
        <translation>{name} ليس صفحة ويب مقروءة: {error}</translation>
    </message>
    <message>
        <source>proposal {proposal} was already accepted by {user}</source>
        <translation>الاقتراح {proposal} سبق أن قبله {user}</translation>
    </message>
    <message>
        <source>proposal {proposal} was already dismissed by {user}</source>
        <translation>الاقتراح {proposal} سبق أن رفضه {user}</translation>
    </message>
    <message>
        <source>proposal {proposal} is not accepted</source>
        <translation>الاقتراح {proposal} غير مقبول</translation>
    </message>
    <message>
        <source>proposal {proposal} is not dismissed</source>
        <translation>الاقتراح {proposal} غير مرفوض</translation>
    </message>
    <message>
        <source>no proposal with id {proposal!r}</source>
        <translation>لا يوجد اقتراح بالمعرّف {proposal!r}</translation>
    </message>
    <message>
        <source>proposal {proposal} overlaps claim {claim} ({start}-{end}); not accepted</source>
        <translation>المقترح {proposal} يتداخل مع الادعاء {claim} ({start}-{end})؛ لم يُقبل</translation>
    </message>
    <message>
        <source>this span is already claim {claim}</source>
        <translation>هذا المقطع هو الادعاء {claim} بالفعل</translation>
    </message>
    <message>
        <source>quote not found in the text: {quote!r}</source>
        <translation>الاقتباس غير موجود في النص: {quote!r}</translation>
    </message>
    <message>
        <source>unknown rating {rating!r}; choose one of: {choices}</source>
        <translation>تقييم غير معروف {rating!r}؛ اختر واحدًا من: {choices}</translation>
    </message>
    <message>
        <source>rating scale is malformed: {error}</source>
        <translation>سلّم التقييم غير سليم: {error}</translation>
    </message>
    <message>
        <source>rating {rating!r} value {value} is outside {worst}–{best}</source>
        <translation>قيمة التقييم {rating!r} هي {value}، وهي خارج المدى {worst}–{best}</translation>
    </message>
    <message>
        <source>only an editor may approve a claim; {user} is a {role}</source>
        <translation>لا يستطيع اعتماد ادعاء إلا محرر؛ و{user} دوره «{role}»</translation>
    </message>
    <message>
        <source>cannot approve claim {claim}: it is {state}, not in_review</source>
        <translation>لا يمكن اعتماد الادعاء {claim}: حالته «{state}»، لا «قيد المراجعة»</translation>
    </message>
    <message>
        <source>cannot request changes on claim {claim}: it is {state}, not in_review</source>
        <translation>لا يمكن طلب تعديلات على الادعاء {claim}: حالته «{state}»، لا «قيد المراجعة»</translation>
    </message>
    <message>
        <source>cannot submit claim {claim}: it is {state}, not draft or changes_requested</source>
        <translation>لا يمكن إرسال الادعاء {claim} إلى المراجعة: حالته «{state}»، لا «مسودة» ولا «مطلوب تعديلات»</translation>
    </message>
    <message>
        <source>cannot withdraw claim {claim}: it is {state}, not in_review</source>
        <translation>لا يمكن سحب الادعاء {claim}: حالته {state} وليست «قيد المراجعة»</translation>
    </message>
    <message>
        <source>{user} wrote or last changed this verdict; another editor must approve it (four eyes)</source>
        <translation>{user} كتب هذا الحكم أو كان آخر من غيّره؛ يجب أن يعتمده محرر آخر (مبدأ العينين الأربع)</translation>
    </message>
    <message>
        <source>{user} wrote or last changed this verdict; another editor must request changes it (four eyes)</source>
        <translation>{user} كتب هذا الحكم أو كان آخر من غيّره؛ يجب أن يطلب التعديلات عليه محرر آخر (مبدأ العينين الأربع)</translation>
    </message>
    <message>
        <source>claim {claim} has no verdict yet; set one before submitting</source>
        <translation>لا حكم للادعاء {claim} بعد؛ حدّد حكمًا قبل الإرسال للمراجعة</translation>
    </message>
    <message>
        <source>only an editor may request changes on a claim; {user} is a {role}</source>
        <translation>لا يستطيع طلب تعديلات على ادعاء إلا محرر؛ و{user} دوره «{role}»</translation>
    </message>
    <message>
        <source>only an editor may set roles ({user} is not an editor)</source>
        <translation>لا يحدد الأدوار إلا محرر ({user} ليس محررًا)</translation>
    </message>
    <message>
        <source>only an editor may set roles (a new user is not an editor)</source>
        <translation>لا يحدد الأدوار إلا محرر (والمستخدم الجديد ليس محررًا)</translation>
    </message>
    <message>
        <source>unknown review action {action!r}</source>
        <translation>إجراء مراجعة غير معروف {action!r}</translation>
    </message>
    <message>
        <source>attached file {name} no longer matches its SHA-256; not written</source>
        <translation>الملف المرفق {name} لم يعد يطابق بصمة SHA-256 الخاصة به؛ لم يُكتب</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to save {name} as</source>
        <translation>{path} مجلد؛ اذكر اسم ملف لحفظ {name} باسمه</translation>
    </message>
    <message>
        <source>folder {path} does not exist or is not a folder</source>
        <translation>المجلد {path} غير موجود أو ليس مجلداً</translation>
    </message>
    <message>
        <source>audit trail broken at event {seq}: {reason}. The record of who did what can no longer be trusted; run `workbench check` and restore from a backup.</source>
        <translation>سجل التدقيق مكسور عند الحدث {seq}: {reason}. لم يعد سجل من فعل ماذا موثوقًا؛ شغّل `workbench check` واسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>database damaged: {problem}. The record of who did what can no longer be trusted; run `workbench check` and restore from a backup.</source>
        <translation>قاعدة البيانات تالفة: {problem}. لم يعد سجل من فعل ماذا موثوقًا؛ شغّل `workbench check` واسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>changed outside workbench ({count} in all): {what}. The record of who did what can no longer be trusted; run `workbench check` and restore from a backup.</source>
        <translation>تغيّرت بيانات خارج workbench ({count} في المجموع): {what}. لم يعد سجل من فعل ماذا موثوقًا؛ شغّل `workbench check` واسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>evidence changed outside workbench ({count} in all): capture {capture} (source {source}) no longer matches its SHA-256. Run `workbench check` and restore from a backup.</source>
        <translation>تغيّرت أدلة خارج workbench ({count} في المجموع): لم تعد اللقطة {capture} (المصدر {source}) مطابقة لبصمة SHA-256 الخاصة بها. شغّل `workbench check` واسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>evidence changed outside workbench ({count} in all): capture {capture} (source {source}) is not the one the audit trail recorded. Run `workbench check` and restore from a backup.</source>
        <translation>تغيّرت أدلة خارج workbench ({count} في المجموع): اللقطة {capture} (المصدر {source}) ليست التي سجّلها سجل التدقيق. شغّل `workbench check` واسترجع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>the address {url} has a port that is not a number from 1 to 65535</source>
        <translation>العنوان {url} يحوي منفذًا ليس عددًا بين 1 و65535</translation>
    </message>
    <message>
        <source>the address {url} holds a user name or password; remove them (workbench stores no passwords)</source>
        <translation>العنوان {url} يحوي اسم مستخدم أو كلمة مرور؛ احذفهما (لا يحفظ workbench كلمات المرور)</translation>
    </message>
    <message>
        <source>the address {url} holds spaces or control characters; type it again without them</source>
        <translation>العنوان {url} يحوي مسافات أو محارف تحكم؛ اكتبه مجددًا من دونها</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>WACZ evidence pack</source>
        <translation>حزمة أدلة WACZ</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>الملف المرفق</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>تتعذر كتابة {path}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>cannot make a temporary file in {folder}</source>
        <translation>يتعذر إنشاء ملف مؤقت في {folder}</translation>
    </message>
    <message>
        <source>{name} would be written outside {folder}; not written</source>
        <translation>كان {name} سيُكتب خارج {folder}؛ لم يُكتب</translation>
    </message>
    <message>
        <source>{folder} already holds {count} files named like {name}</source>
        <translation>في {folder} بالفعل {count} ملفاً باسم يشبه {name}</translation>
    </message>
    <message>
        <source>unknown kind(s) {kinds}; choose from {choices}</source>
        <translation>نوع غير معروف {kinds}؛ اختر من: {choices}</translation>
    </message>
    <message>
        <source>access date {value!r} is not a date like 2023-09-19</source>
        <translation>تاريخ الاطلاع {value!r} ليس تاريخًا بصيغة 2023-09-19</translation>
    </message>
    <message>
        <source>publication date {value!r} is not a date like 2023-09-19</source>
        <translation>تاريخ النشر {value!r} ليس تاريخًا بصيغة 2023-09-19</translation>
    </message>
    <message>
        <source>source URL must start with http:// or https:// (got {url!r})</source>
        <translation>يجب أن يبدأ عنوان المصدر بـ http:// أو https:// (المُدخل: {url!r})</translation>
    </message>
    <message>
        <source>no source with id {source!r}</source>
        <translation>لا يوجد مصدر بالمعرّف {source!r}</translation>
    </message>
    <message>
        <source>unknown source field(s): {fields}</source>
        <translation>حقول مصدر غير معروفة: {fields}</translation>
    </message>
    <message>
        <source>unknown stance {stance!r}; choose supports, refutes or context</source>
        <translation>موقف غير معروف {stance!r}؛ اختر supports (يؤيد) أو refutes (ينفي) أو context (سياق)</translation>
    </message>
    <message>
        <source>the selection is empty: select the words of the claim</source>
        <translation>التحديد فارغ: حدّد كلمات الادعاء</translation>
    </message>
    <message>
        <source>a time stamp is asked for a SHA-256 (32 bytes), not {size} bytes</source>
        <translation>يُطلب الختم الزمني لبصمة SHA-256 (‏32 بايتاً)، لا لـ {size} بايت</translation>
    </message>
    <message>
        <source>the trust roots are not PEM certificates: {error}</source>
        <translation>جذور الثقة ليست شهادات بصيغة PEM: {error}</translation>
    </message>
    <message>
        <source>the time stamp&apos;s signature does not hold (it was altered): {error}</source>
        <translation>توقيع الختم الزمني غير صحيح (لقد عُدّل): {error}</translation>
    </message>
    <message>
        <source>the time-stamping authority&apos;s address must start with http:// or https:// (got {url!r}; workbench export-settings --tsa-url URL)</source>
        <translation>يجب أن يبدأ عنوان جهة الختم الزمني بـ http://‎ أو https://‎ (الوارد {url!r}؛ workbench export-settings --tsa-url URL)</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} answered {status} {reason}</source>
        <translation>أجابت جهة الختم الزمني {url} بـ {status} {reason}</translation>
    </message>
    <message>
        <source>the desk names no trust roots for its time-stamping authority, so no time stamp can be checked (workbench export-settings --tsa-roots PEMFILE)</source>
        <translation>لم يحدّد المكتب جذور ثقة لجهة الختم الزمني، فلا يمكن التحقق من أي ختم زمني (workbench export-settings --tsa-roots PEMFILE)</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} answered another request (the nonce differs); its reply was not kept</source>
        <translation>أجابت جهة الختم الزمني {url} عن طلب آخر (الرقم العشوائي مختلف)؛ ولم يُحفظ ردّها</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} did not send a time-stamp reply: {error}</source>
        <translation>لم ترسل جهة الختم الزمني {url} ردّ ختم زمني: {error}</translation>
    </message>
    <message>
        <source>the time stamp is over a hash other than SHA-256 ({algorithm})</source>
        <translation>الختم الزمني مأخوذ على بصمة غير SHA-256 ‏({algorithm})</translation>
    </message>
    <message>
        <source>the time stamp was not signed by a time-stamping certificate: {error}</source>
        <translation>لم يُوقَّع الختم الزمني بشهادة مخصّصة للختم الزمني: {error}</translation>
    </message>
    <message>
        <source>the time stamp is for SHA-256 {stamped}, not {sha256}</source>
        <translation>الختم الزمني للبصمة SHA-256 ‏{stamped}، لا للبصمة {sha256}</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} refused the request ({status}): {reason}</source>
        <translation>رفضت جهة الختم الزمني {url} الطلب ({status}): {reason}</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} stamped another SHA-256 than the one asked for; its reply was not kept</source>
        <translation>ختمت جهة الختم الزمني {url} بصمة SHA-256 غير المطلوبة؛ ولم يُحفظ ردّها</translation>
    </message>
    <message>
        <source>cannot read trust roots {path}: {error}</source>
        <translation>تعذّرت قراءة جذور الثقة {path}: {error}</translation>
    </message>
    <message>
        <source>the time-stamping authority {url} did not answer within {timeout:g} s</source>
        <translation>لم تُجب جهة الختم الزمني {url} خلال {timeout:g} ثانية</translation>
    </message>
    <message>
        <source>cannot reach the time-stamping authority {url}: {error}</source>
        <translation>تعذّر الوصول إلى جهة الختم الزمني {url}: {error}</translation>
    </message>
    <message>
        <source>the time stamp cannot be read (it is damaged): {error}</source>
        <translation>تتعذّر قراءة الختم الزمني (إنه تالف): {error}</translation>
    </message>
    <message>
        <source>the time stamp&apos;s authority ({tsa}) does not chain to the desk&apos;s trust roots: {error}</source>
        <translation>جهة الختم الزمني ({tsa}) لا ترتبط بسلسلة شهادات إلى جذور الثقة لدى المكتب: {error}</translation>
    </message>
    <message>
        <source>unknown role {role!r}; choose checker or editor</source>
        <translation>دور غير معروف {role!r}؛ اختر checker (مدقق) أو editor (محرر)</translation>
    </message>
    <message>
        <source>a verdict needs a rationale: say why the claim is rated so</source>
        <translation>الحكم يحتاج إلى تعليل: اذكر سبب هذا التقييم للادعاء</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>in_review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>changes_requested</source>
        <translation>مطلوب تعديلات</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>new user (checker)</source>
        <translation>مستخدم جديد (مدقق)</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>النص الملصق</translation>
    </message>
    <message>
        <source>the page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word/OpenDocument file)</source>
        <translation>أرشيف ZIP (أو ملف Word/OpenDocument)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>مستند Office قديم</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>ملف وسائط</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>ملف صوتي</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>أرشيف RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD</source>
        <translation>ClaimReview JSON-LD</translation>
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
</context>
<context>
    <name>run</name>
    <message>
        <source>Workbench</source>
        <translation>منضدة التحقق</translation>
    </message>
</context>
</TS>
