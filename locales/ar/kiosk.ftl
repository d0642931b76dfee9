# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = هل ما زلت هنا؟
kiosk-restarting = ستبدأ من جديد خلال { $seconds } ث
kiosk-continue = متابعة
kiosk-admin-title = إدارة المكتب
kiosk-pin-label = رمز PIN للإدارة
kiosk-unlock = فتح القفل
kiosk-pin-wrong = { $left ->
    [zero] رمز PIN غير صحيح. لم تبقَ أي محاولة قبل التوقف المؤقت.
    [one] رمز PIN غير صحيح. بقيت محاولة واحدة قبل التوقف المؤقت.
    [two] رمز PIN غير صحيح. بقيت محاولتان قبل التوقف المؤقت.
    [few] رمز PIN غير صحيح. بقيت { $left } محاولات قبل التوقف المؤقت.
    [many] رمز PIN غير صحيح. بقيت { $left } محاولةً قبل التوقف المؤقت.
   *[other] رمز PIN غير صحيح. بقيت { $left } محاولة قبل التوقف المؤقت.
}
kiosk-pin-locked = محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ث.
kiosk-pin-not-set = لم يُحدَّد رمز PIN للإدارة في هذا الكشك: لا يمكن تحديده إلا من الحاسوب (integra --set-kiosk-pin).
kiosk-comune-label = بلدية المكتب (رمز ISTAT)
kiosk-idle-label = البدء من جديد بعد هذا العدد من الثواني دون استخدام
kiosk-new-pin-label = رمز PIN جديد للإدارة (من 4 إلى 12 رقمًا)
kiosk-save = حفظ
kiosk-saved = تم الحفظ.
kiosk-invalid = إحدى القيم غير صالحة: لم يتغير شيء بالنسبة لها.
kiosk-lock = قفل
kiosk-exit = إغلاق التطبيق
kiosk-sent-title = تم الإرسال، شكرًا
kiosk-sent-body = سيُسلَّم ما أرسلته عندما يتصل الجهاز بالإنترنت. لا يُحفظ أي شيء آخر مما فعلته هنا.
kiosk-sent-home = العودة إلى البداية
print-card = طباعة هذه البطاقة
shortlist-add = إضافة إلى القائمة
shortlist-remove = إزالة من القائمة
shortlist-open = القائمة ({ $count })
shortlist-title = قائمة للشخص الذي تساعده
shortlist-hint = تبقى فقط حتى تفرغها أو تنتهي الجلسة. لا يُطلب أي اسم ولا يُحفظ.
shortlist-empty = القائمة فارغة. أضف خدمات من النتائج أو من بطاقة خدمة.
shortlist-clear = إفراغ القائمة
shortlist-sheet = ورقة الإحالة
mediator-title = وضع الوسيط
mediator-toggle = وضع الوسيط: قائمة خدمات للشخص الذي أمامي وورقة للطباعة
referral-title = ورقة الإحالة
referral-client-lang = لغة الشخص
referral-print = طباعة
referral-date = التاريخ: { $date }
referral-helpline = خط المساعدة المجاني
referral-phone = الهاتف
referral-address = العنوان
