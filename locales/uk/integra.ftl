# Integra — Українська. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## Застосунок і його мови
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Українська
picker-title = Оберіть мову

## Дії
action-back = Назад
action-dismiss = Закрити
action-search = Шукати
action-open-card = Відкрити картку

## Повідомлення
notice-catalog-built = Каталог підготовлено на цьому пристрої з даних, що постачаються із застосунком, за { $seconds } с. Він працює без інтернету.
notice-catalog-rebuilt = Файл каталогу на цьому пристрої був пошкоджений, тому його відкладено й підготовлено заново з даних, що постачаються із застосунком. Ваші налаштування та повідомлення, які чекають на надсилання, збережено.

## Головна
search-label = Що ви шукаєте?
search-placeholder = напр. курс італійської, лікар, житло, робота
home-areas = Послуги за темами
home-more = Більше
nav-associations = Асоціації мігрантів
nav-learn = Вивчати італійську
nav-reports = Звіти про спільноти та роботу
nav-news = Новини
nav-help = Допомога та гаряча лінія
nav-settings = Налаштування та інформація
helpline-short = Є запитання? Зателефонуйте на безкоштовну гарячу лінію.
helpline-call = Зателефонувати { $number }
data-status = { $source } · { $count ->
    [one] { $services } послуга
    [few] { $services } послуги
    [many] { $services } послуг
   *[other] { $services } послуги
} · оновлено { $date } · працює без інтернету
data-sample = Приклад даних
data-official = Офіційні дані

## Місце
place-label = Місце:
place-none = оберіть місце
place-near = поблизу: { $place }
place-title = Де ви перебуваєте?
place-privacy = Ваше місце залишається на цьому пристрої. Воно потрібне лише для того, щоб упорядкувати послуги за відстанню.
place-search-label = Місто або громада (comune)
place-placeholder = напр. Prato
place-no-match = Такої громади не знайдено. Перевірте написання або спробуйте сусіднє місто.
place-use-position = Використати моє місцезнаходження
place-locating = Визначаємо ваше місцезнаходження…
place-position-unavailable = Ваше місцезнаходження недоступне. Оберіть місто.
place-forget = Забути моє місце

## Результати
results-count = { $count ->
    [0] Немає результатів
    [one] { $shown } результат
    [few] { $shown } результати
    [many] { $shown } результатів
   *[other] { $shown } результату
}
results-show-map = Показати на мапі
search-failed = Пошук не вдався.
filters-title = Фільтри
filters-active = { $count ->
    [one] { $shown } фільтр увімкнено
    [few] { $shown } фільтри увімкнено
    [many] { $shown } фільтрів увімкнено
   *[other] { $shown } фільтра увімкнено
}
filter-open-now = Відчинено зараз
filter-free = Безкоштовно
filter-no-documents = Документи не потрібні
filter-area = Тема
filter-target-group = Для кого
filter-language = Мова спілкування
filter-any-language = Будь-яка мова
filter-territory = Регіон
filter-all-italy = Уся Італія
filter-radius = У межах
filter-radius-any = будь-яка відстань
filter-clear = Скинути всі фільтри
filter-kind = Показати
filter-kind-service = Послуги
filter-kind-learning_resource = Курси
filter-kind-organization = Асоціації
row-kind-service = Послуга
row-kind-learning_resource = Курс
row-kind-organization = Асоціація
results-mentions = Тут ваші слова є лише в описі:
sort-label = Упорядкувати за
sort-distance = відстанню
sort-relevance = відповідністю
distance-m = { $m } м
distance-km = { $km } км
distance-about = приблизно { $distance }
distance-in-comune = у { $comune }
languages-spoken = Мови спілкування
badge-free = Безкоштовно
badge-no-documents = Документи не потрібні
badge-sample = Приклад
sample-explained = Приклад запису: створений, щоб показати, як працює застосунок. Це не справжня послуга.
open-now = Відчинено зараз
closed-now = Зачинено зараз
hours-unknown = Години роботи невідомі: спершу зателефонуйте

## Немає результатів
empty-title = Нічого не знайдено
empty-check-words = Перевірте написання або використайте менше слів чи простіші слова.
empty-widen = Шукати в межах { $distance }
empty-any-distance = Шукати на будь-якій відстані
empty-drop-filter = Прибрати фільтр: { $filter }
empty-helpline = Безкоштовна гаряча лінія допоможе вам знайти послугу.
empty-area-none-title = У застосунку поки немає записів за темою «{ $area }»
empty-area-none = Застосунок містить офіційні відкриті дані: курси італійської в CPIA, державні школи та лікарні. Записи порталу за цією темою ще не опубліковані; вони зʼявляться разом з оновленнями.

## Сторінки
pager-label = Сторінки
pager-previous = Попередня
pager-next = Наступна
pager-page = Сторінка { $page } з { $pages }

## Мапа
map-title = Мапа результатів
map-pins = { $count ->
    [one] { $shown } місце на мапі
    [few] { $shown } місця на мапі
    [many] { $shown } місць на мапі
   *[other] { $shown } місця на мапі
}
map-zoom-region = Наблизити до регіону
map-zoom-province = Наблизити до провінції
map-whole-region = Увесь регіон
map-attribution = Межі: ISTAT, Openpolis (CC BY 4.0). Мапа працює без інтернету.

## Картка послуги
card-description = Що пропонує
card-contacts = Де і як звʼязатися
card-directions = Як дістатися
card-osm = Відкрити в OpenStreetMap
card-call = Зателефонувати
card-no-phone = У джерелі немає номера телефону цього місця. Безкоштовна гаряча лінія може вам допомогти:
card-hours = Години роботи
card-details = Подробиці
card-documents = Які документи взяти з собою
card-no-documents = Документи не потрібні
card-not-stated = Не вказано
card-cost = Вартість
card-paid = Платно
card-eligibility = Хто може скористатися
card-how-to-apply = Як отримати послугу
card-target-groups = Для кого
card-service-area = Територія обслуговування
card-verified = Остання перевірка
card-qr = QR-код цієї картки
card-qr-hint = Відскануйте його телефоном, щоб зберегти адресу, телефон і години роботи.
card-save = Зберегти
card-unsave = Прибрати зі збережених
card-report-correction = Повідомити про виправлення
card-updated = Запис оновлено { $date }
card-source = Джерело: { $publisher }, «{ $dataset }», дані { $date }, ліцензія { $licence }
card-source-portal = Джерело: Portale Integrazione Migranti (його редакція та представники регіонів)
card-source-geonames = розташування поштових індексів (CAP): { $attribution }
card-position-comune = Приблизне розташування: на мапі показано центр громади { $comune }, а не будівлю. Перевірте адресу, перш ніж іти.
card-position-postcode = Приблизне розташування: на мапі показано зону поштового індексу (CAP) { $postcode } у { $comune }, а не будівлю. Перевірте адресу, перш ніж іти.
kind-title = Що це за місце
kind-cpia-site = CPIA (провінційний центр освіти дорослих) — це державна школа для дорослих. Тут дорослі будь-якої національності віком від 16 років вивчають італійську з перших кроків до рівня A2 і можуть отримати італійське свідоцтво про базову середню освіту (licenza media). Запитайте в цьому відділенні або в секретаріаті CPIA, коли починаються курси і як записатися.
kind-school-infanzia = Державний дитячий садок (scuola dell'infanzia) для дітей від 3 до 6 років. Відвідувати його не обовʼязково.
kind-school-primaria = Державна початкова школа (scuola primaria) для дітей від 6 до 11 років. Навчання в школі обовʼязкове для всіх дітей від 6 до 16 років.
kind-school-secondaria-1 = Державна базова середня школа (scuola secondaria di primo grado, «scuola media») для дітей від 11 до 14 років. Навчання в школі обовʼязкове для всіх дітей від 6 до 16 років.
kind-school-secondaria-2 = Державна старша середня школа (liceo, технічна або професійна школа) для молоді від 14 до 19 років. Навчання в школі обовʼязкове до 16 років.
kind-school-enrolment = Кожна дитина, яка живе в Італії, може записатися до державної школи в будь-який час року, навіть без посвідки на проживання (permesso di soggiorno): школа не може відмовити їй через це. Щоб записатися, зверніться до секретаріату навчального закладу (segreteria).
kind-adult-secondary = Вечірні курси для дорослих при державній старшій середній школі (програми другого рівня): після них видають диплом. Записатися можуть дорослі, які мають італійське свідоцтво про базову середню освіту (licenza media) або рівноцінний документ про освіту: запитайте в секретаріаті школи.
kind-hospital = Лікарня Національної служби охорони здоровʼя (державна або приватна, прирівняна до державної). У разі надзвичайної ситуації телефонуйте 112. Навіть без посвідки на проживання (permesso di soggiorno) термінову та необхідну медичну допомогу гарантовано (з кодом STP).
kind-private-clinic = Приватна клініка (casa di cura). Деякі працюють у системі Національної служби охорони здоровʼя, інші — лише платно: перш ніж іти, запитайте, чи доведеться вам платити. У разі надзвичайної ситуації телефонуйте 112.
place-kind-cpia-site = CPIA: італійська для дорослих
place-kind-school-infanzia = Дитячий садок
place-kind-school-primaria = Початкова школа
place-kind-school-secondaria-1 = Базова середня школа
place-kind-school-secondaria-2 = Старша середня школа
place-kind-adult-secondary = Вечірня школа для дорослих
place-kind-hospital = Лікарня
place-kind-private-clinic = Приватна клініка
service-not-active = Не діє
italian-fallback = Недоступно вашою мовою: показано італійською.
hours-not-stated = Години роботи не вказані: зателефонуйте, перш ніж іти.
hours-open-until =
    { $when ->
        [today] Відчинено зараз, до { $time }
        [week] Відчинено зараз, зачиниться { hours-weekday-on } о { $time }
       *[later] Відчинено зараз, зачиниться { $date } о { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Зачинено зараз, відчиниться сьогодні о { $time }
        [week] Зачинено зараз, відчиниться { hours-weekday-on } о { $time }
       *[later] Зачинено зараз, відчиниться { $date } о { $time }
    }
hours-closed-day = Зачинено
hours-appointment = за попереднім записом
record-missing = Цього запису більше немає в каталозі.
record-failed = Не вдалося прочитати цей запис.

## Дні та місяці
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = Пʼятниця
weekday-6 = Субота
weekday-7 = Неділя
hours-weekday-on = { $weekday ->
    [monday] в понеділок
    [tuesday] у вівторок
    [wednesday] в середу
    [thursday] в четвер
    [friday] в пʼятницю
    [saturday] в суботу
   *[sunday] в неділю
}
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $day } { $month } { $year }

## Мови, якими розмовляють у службі
spoken-it = Італійська
spoken-en = Англійська
spoken-fr = Французька
spoken-es = Іспанська
spoken-sq = Албанська
spoken-ar = Арабська
spoken-zh = Китайська
spoken-pa = Панджабі
spoken-ru = Російська
spoken-tl = Тагальська
spoken-uk = Українська
spoken-ro = Румунська
spoken-bn = Бенгальська
spoken-ur = Урду
spoken-wo = Волоф
spoken-de = Німецька
spoken-pt = Португальська
spoken-fa = Перська
spoken-ti = Тигринья
spoken-so = Сомалі
spoken-hi = Гінді

## Асоціації
assoc-intro = Асоціації людей з міграційним досвідом, що діють по всій Італії. Будь-хто може повідомити про нову асоціацію або попросити виправлення.
assoc-report-new = Повідомити про нову асоціацію
assoc-search-placeholder = Назва асоціації
assoc-community = Спільнота
assoc-any-community = Будь-яка спільнота
assoc-community-other = Інша спільнота або кілька спільнот
assoc-region = Регіон
assoc-activities = Діяльність
assoc-any-activity = Будь-яка діяльність
assoc-count = { $count ->
    [0] Асоціацій не знайдено
    [one] { $shown } асоціація
    [few] { $shown } асоціації
    [many] { $shown } асоціацій
   *[other] { $shown } асоціації
}
assoc-ask-change = Попросити виправлення або видалення
assoc-change-correction = Щось неправильно або бракує
assoc-change-removal = Асоціації більше не існує: видаліть її
assoc-new-intro = Розкажіть нам про асоціацію, якої ще немає на мапі. Редактори перевіряють кожне повідомлення перед публікацією.
assoc-name = Назва асоціації
assoc-comune = Місто або громада (comune)
assoc-comune-match = Розпізнано: { $place }
assoc-description = Чим займається (необовʼязково)

## Форми
correction-title = Повідомити про виправлення
correction-message = Що потрібно виправити?
correction-message-hint = Наприклад: змінився номер телефону, нові години роботи, офіс переїхав.
form-email = Ел. пошта
form-email-optional = Ваша ел. пошта, якщо хочете отримати відповідь (необовʼязково)
form-phone = Телефон
form-website = Вебсайт
form-submit = Надіслати
form-offline-note = Це працює без інтернету: ваше повідомлення чекає на цьому пристрої й буде надіслане, коли зʼявиться звʼязок.
form-saved-outbox = Збережено. Буде надіслано, коли пристрій підключиться до інтернету.
form-save-failed = Не вдалося зберегти ваше повідомлення.
form-error-required = Це поле обовʼязкове.
form-error-too-long = { $max ->
    [one] Занадто довго: щонайбільше { $max } символ.
    [few] Занадто довго: щонайбільше { $max } символи.
    [many] Занадто довго: щонайбільше { $max } символів.
   *[other] Занадто довго: щонайбільше { $max } символу.
}
form-error-too-short = { $max ->
    [one] Занадто коротко: щонайменше { $max } символ.
    [few] Занадто коротко: щонайменше { $max } символи.
    [many] Занадто коротко: щонайменше { $max } символів.
   *[other] Занадто коротко: щонайменше { $max } символу.
}
form-error-control = Містить символи, які не можна використовувати.
form-error-email = Це неправильна адреса ел. пошти.
form-error-phone = Це неправильний номер телефону.
form-error-url = Це неправильна вебадреса (вона починається з https://).
form-error-comune = Цю громаду (comune) не розпізнано.
form-error-contact = Вкажіть хоча б один спосіб звʼязатися з асоціацією: ел. пошту, телефон або вебсайт.
service-report-new = Повідомити про послугу
service-report-intro = Ви знаєте офіс, курс або послугу для іноземців, яких немає в застосунку? Розкажіть нам. Редактори перевіряють кожне повідомлення перед публікацією.
service-report-name = Назва послуги або офісу
service-report-comune = Громада (comune), де це розташовано
service-report-area = Тема
service-report-what = Що пропонує і для кого?
service-report-what-hint = Наприклад: безкоштовний курс італійської по вівторках і четвергах увечері, для дорослих.
service-report-address = Адреса (необовʼязково)

## Вихідні
outbox-title = Повідомлення до надсилання
outbox-intro = Повідомлення, зроблені на цьому пристрої. Їх надсилають редакторам порталу, коли пристрій підключений до інтернету.
outbox-empty = Нічого не чекає на надсилання.
outbox-open = Відкрити
outbox-pending = { $count ->
    [0] Нічого не чекає на надсилання
    [one] { $shown } повідомлення чекає на надсилання
    [few] { $shown } повідомлення чекають на надсилання
    [many] { $shown } повідомлень чекають на надсилання
   *[other] { $shown } повідомлення чекає на надсилання
}
outbox-state-pending = Чекає на надсилання
outbox-attempts = { $count ->
    [one] Поки що { $count } спроба
    [few] Поки що { $count } спроби
    [many] Поки що { $count } спроб
   *[other] Поки що { $count } спроби
}
outbox-kind-correction = Виправлення до послуги
outbox-kind-new_association = Нова асоціація
outbox-kind-association_correction = Виправлення до асоціації
outbox-kind-association_removal = Видалення асоціації
outbox-kind-new_service = Нова послуга

## Вивчати італійську
learn-intro = Курси італійської в державних школах для дорослих (CPIA), онлайн-курси, застосунки та книжки.
learn-cpia-near = Курси італійської в CPIA поруч із вами
learn-level = Рівень
learn-any-level = Будь-який рівень
learn-kind = Вид
learn-any-kind = Будь-який вид
learn-levels-explained = Рівні відповідають Загальноєвропейським рекомендаціям: A1 і A2 — початківці, B1 і B2 — незалежні користувачі.
learn-count = { $count ->
    [0] Нічого не знайдено
    [one] { $shown } ресурс
    [few] { $shown } ресурси
    [many] { $shown } ресурсів
   *[other] { $shown } ресурсу
}
learn-offline = Працює без інтернету
learn-taught-in = Мова навчання

## Звіти та новини
reports-intro = Короткі підсумки щорічних звітів про основні іноземні спільноти в Італії та про ринок праці. Кожен із них можна прочитати будь-якою мовою застосунку.
reports-labour = Ринок праці
reports-communities = Спільноти
report-read-in = Читати мовою
news-none = Новин немає.

## Допомога
help-helpline-title = Безкоштовна гаряча лінія 803.001
help-helpline-body = Інформація про послуги для іноземців кількома мовами. Безкоштовно зі стаціонарних і мобільних телефонів.
help-protection-title = Міжнародний захист (притулок)
help-protection-body = Якщо ви боїтеся повертатися до своєї країни, ви можете попросити міжнародний захист. Заяву подають у поліції (Questura) або на кордоні, і це безкоштовно.
help-protection-where = Служби можуть допомогти вам підготувати заяву та знайти юридичну консультацію.
help-qualifications-title = Визнання документів про освіту і кваліфікацію
help-qualifications-body = Атестат, диплом або професію, здобуті за кордоном, можна визнати в Італії для навчання чи роботи.
help-qualifications-where = Центри зайнятості та CPIA пояснюють, яка установа відповідальна і які документи потрібні.
help-find-services = Знайти послуги
help-emergency-title = Надзвичайні ситуації
help-emergency-body = У разі небезпеки або невідкладного медичного стану телефонуйте 112 у будь-який час, безкоштовно.
help-privacy-link = Приватність і джерела

## Налаштування та про застосунок
settings-language = Мова
settings-data = Дані на цьому пристрої
settings-count-services = { $count ->
    [one] { $shown } послуга
    [few] { $shown } послуги
    [many] { $shown } послуг
   *[other] { $shown } послуги
}
settings-count-associations = { $count ->
    [one] { $shown } асоціація
    [few] { $shown } асоціації
    [many] { $shown } асоціацій
   *[other] { $shown } асоціації
}
settings-count-learning = { $count ->
    [one] { $shown } навчальний ресурс
    [few] { $shown } навчальні ресурси
    [many] { $shown } навчальних ресурсів
   *[other] { $shown } навчального ресурсу
}
settings-offline = Усе, що тут показано, зберігається на цьому пристрої і працює без інтернету.
privacy-title = Приватність
privacy-body = Ваше місце, ваші пошуки та те, що ви зберігаєте, ніколи не залишають цей пристрій. У застосунку немає аналітики й реклами.
privacy-submissions = Лише повідомлення, які ви вирішили надіслати (виправлення, нові асоціації), потрапляють до редакторів порталу — разом з ел. поштою, якщо ви її вказали.
sources-title = Джерела та ліцензії
sources-istat = Перелік громад (comuni): ISTAT (Національний інститут статистики Італії), CC BY 4.0.
sources-openpolis = Координати та межі: Openpolis, на основі даних ISTAT, CC BY 4.0.
sources-official = Записи: { $publisher }, «{ $dataset }» ({ $date }), ліцензія { $licence }.
sources-geonames = Розташування поштових індексів (CAP): { $attribution }.
sources-fonts = Шрифти: Noto (Google), SIL Open Font License 1.1.
sources-sample = Послуги, асоціації та курси, які зараз показано, — це згенеровані приклади даних, розміщені в реальних громадах; вони позначені як «Приклад».
sources-app = Integra, застосунок Portale Integrazione Migranti, — вільне програмне забезпечення (EUPL 1.2).

## Оновлення (підписана стрічка)
sync-title = Оновлення
sync-origin = Дані
sync-origin-local = Підготовлено на цьому пристрої
sync-publication = Випуск
sync-publication-value = номер { $seq }, { $date }
sync-last-check = Остання перевірка
sync-never = ніколи
sync-last-problem = Остання проблема
sync-update-now = Оновити зараз
sync-not-configured = Ця копія застосунку не має адреси для оновлень: вона використовує дані, з якими її встановлено.
sync-sideload = Завантажити оновлення з папки або з USB-флешки
sync-sideload-hint = Скопіюйте файли оновлення (manifest.json і його папки) на USB-флешку, потім вкажіть тут папку. Їх перевіряють так само, як під час завантаження з інтернету.
sync-sideload-button = Завантажити з папки
sync-phase-checking = Перевіряємо наявність оновлень…
sync-phase-downloading = Завантажуємо…
sync-phase-verifying = Перевіряємо файли…
sync-phase-applying = Зберігаємо нові дані…
sync-phase-done = Готово
sync-updated = Дані оновлено до випуску { $seq }.
sync-up-to-date = Дані актуальні.
sync-error-network = Немає звʼязку із сервером оновлень. Ваші дані залишилися без змін; спробу буде повторено пізніше.
sync-error-signature = Не вдалося перевірити справжність оновлення; ваші дані залишилися без змін.
sync-error-expired = Запропоноване оновлення застаріло; ваші дані залишилися без змін.
sync-error-rollback = Запропоноване оновлення старіше за ваші дані; ваші дані залишилися без змін.
sync-error-app-too-old = Для цього оновлення потрібна новіша версія застосунку; ваші дані залишилися без змін.
sync-error-corrupt = Файли оновлення пошкоджені; ваші дані залишилися без змін.
sync-error-no-feed = У цьому місці оновлення не знайдено; ваші дані залишилися без змін.
sync-error-storage = Не вдалося зберегти нові дані на цьому пристрої; ваші дані залишилися без змін.
outbox-state-rejected = Відхилено редакторами
outbox-send-now = Надіслати зараз
outbox-sent = { $count ->
    [0] Зараз нічого не вдалося надіслати: спробу буде повторено пізніше.
    [one] Надіслано { $shown } повідомлення.
    [few] Надіслано { $shown } повідомлення.
    [many] Надіслано { $shown } повідомлень.
   *[other] Надіслано { $shown } повідомлення.
}
sent-title = Надіслані повідомлення
sent-intro = Що вирішила редакція щодо повідомлень, надісланих із цього пристрою.
sent-state-received = Отримано, очікує рішення редакції
sent-state-accepted = Прийнято
sent-state-rejected = Не прийнято
sent-reason = Причина: { $reason }
sent-clear = Очистити список
