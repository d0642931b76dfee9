# Integra — العربية. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## التطبيق ولغاته
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = العربية
picker-title = اختر لغتك

## الإجراءات
action-back = رجوع
action-dismiss = إغلاق
action-search = بحث
action-open-card = افتح البطاقة

## تنبيهات
notice-catalog-built = تم تجهيز الدليل على هذا الجهاز من البيانات المرفقة بالتطبيق في { $seconds } ثانية. يعمل بدون إنترنت.
notice-catalog-rebuilt = كان ملف الدليل على هذا الجهاز تالفًا، فتم وضعه جانبًا وتجهيزه من جديد من البيانات المرفقة بالتطبيق. تم الاحتفاظ بإعداداتك وبرسائلك التي تنتظر الإرسال.

## الصفحة الرئيسية
search-label = عمّ تبحث؟
search-placeholder = مثلًا: دورة لغة إيطالية، طبيب، سكن، عمل
home-areas = الخدمات حسب الموضوع
home-more = المزيد
nav-associations = جمعيات المهاجرين
nav-learn = تعلّم الإيطالية
nav-reports = تقارير عن الجاليات والعمل
nav-news = أخبار
nav-help = المساعدة والخط الهاتفي المجاني
nav-settings = الإعدادات والمعلومات
helpline-short = لديك أسئلة؟ اتصل بالخط الهاتفي المجاني.
helpline-call = اتصل بالرقم { $number }
data-status = { $source } · { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $services } خدمات
    [many] { $services } خدمةً
   *[other] { $services } خدمة
} · تم التحديث في { $date } · يعمل بدون إنترنت
data-sample = بيانات تجريبية
data-official = بيانات رسمية

## المكان
place-label = المكان:
place-none = اختر مكانًا
place-near = بالقرب من { $place }
place-title = أين أنت؟
place-privacy = يبقى مكانك على هذا الجهاز. يُستخدم فقط لترتيب الخدمات حسب المسافة.
place-search-label = البلدة أو المدينة (comune)
place-placeholder = مثلًا: Prato
place-no-match = لا توجد بلدية بهذا الاسم. تحقّق من الكتابة أو جرّب بلدة قريبة.
place-use-position = استخدم موقعي
place-locating = جارٍ تحديد موقعك…
place-position-unavailable = موقعك غير متاح. اختر بلدة بدلًا من ذلك.
place-forget = انسَ مكاني

## النتائج
results-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $shown } نتائج
    [many] { $shown } نتيجةً
   *[other] { $shown } نتيجة
}
results-show-map = اعرض على الخريطة
search-failed = لم ينجح البحث.
filters-title = عوامل التصفية
filters-active = { $count ->
    [zero] لا يوجد عامل تصفية مفعّل
    [one] عامل تصفية واحد مفعّل
    [two] عاملا تصفية مفعّلان
    [few] { $shown } عوامل تصفية مفعّلة
    [many] { $shown } عامل تصفية مفعّلًا
   *[other] { $shown } عامل تصفية مفعّل
}
filter-open-now = مفتوح الآن
filter-free = مجاني
filter-no-documents = لا حاجة إلى وثائق
filter-area = الموضوع
filter-target-group = لمن
filter-language = اللغة المستخدمة
filter-any-language = أي لغة
filter-territory = الإقليم
filter-all-italy = كل إيطاليا
filter-radius = ضمن مسافة
filter-radius-any = أي مسافة
filter-clear = امسح كل عوامل التصفية
filter-kind = اعرض
filter-kind-service = الخدمات
filter-kind-learning_resource = الدورات
filter-kind-organization = الجمعيات
row-kind-service = خدمة
row-kind-learning_resource = دورة
row-kind-organization = جمعية
results-mentions = هذه النتائج تذكر كلماتك في وصفها فقط:
sort-label = الترتيب حسب
sort-distance = المسافة
sort-relevance = الأكثر تطابقًا
distance-m = { $m } م
distance-km = { $km } كم
distance-about = حوالي { $distance }
distance-in-comune = في { $comune }
languages-spoken = اللغات المستخدمة
badge-free = مجاني
badge-no-documents = لا حاجة إلى وثائق
badge-sample = مثال
sample-explained = سجل تجريبي: أُنشئ لإظهار طريقة عمل التطبيق. ليس خدمة حقيقية.
open-now = مفتوح الآن
closed-now = مغلق الآن
hours-unknown = المواعيد غير معروفة: اتصل أولًا

## لا توجد نتائج
empty-title = لم يتم العثور على شيء
empty-check-words = تحقّق من الكتابة، أو استخدم كلمات أقل أو أبسط.
empty-widen = ابحث ضمن { $distance }
empty-any-distance = ابحث على أي مسافة
empty-drop-filter = أزل عامل التصفية: { $filter }
empty-helpline = يمكن للخط الهاتفي المجاني أن يساعدك في العثور على خدمة.
empty-area-none-title = لا توجد سجلات لموضوع «{ $area }» في التطبيق بعد
empty-area-none = يحتوي التطبيق على بيانات مفتوحة رسمية: دورات اللغة الإيطالية في مراكز CPIA، والمدارس الحكومية، والمستشفيات. أما سجلات البوابة الخاصة بهذا الموضوع فلم تُنشر بعد؛ وستصل مع التحديثات.

## الصفحات
pager-label = الصفحات
pager-previous = السابق
pager-next = التالي
pager-page = الصفحة { $page } من { $pages }

## الخريطة
map-title = خريطة النتائج
map-pins = { $count ->
    [zero] لا توجد أماكن على الخريطة
    [one] مكان واحد على الخريطة
    [two] مكانان على الخريطة
    [few] { $shown } أماكن على الخريطة
    [many] { $shown } مكانًا على الخريطة
   *[other] { $shown } مكان على الخريطة
}
map-zoom-region = كبّر إلى إقليم
map-zoom-province = كبّر إلى مقاطعة
map-whole-region = الإقليم كله
map-attribution = الحدود: ISTAT وOpenpolis (CC BY 4.0). تعمل الخريطة بدون إنترنت.

## بطاقة الخدمة
card-description = ما الذي تقدّمه
card-contacts = المكان وطريقة التواصل
card-directions = الاتجاهات
card-osm = افتح في OpenStreetMap
card-call = اتصل
card-no-phone = لا يذكر المصدر رقم هاتف لهذا المكان. يمكن أن يساعدك الخط الهاتفي المجاني:
card-hours = مواعيد العمل
card-details = التفاصيل
card-documents = الوثائق المطلوب إحضارها
card-no-documents = لا حاجة إلى وثائق
card-not-stated = غير مذكور
card-cost = التكلفة
card-paid = بمقابل مادي
card-eligibility = من يمكنه الاستفادة
card-how-to-apply = طريقة الوصول إلى الخدمة
card-target-groups = لمن
card-service-area = المنطقة المخدومة
card-verified = آخر تحقّق
card-qr = رمز QR لهذه البطاقة
card-qr-hint = امسحه بالهاتف لحفظ العنوان ورقم الهاتف والمواعيد.
card-save = احفظ
card-unsave = أزل من المحفوظات
card-report-correction = أبلغ عن تصحيح
card-updated = تم تحديث السجل في { $date }
card-source = المصدر: { $publisher }، «{ $dataset }»، بيانات { $date }، الترخيص { $licence }
card-source-portal = المصدر: Portale Integrazione Migranti (هيئة تحريرها وممثلو الأقاليم)
card-source-geonames = مواقع الرموز البريدية (CAP): { $attribution }
card-position-comune = موقع تقريبي: تُظهر الخريطة مركز بلدية { $comune }، لا المبنى نفسه. تحقّق من العنوان قبل أن تذهب.
card-position-postcode = موقع تقريبي: تُظهر الخريطة منطقة الرمز البريدي (CAP) { $postcode } في { $comune }، لا المبنى نفسه. تحقّق من العنوان قبل أن تذهب.
kind-title = ما هذا المكان
kind-cpia-site = إن CPIA (مركز المقاطعة لتعليم الكبار) مدرسة عامة للكبار. هنا يتعلّم الكبار من جميع الجنسيات، ابتداءً من سن 16، اللغة الإيطالية من الخطوات الأولى حتى المستوى A2، ويمكنهم الحصول على شهادة المرحلة الإعدادية الإيطالية (licenza media). اسأل هذا الفرع أو مكتب إدارة CPIA عن موعد بدء الدورات وكيفية التسجيل.
kind-school-infanzia = روضة أطفال حكومية (scuola dell'infanzia)، للأطفال من 3 إلى 6 سنوات. وهي ليست إلزامية.
kind-school-primaria = مدرسة ابتدائية حكومية (scuola primaria)، للأطفال من 6 إلى 11 سنة. الدراسة إلزامية للجميع من سن 6 إلى 16 سنة.
kind-school-secondaria-1 = مدرسة إعدادية حكومية (scuola secondaria di primo grado, «scuola media»)، للفتيات والفتيان من 11 إلى 14 سنة. الدراسة إلزامية للجميع من سن 6 إلى 16 سنة.
kind-school-secondaria-2 = مدرسة ثانوية حكومية (liceo، أو معهد تقني أو مهني)، للشباب من 14 إلى 19 سنة. الدراسة إلزامية حتى سن 16.
kind-school-enrolment = يمكن لكل قاصر يعيش في إيطاليا التسجيل في المدرسة الحكومية في أي وقت من السنة، حتى دون تصريح الإقامة (permesso di soggiorno): لا يمكن للمدرسة أن ترفضه لهذا السبب. للتسجيل، توجّه إلى مكتب إدارة المدرسة (segreteria).
kind-adult-secondary = دورات مسائية للكبار في مدرسة ثانوية حكومية (مسارات المستوى الثاني): تؤدي إلى الحصول على شهادة. يمكن أن يسجّل فيها الكبار الحاصلون على شهادة المرحلة الإعدادية الإيطالية (licenza media) أو على مؤهل معادل لها: اسأل مكتب إدارة المدرسة.
kind-hospital = مستشفى تابع للخدمة الصحية الوطنية (عام، أو خاص له نفس دور المستشفى العام). في حالة الطوارئ اتصل بالرقم 112. حتى لمن ليس لديه تصريح الإقامة (permesso di soggiorno)، الرعاية العاجلة والأساسية مضمونة (برمز STP).
kind-private-clinic = مصحة خاصة (casa di cura). بعضها يعمل لحساب الخدمة الصحية الوطنية، وبعضها الآخر بمقابل مادي فقط: قبل أن تذهب، اسأل هل ستضطر إلى الدفع. في حالة الطوارئ اتصل بالرقم 112.
place-kind-cpia-site = مركز CPIA: الإيطالية للكبار
place-kind-school-infanzia = روضة أطفال
place-kind-school-primaria = مدرسة ابتدائية
place-kind-school-secondaria-1 = مدرسة إعدادية
place-kind-school-secondaria-2 = مدرسة ثانوية
place-kind-adult-secondary = مدرسة مسائية للكبار
place-kind-hospital = مستشفى
place-kind-private-clinic = مصحة خاصة
service-not-active = غير نشط
italian-fallback = غير متاح بلغتك: معروض بالإيطالية.
hours-not-stated = مواعيد العمل غير مذكورة: اتصل قبل أن تذهب.
hours-open-until =
    { $when ->
        [today] مفتوح الآن حتى الساعة { $time }
        [week] مفتوح الآن، يغلق { hours-weekday-on } الساعة { $time }
       *[later] مفتوح الآن، يغلق في { $date } الساعة { $time }
    }
hours-closed-opens =
    { $when ->
        [today] مغلق الآن، يفتح اليوم الساعة { $time }
        [week] مغلق الآن، يفتح { hours-weekday-on } الساعة { $time }
       *[later] مغلق الآن، يفتح في { $date } الساعة { $time }
    }
hours-closed-day = مغلق
hours-appointment = بموعد مسبق
record-missing = هذا السجل لم يعد موجودًا في الدليل.
record-failed = تعذّرت قراءة هذا السجل.

## الأيام والأشهر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
hours-weekday-on = { $weekday ->
    [monday] يوم الاثنين
    [tuesday] يوم الثلاثاء
    [wednesday] يوم الأربعاء
    [thursday] يوم الخميس
    [friday] يوم الجمعة
    [saturday] يوم السبت
   *[sunday] يوم الأحد
}
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }

## اللغات المستخدمة في الخدمة
spoken-it = الإيطالية
spoken-en = الإنجليزية
spoken-fr = الفرنسية
spoken-es = الإسبانية
spoken-sq = الألبانية
spoken-ar = العربية
spoken-zh = الصينية
spoken-pa = البنجابية
spoken-ru = الروسية
spoken-tl = التاغالوغية
spoken-uk = الأوكرانية
spoken-ro = الرومانية
spoken-bn = البنغالية
spoken-ur = الأردية
spoken-wo = الولوفية
spoken-de = الألمانية
spoken-pt = البرتغالية
spoken-fa = الفارسية
spoken-ti = التغرينية
spoken-so = الصومالية
spoken-hi = الهندية

## الجمعيات
assoc-intro = جمعيات لأشخاص من أصول مهاجرة، تنشط في كل أنحاء إيطاليا. يمكن لأي شخص أن يبلّغ عن جمعية جديدة أو يطلب تصحيحًا.
assoc-report-new = أبلغ عن جمعية جديدة
assoc-search-placeholder = اسم الجمعية
assoc-community = الجالية
assoc-any-community = أي جالية
assoc-community-other = جالية أخرى أو عدة جاليات
assoc-region = الإقليم
assoc-activities = الأنشطة
assoc-any-activity = أي نشاط
assoc-count = { $count ->
    [0] لم يتم العثور على أي جمعية
    [zero] لم يتم العثور على أي جمعية
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $shown } جمعيات
    [many] { $shown } جمعية
   *[other] { $shown } جمعية
}
assoc-ask-change = اطلب تصحيحًا أو حذفًا
assoc-change-correction = هناك معلومة خاطئة أو ناقصة
assoc-change-removal = الجمعية لم تعد موجودة: احذفها
assoc-new-intro = أخبرنا عن جمعية غير موجودة على الخريطة بعد. يراجع المحررون كل بلاغ قبل نشره.
assoc-name = اسم الجمعية
assoc-comune = البلدة أو المدينة (comune)
assoc-comune-match = تم التعرّف على: { $place }
assoc-description = ماذا تفعل (اختياري)

## النماذج
correction-title = أبلغ عن تصحيح
correction-message = ما الذي يجب تصحيحه؟
correction-message-hint = مثلًا: تغيّر رقم الهاتف، مواعيد عمل جديدة، انتقل المكتب.
form-email = البريد الإلكتروني
form-email-optional = بريدك الإلكتروني إذا كنت تريد ردًّا (اختياري)
form-phone = الهاتف
form-website = الموقع الإلكتروني
form-submit = أرسل
form-offline-note = يعمل هذا بدون إنترنت: تنتظر رسالتك على هذا الجهاز وتُرسل عند توفّر الاتصال.
form-saved-outbox = تم الحفظ. ستُرسل عندما يتصل الجهاز بالإنترنت.
form-save-failed = تعذّر حفظ رسالتك.
form-error-required = هذا الحقل مطلوب.
form-error-too-long = { $max ->
    [zero] طويل جدًا.
    [one] طويل جدًا: حرف واحد على الأكثر.
    [two] طويل جدًا: حرفان على الأكثر.
    [few] طويل جدًا: { $max } أحرف على الأكثر.
    [many] طويل جدًا: { $max } حرفًا على الأكثر.
   *[other] طويل جدًا: { $max } حرف على الأكثر.
}
form-error-too-short = { $max ->
    [zero] قصير جدًا.
    [one] قصير جدًا: حرف واحد على الأقل.
    [two] قصير جدًا: حرفان على الأقل.
    [few] قصير جدًا: { $max } أحرف على الأقل.
    [many] قصير جدًا: { $max } حرفًا على الأقل.
   *[other] قصير جدًا: { $max } حرف على الأقل.
}
form-error-control = يحتوي على رموز لا يمكن استخدامها.
form-error-email = هذا ليس عنوان بريد إلكتروني صحيحًا.
form-error-phone = هذا ليس رقم هاتف صحيحًا.
form-error-url = هذا ليس عنوان موقع صحيحًا (يبدأ بـ https://).
form-error-comune = لم يتم التعرّف على هذه البلدية (comune).
form-error-contact = اذكر طريقة واحدة على الأقل للتواصل مع الجمعية: البريد الإلكتروني أو الهاتف أو الموقع الإلكتروني.
service-report-new = أبلغ عن خدمة
service-report-intro = هل تعرف مكتبًا أو دورة أو خدمة للأجانب غير موجودة في التطبيق؟ أخبرنا عنها. يراجع المحررون كل بلاغ قبل نشره.
service-report-name = اسم الخدمة أو المكتب
service-report-comune = البلدية (comune) التي يقع فيها
service-report-area = الموضوع
service-report-what = ماذا يقدّم، ولمن؟
service-report-what-hint = مثلًا: دورة مجانية في اللغة الإيطالية مساء الثلاثاء والخميس، للكبار.
service-report-address = العنوان (اختياري)

## صندوق الصادر
outbox-title = رسائل للإرسال
outbox-intro = البلاغات التي أنشأتها على هذا الجهاز. ستُرسَل إلى محرري البوابة عندما يتصل الجهاز بالإنترنت.
outbox-empty = لا شيء ينتظر الإرسال.
outbox-open = افتح
outbox-pending = { $count ->
    [0] لا شيء ينتظر الإرسال
    [zero] لا شيء ينتظر الإرسال
    [one] رسالة واحدة تنتظر الإرسال
    [two] رسالتان تنتظران الإرسال
    [few] { $shown } رسائل تنتظر الإرسال
    [many] { $shown } رسالة تنتظر الإرسال
   *[other] { $shown } رسالة تنتظر الإرسال
}
outbox-state-pending = ينتظر الإرسال
outbox-attempts = { $count ->
    [zero] لم تتم أي محاولة حتى الآن
    [one] محاولة واحدة حتى الآن
    [two] محاولتان حتى الآن
    [few] { $count } محاولات حتى الآن
    [many] { $count } محاولة حتى الآن
   *[other] { $count } محاولة حتى الآن
}
outbox-kind-correction = تصحيح لخدمة
outbox-kind-new_association = جمعية جديدة
outbox-kind-association_correction = تصحيح لجمعية
outbox-kind-association_removal = حذف جمعية
outbox-kind-new_service = خدمة جديدة

## تعلّم الإيطالية
learn-intro = دورات اللغة الإيطالية في المدارس العامة لتعليم الكبار (CPIA)، ودورات عبر الإنترنت، وتطبيقات وكتب.
learn-cpia-near = دورات اللغة الإيطالية في مدارس CPIA القريبة منك
learn-level = المستوى
learn-any-level = أي مستوى
learn-kind = النوع
learn-any-kind = أي نوع
learn-levels-explained = تتبع المستويات الإطار الأوروبي المرجعي: A1 وA2 للمبتدئين، وB1 وB2 للمستخدمين المستقلين.
learn-count = { $count ->
    [0] لم يتم العثور على شيء
    [zero] لم يتم العثور على شيء
    [one] مورد واحد
    [two] موردان
    [few] { $shown } موارد
    [many] { $shown } موردًا
   *[other] { $shown } مورد
}
learn-offline = يعمل بدون إنترنت
learn-taught-in = لغة التدريس

## التقارير والأخبار
reports-intro = ملخصات التقارير السنوية عن أهم الجاليات الأجنبية في إيطاليا وعن سوق العمل. يمكن قراءة كل ملخص بأي لغة من لغات التطبيق.
reports-labour = سوق العمل
reports-communities = الجاليات
report-read-in = اقرأ باللغة:
news-none = لا توجد أخبار.

## المساعدة
help-helpline-title = الخط الهاتفي المجاني 803.001
help-helpline-body = معلومات عن الخدمات المقدّمة للأجانب، بعدة لغات. مجاني من الهاتف الثابت والمحمول.
help-protection-title = الحماية الدولية (اللجوء)
help-protection-body = إذا كنت تخاف من العودة إلى بلدك، يمكنك طلب الحماية الدولية. يُقدَّم الطلب لدى الشرطة (Questura) أو على الحدود، وهو مجاني.
help-protection-where = يمكن للخدمات أن تساعدك في تحضير الطلب والحصول على استشارة قانونية.
help-qualifications-title = الاعتراف بالشهادات والمؤهلات
help-qualifications-body = يمكن الاعتراف في إيطاليا بالشهادة المدرسية أو الجامعية أو المهنة التي حصلت عليها في الخارج، من أجل الدراسة أو العمل.
help-qualifications-where = توضّح مراكز التوظيف ومراكز CPIA أي مكتب هو المختص وما الوثائق المطلوبة.
help-find-services = ابحث عن خدمات
help-emergency-title = حالات الطوارئ
help-emergency-body = في حالة الخطر أو الطوارئ الطبية، اتصل بالرقم 112 في أي وقت، مجانًا.
help-privacy-link = الخصوصية والمصادر

## الإعدادات ومعلومات عن التطبيق
settings-language = اللغة
settings-data = البيانات على هذا الجهاز
settings-count-services = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $shown } خدمات
    [many] { $shown } خدمة
   *[other] { $shown } خدمة
}
settings-count-associations = { $count ->
    [zero] لا توجد جمعيات
    [one] جمعية واحدة
    [two] جمعيتان
    [few] { $shown } جمعيات
    [many] { $shown } جمعية
   *[other] { $shown } جمعية
}
settings-count-learning = { $count ->
    [zero] لا توجد موارد تعليمية
    [one] مورد تعليمي واحد
    [two] موردان تعليميان
    [few] { $shown } موارد تعليمية
    [many] { $shown } موردًا تعليميًا
   *[other] { $shown } مورد تعليمي
}
settings-offline = كل ما يظهر هنا محفوظ على هذا الجهاز ويعمل بدون إنترنت.
privacy-title = الخصوصية
privacy-body = مكانك وعمليات بحثك وما تحفظه لا يغادر هذا الجهاز أبدًا. لا يحتوي التطبيق على أدوات تحليل ولا على إعلانات.
privacy-submissions = فقط البلاغات التي تختار إرسالها (التصحيحات، الجمعيات الجديدة) تصل إلى محرري البوابة، مع بريدك الإلكتروني إذا ذكرته.
sources-title = المصادر والتراخيص
sources-istat = قائمة البلديات: ISTAT (المعهد الوطني الإيطالي للإحصاء)، CC BY 4.0.
sources-openpolis = الإحداثيات والحدود: Openpolis، من بيانات ISTAT، CC BY 4.0.
sources-official = السجلات: { $publisher }، «{ $dataset }» ({ $date })، الترخيص { $licence }.
sources-geonames = مواقع الرموز البريدية (CAP): { $attribution }.
sources-fonts = الخطوط: Noto (Google)، SIL Open Font License 1.1.
sources-sample = الخدمات والجمعيات والدورات المعروضة حاليًا هي بيانات تجريبية مُنشأة وموضوعة في بلديات حقيقية؛ وهي معلّمة بكلمة “مثال”.
sources-app = Integra، تطبيق Portale Integrazione Migranti، هو برنامج حر (EUPL 1.2).

## التحديثات (الموجز الموقَّع)
sync-title = التحديثات
sync-origin = البيانات
sync-origin-local = تم تجهيزها على هذا الجهاز
sync-publication = النشرة
sync-publication-value = رقم { $seq }، { $date }
sync-last-check = آخر تحقق
sync-never = لم يتم أبدًا
sync-last-problem = آخر مشكلة
sync-update-now = حدِّث الآن
sync-not-configured = لا تحتوي هذه النسخة من التطبيق على عنوان للتحديثات: فهي تستخدم البيانات التي جاءت معها.
sync-sideload = تحميل تحديث من مجلد أو من ذاكرة USB
sync-sideload-hint = انسخ ملفات التحديث (manifest.json ومجلداته) إلى ذاكرة USB، ثم اكتب هنا اسم المجلد. يتم التحقق منها تمامًا كما يتم التحقق من التنزيل.
sync-sideload-button = حمِّل من المجلد
sync-phase-checking = جارٍ البحث عن تحديثات…
sync-phase-downloading = جارٍ التنزيل…
sync-phase-verifying = جارٍ التحقق من الملفات…
sync-phase-applying = جارٍ حفظ البيانات الجديدة…
sync-phase-done = تم
sync-updated = تم التحديث إلى النشرة رقم { $seq }.
sync-up-to-date = البيانات محدَّثة.
sync-error-network = لا يوجد اتصال بخادم التحديثات. لم تتغيَّر بياناتك؛ ستتم المحاولة مرة أخرى لاحقًا.
sync-error-signature = تعذَّر التحقق من التحديث؛ لم تتغيَّر بياناتك.
sync-error-expired = التحديث المعروض منتهي الصلاحية؛ لم تتغيَّر بياناتك.
sync-error-rollback = التحديث المعروض أقدم من بياناتك؛ لم تتغيَّر بياناتك.
sync-error-app-too-old = يحتاج هذا التحديث إلى إصدار أحدث من التطبيق؛ لم تتغيَّر بياناتك.
sync-error-corrupt = ملفات التحديث تالفة؛ لم تتغيَّر بياناتك.
sync-error-no-feed = لم يتم العثور على أي تحديث في ذلك المكان؛ لم تتغيَّر بياناتك.
sync-error-storage = تعذَّر حفظ البيانات الجديدة على هذا الجهاز؛ لم تتغيَّر بياناتك.
outbox-state-rejected = رفضه المحررون
outbox-send-now = أرسل الآن
outbox-sent = { $count ->
    [0] تعذَّر إرسال أي شيء الآن: ستتم المحاولة مرة أخرى لاحقًا.
    [zero] تعذَّر إرسال أي شيء الآن: ستتم المحاولة مرة أخرى لاحقًا.
    [one] تم إرسال رسالة واحدة.
    [two] تم إرسال رسالتين.
    [few] تم إرسال { $shown } رسائل.
    [many] تم إرسال { $shown } رسالة.
   *[other] تم إرسال { $shown } رسالة.
}
sent-title = الرسائل المرسلة
sent-intro = ما قرره فريق التحرير بشأن الرسائل المرسلة من هذا الجهاز.
sent-state-received = تم الاستلام، في انتظار فريق التحرير
sent-state-accepted = مقبول
sent-state-rejected = غير مقبول
sent-reason = السبب: { $reason }
sent-clear = إفراغ القائمة
