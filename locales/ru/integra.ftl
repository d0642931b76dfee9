# Integra — Русский. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## Приложение и его языки
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Русский
picker-title = Выберите язык

## Действия
action-back = Назад
action-dismiss = Закрыть
action-search = Искать
action-open-card = Открыть карточку

## Уведомления
notice-catalog-built = Каталог подготовлен на этом устройстве из данных, поставляемых с приложением, за { $seconds } с. Он работает без интернета.
notice-catalog-rebuilt = Файл каталога на этом устройстве был повреждён, поэтому его отложили и подготовили заново из данных, поставляемых с приложением. Ваши настройки и сообщения, ожидающие отправки, сохранены.

## Главная
search-label = Что вы ищете?
search-placeholder = напр. курс итальянского, врач, жильё, работа
home-areas = Услуги по темам
home-more = Ещё
nav-associations = Ассоциации мигрантов
nav-learn = Учить итальянский
nav-reports = Отчёты о диаспорах и работе
nav-news = Новости
nav-help = Помощь и горячая линия
nav-settings = Настройки и информация
helpline-short = Есть вопросы? Позвоните на бесплатную горячую линию.
helpline-call = Позвонить { $number }
data-status = { $source } · { $count ->
    [one] { $services } услуга
    [few] { $services } услуги
    [many] { $services } услуг
   *[other] { $services } услуги
} · обновлено { $date } · работает без интернета
data-sample = Пример данных
data-official = Официальные данные

## Место
place-label = Место:
place-none = выберите место
place-near = рядом: { $place }
place-title = Где вы находитесь?
place-privacy = Ваше место остаётся на этом устройстве. Оно нужно только для того, чтобы сортировать услуги по расстоянию.
place-search-label = Город или коммуна (comune)
place-placeholder = напр. Prato
place-no-match = Такая коммуна не найдена. Проверьте написание или попробуйте соседний город.
place-use-position = Использовать моё местоположение
place-locating = Определяем ваше местоположение…
place-position-unavailable = Ваше местоположение недоступно. Выберите город.
place-forget = Забыть моё место

## Результаты
results-count = { $count ->
    [0] Нет результатов
    [one] { $shown } результат
    [few] { $shown } результата
    [many] { $shown } результатов
   *[other] { $shown } результата
}
results-show-map = Показать на карте
search-failed = Поиск не удался.
filters-title = Фильтры
filters-active = { $count ->
    [one] { $shown } фильтр включён
    [few] { $shown } фильтра включено
    [many] { $shown } фильтров включено
   *[other] { $shown } фильтра включено
}
filter-open-now = Открыто сейчас
filter-free = Бесплатно
filter-no-documents = Документы не нужны
filter-area = Тема
filter-target-group = Для кого
filter-language = Язык общения
filter-any-language = Любой язык
filter-territory = Регион
filter-all-italy = Вся Италия
filter-radius = В пределах
filter-radius-any = любое расстояние
filter-clear = Сбросить все фильтры
filter-kind = Показать
filter-kind-service = Услуги
filter-kind-learning_resource = Курсы
filter-kind-organization = Ассоциации
row-kind-service = Услуга
row-kind-learning_resource = Курс
row-kind-organization = Ассоциация
results-mentions = Здесь ваши слова есть только в описании:
sort-label = Сортировать по
sort-distance = расстоянию
sort-relevance = соответствию
distance-m = { $m } м
distance-km = { $km } км
distance-about = примерно { $distance }
distance-in-comune = в { $comune }
languages-spoken = Языки общения
badge-free = Бесплатно
badge-no-documents = Документы не нужны
badge-sample = Пример
sample-explained = Пример записи: создан, чтобы показать, как работает приложение. Это не настоящая услуга.
open-now = Открыто сейчас
closed-now = Закрыто сейчас
hours-unknown = Часы работы неизвестны: сначала позвоните

## Нет результатов
empty-title = Ничего не найдено
empty-check-words = Проверьте написание или используйте меньше слов или более простые слова.
empty-widen = Искать в пределах { $distance }
empty-any-distance = Искать на любом расстоянии
empty-drop-filter = Убрать фильтр: { $filter }
empty-helpline = Бесплатная горячая линия поможет вам найти услугу.
empty-area-none-title = В приложении пока нет записей по теме «{ $area }»
empty-area-none = Приложение содержит официальные открытые данные: курсы итальянского в CPIA, государственные школы и больницы. Записи портала по этой теме пока не опубликованы; они появятся вместе с обновлениями.

## Страницы
pager-label = Страницы
pager-previous = Предыдущая
pager-next = Следующая
pager-page = Страница { $page } из { $pages }

## Карта
map-title = Карта результатов
map-pins = { $count ->
    [one] { $shown } место на карте
    [few] { $shown } места на карте
    [many] { $shown } мест на карте
   *[other] { $shown } места на карте
}
map-zoom-region = Приблизить к региону
map-zoom-province = Приблизить к провинции
map-whole-region = Весь регион
map-attribution = Границы: ISTAT, Openpolis (CC BY 4.0). Карта работает без интернета.

## Карточка услуги
card-description = Что предлагает
card-contacts = Где и как связаться
card-directions = Как добраться
card-osm = Открыть в OpenStreetMap
card-call = Позвонить
card-no-phone = В источнике нет номера телефона этого места. Бесплатная горячая линия может вам помочь:
card-hours = Часы работы
card-details = Подробности
card-documents = Какие документы взять с собой
card-no-documents = Документы не нужны
card-not-stated = Не указано
card-cost = Стоимость
card-paid = Платно
card-eligibility = Кто может воспользоваться
card-how-to-apply = Как получить услугу
card-target-groups = Для кого
card-service-area = Территория обслуживания
card-verified = Последняя проверка
card-qr = QR-код этой карточки
card-qr-hint = Отсканируйте его телефоном, чтобы сохранить адрес, телефон и часы работы.
card-save = Сохранить
card-unsave = Убрать из сохранённых
card-report-correction = Сообщить об исправлении
card-updated = Запись обновлена { $date }
card-source = Источник: { $publisher }, «{ $dataset }», данные { $date }, лицензия { $licence }
card-source-portal = Источник: Portale Integrazione Migranti (его редакция и представители регионов)
card-source-geonames = местоположение почтовых индексов (CAP): { $attribution }
card-position-comune = Примерное местоположение: на карте показан центр коммуны { $comune }, а не здание. Проверьте адрес, прежде чем идти.
card-position-postcode = Примерное местоположение: на карте показана зона почтового индекса (CAP) { $postcode } в { $comune }, а не здание. Проверьте адрес, прежде чем идти.
kind-title = Что это за место
kind-cpia-site = CPIA (провинциальный центр обучения взрослых) — это государственная школа для взрослых. Здесь взрослые любой национальности с 16 лет изучают итальянский с самых азов до уровня A2 и могут получить итальянский аттестат о базовом среднем образовании (licenza media). Узнайте в этом отделении или в секретариате CPIA, когда начинаются курсы и как записаться.
kind-school-infanzia = Государственный детский сад (scuola dell'infanzia) для детей от 3 до 6 лет. Посещать его не обязательно.
kind-school-primaria = Государственная начальная школа (scuola primaria) для детей от 6 до 11 лет. Учёба в школе обязательна для всех детей от 6 до 16 лет.
kind-school-secondaria-1 = Государственная основная средняя школа (scuola secondaria di primo grado, «scuola media») для детей от 11 до 14 лет. Учёба в школе обязательна для всех детей от 6 до 16 лет.
kind-school-secondaria-2 = Государственная старшая средняя школа (liceo, техническая или профессиональная школа) для молодёжи от 14 до 19 лет. Учёба в школе обязательна до 16 лет.
kind-school-enrolment = Любой несовершеннолетний, который живёт в Италии, может записаться в государственную школу в любое время года, даже без вида на жительство (permesso di soggiorno): школа не может отказать ему по этой причине. Для записи обращайтесь в секретариат школы (segreteria).
kind-adult-secondary = Вечерние курсы для взрослых при государственной старшей средней школе (программы второго уровня): по их окончании выдаётся диплом. Записаться могут взрослые, у которых есть итальянский аттестат о базовом среднем образовании (licenza media) или равноценный документ об образовании: узнайте в секретариате школы.
kind-hospital = Больница Национальной службы здравоохранения (государственная или частная, приравненная к государственной). В экстренной ситуации звоните 112. Даже без вида на жительство (permesso di soggiorno) срочная и необходимая медицинская помощь гарантирована (с кодом STP).
kind-private-clinic = Частная клиника (casa di cura). Некоторые работают в системе Национальной службы здравоохранения, другие — только платно: прежде чем идти, спросите, придётся ли вам платить. В экстренной ситуации звоните 112.
place-kind-cpia-site = CPIA: итальянский для взрослых
place-kind-school-infanzia = Детский сад
place-kind-school-primaria = Начальная школа
place-kind-school-secondaria-1 = Основная средняя школа
place-kind-school-secondaria-2 = Старшая средняя школа
place-kind-adult-secondary = Вечерняя школа для взрослых
place-kind-hospital = Больница
place-kind-private-clinic = Частная клиника
service-not-active = Не действует
italian-fallback = Недоступно на вашем языке: показано на итальянском.
hours-not-stated = Часы работы не указаны: позвоните, прежде чем идти.
hours-open-until =
    { $when ->
        [today] Открыто сейчас, до { $time }
        [week] Открыто сейчас, закроется { hours-weekday-on } в { $time }
       *[later] Открыто сейчас, закроется { $date } в { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Закрыто сейчас, откроется сегодня в { $time }
        [week] Закрыто сейчас, откроется { hours-weekday-on } в { $time }
       *[later] Закрыто сейчас, откроется { $date } в { $time }
    }
hours-closed-day = Закрыто
hours-appointment = по предварительной записи
record-missing = Этой записи больше нет в каталоге.
record-failed = Не удалось прочитать эту запись.

## Дни и месяцы
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье
hours-weekday-on = { $weekday ->
    [monday] в понедельник
    [tuesday] во вторник
    [wednesday] в среду
    [thursday] в четверг
    [friday] в пятницу
    [saturday] в субботу
   *[sunday] в воскресенье
}
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-long = { $day } { $month } { $year }

## Языки, на которых говорят в службе
spoken-it = Итальянский
spoken-en = Английский
spoken-fr = Французский
spoken-es = Испанский
spoken-sq = Албанский
spoken-ar = Арабский
spoken-zh = Китайский
spoken-pa = Панджаби
spoken-ru = Русский
spoken-tl = Тагальский
spoken-uk = Украинский
spoken-ro = Румынский
spoken-bn = Бенгальский
spoken-ur = Урду
spoken-wo = Волоф
spoken-de = Немецкий
spoken-pt = Португальский
spoken-fa = Персидский
spoken-ti = Тигринья
spoken-so = Сомали
spoken-hi = Хинди

## Ассоциации
assoc-intro = Ассоциации людей с миграционным опытом, действующие по всей Италии. Любой может сообщить о новой ассоциации или попросить исправление.
assoc-report-new = Сообщить о новой ассоциации
assoc-search-placeholder = Название ассоциации
assoc-community = Диаспора
assoc-any-community = Любая диаспора
assoc-community-other = Другая диаспора или несколько диаспор
assoc-region = Регион
assoc-activities = Деятельность
assoc-any-activity = Любая деятельность
assoc-count = { $count ->
    [0] Ассоциации не найдены
    [one] { $shown } ассоциация
    [few] { $shown } ассоциации
    [many] { $shown } ассоциаций
   *[other] { $shown } ассоциации
}
assoc-ask-change = Попросить исправление или удаление
assoc-change-correction = Что-то неверно или отсутствует
assoc-change-removal = Ассоциация больше не существует: удалите её
assoc-new-intro = Расскажите нам об ассоциации, которой ещё нет на карте. Редакторы проверяют каждое сообщение перед публикацией.
assoc-name = Название ассоциации
assoc-comune = Город или коммуна (comune)
assoc-comune-match = Распознано: { $place }
assoc-description = Чем занимается (необязательно)

## Формы
correction-title = Сообщить об исправлении
correction-message = Что нужно исправить?
correction-message-hint = Например: изменился номер телефона, новые часы работы, офис переехал.
form-email = Эл. почта
form-email-optional = Ваша эл. почта, если хотите получить ответ (необязательно)
form-phone = Телефон
form-website = Сайт
form-submit = Отправить
form-offline-note = Это работает без интернета: ваше сообщение ждёт на этом устройстве и будет отправлено, когда появится связь.
form-saved-outbox = Сохранено. Будет отправлено, когда устройство подключится к интернету.
form-save-failed = Не удалось сохранить ваше сообщение.
form-error-required = Это поле обязательно.
form-error-too-long = { $max ->
    [one] Слишком длинно: не более { $max } символа.
    [few] Слишком длинно: не более { $max } символов.
    [many] Слишком длинно: не более { $max } символов.
   *[other] Слишком длинно: не более { $max } символа.
}
form-error-too-short = { $max ->
    [one] Слишком коротко: не менее { $max } символа.
    [few] Слишком коротко: не менее { $max } символов.
    [many] Слишком коротко: не менее { $max } символов.
   *[other] Слишком коротко: не менее { $max } символа.
}
form-error-control = Содержит символы, которые нельзя использовать.
form-error-email = Это неправильный адрес эл. почты.
form-error-phone = Это неправильный номер телефона.
form-error-url = Это неправильный веб-адрес (он начинается с https://).
form-error-comune = Эта коммуна (comune) не распознана.
form-error-contact = Укажите хотя бы один способ связаться с ассоциацией: эл. почту, телефон или сайт.
service-report-new = Сообщить об услуге
service-report-intro = Вы знаете офис, курс или услугу для иностранцев, которых нет в приложении? Расскажите нам. Редакторы проверяют каждое сообщение перед публикацией.
service-report-name = Название услуги или офиса
service-report-comune = Коммуна (comune), где это находится
service-report-area = Тема
service-report-what = Что предлагает и для кого?
service-report-what-hint = Например: бесплатный курс итальянского по вторникам и четвергам вечером, для взрослых.
service-report-address = Адрес (необязательно)

## Исходящие
outbox-title = Сообщения для отправки
outbox-intro = Сообщения, сделанные на этом устройстве. Они отправляются редакторам портала, когда устройство подключено к интернету.
outbox-empty = Нет сообщений, ожидающих отправки.
outbox-open = Открыть
outbox-pending = { $count ->
    [0] Нет сообщений, ожидающих отправки
    [one] { $shown } сообщение ожидает отправки
    [few] { $shown } сообщения ожидают отправки
    [many] { $shown } сообщений ожидают отправки
   *[other] { $shown } сообщения ожидают отправки
}
outbox-state-pending = Ожидает отправки
outbox-attempts = { $count ->
    [one] Пока { $count } попытка
    [few] Пока { $count } попытки
    [many] Пока { $count } попыток
   *[other] Пока { $count } попытки
}
outbox-kind-correction = Исправление к услуге
outbox-kind-new_association = Новая ассоциация
outbox-kind-association_correction = Исправление к ассоциации
outbox-kind-association_removal = Удаление ассоциации
outbox-kind-new_service = Новая услуга

## Учить итальянский
learn-intro = Курсы итальянского в государственных школах для взрослых (CPIA), онлайн-курсы, приложения и книги.
learn-cpia-near = Курсы итальянского в CPIA рядом с вами
learn-level = Уровень
learn-any-level = Любой уровень
learn-kind = Вид
learn-any-kind = Любой вид
learn-levels-explained = Уровни соответствуют общеевропейской шкале: A1 и A2 — начинающие, B1 и B2 — самостоятельные пользователи.
learn-count = { $count ->
    [0] Ничего не найдено
    [one] { $shown } ресурс
    [few] { $shown } ресурса
    [many] { $shown } ресурсов
   *[other] { $shown } ресурса
}
learn-offline = Работает без интернета
learn-taught-in = Язык обучения

## Отчёты и новости
reports-intro = Краткие итоги ежегодных отчётов об основных иностранных диаспорах в Италии и о рынке труда. Каждый из них можно прочитать на любом языке приложения.
reports-labour = Рынок труда
reports-communities = Диаспоры
report-read-in = Читать на языке
news-none = Новостей нет.

## Помощь
help-helpline-title = Бесплатная горячая линия 803.001
help-helpline-body = Информация об услугах для иностранцев на нескольких языках. Бесплатно со стационарных и мобильных телефонов.
help-protection-title = Международная защита (убежище)
help-protection-body = Если вы боитесь возвращаться в свою страну, вы можете попросить международную защиту. Заявление подают в полиции (Questura) или на границе, и это бесплатно.
help-protection-where = Службы могут помочь вам подготовить заявление и найти юридическую консультацию.
help-qualifications-title = Признание документов об образовании и квалификации
help-qualifications-body = Аттестат, диплом или профессию, полученные за границей, можно признать в Италии для учёбы или работы.
help-qualifications-where = Центры занятости и CPIA объясняют, какое ведомство отвечает за это и какие документы нужны.
help-find-services = Найти услуги
help-emergency-title = Экстренные ситуации
help-emergency-body = При опасности или неотложной медицинской ситуации звоните 112 в любое время, бесплатно.
help-privacy-link = Конфиденциальность и источники

## Настройки и о приложении
settings-language = Язык
settings-data = Данные на этом устройстве
settings-count-services = { $count ->
    [one] { $shown } услуга
    [few] { $shown } услуги
    [many] { $shown } услуг
   *[other] { $shown } услуги
}
settings-count-associations = { $count ->
    [one] { $shown } ассоциация
    [few] { $shown } ассоциации
    [many] { $shown } ассоциаций
   *[other] { $shown } ассоциации
}
settings-count-learning = { $count ->
    [one] { $shown } учебный ресурс
    [few] { $shown } учебных ресурса
    [many] { $shown } учебных ресурсов
   *[other] { $shown } учебного ресурса
}
settings-offline = Всё, что здесь показано, хранится на этом устройстве и работает без интернета.
privacy-title = Конфиденциальность
privacy-body = Ваше место, ваши поиски и то, что вы сохраняете, никогда не покидают это устройство. В приложении нет аналитики и рекламы.
privacy-submissions = Только сообщения, которые вы решили отправить (исправления, новые ассоциации), попадают к редакторам портала — вместе с эл. почтой, если вы её указали.
sources-title = Источники и лицензии
sources-istat = Список коммун (comuni): ISTAT (Национальный институт статистики Италии), CC BY 4.0.
sources-openpolis = Координаты и границы: Openpolis, на основе данных ISTAT, CC BY 4.0.
sources-official = Записи: { $publisher }, «{ $dataset }» ({ $date }), лицензия { $licence }.
sources-geonames = Местоположение почтовых индексов (CAP): { $attribution }.
sources-fonts = Шрифты: Noto (Google), SIL Open Font License 1.1.
sources-sample = Услуги, ассоциации и курсы, которые сейчас показаны, — это сгенерированные примеры данных, размещённые в реальных коммунах; они помечены как «Пример».
sources-app = Integra, приложение Portale Integrazione Migranti, — свободное программное обеспечение (EUPL 1.2).

## Обновления (подписанная лента)
sync-title = Обновления
sync-origin = Данные
sync-origin-local = Подготовлены на этом устройстве
sync-publication = Выпуск
sync-publication-value = номер { $seq }, { $date }
sync-last-check = Последняя проверка
sync-never = никогда
sync-last-problem = Последняя проблема
sync-update-now = Обновить сейчас
sync-not-configured = У этой копии приложения нет адреса для обновлений: она использует данные, с которыми была установлена.
sync-sideload = Загрузить обновление из папки или с USB-флешки
sync-sideload-hint = Скопируйте файлы обновления (manifest.json и его папки) на USB-флешку, затем укажите здесь папку. Они проверяются точно так же, как при загрузке из интернета.
sync-sideload-button = Загрузить из папки
sync-phase-checking = Проверяем наличие обновлений…
sync-phase-downloading = Скачиваем…
sync-phase-verifying = Проверяем файлы…
sync-phase-applying = Сохраняем новые данные…
sync-phase-done = Готово
sync-updated = Данные обновлены до выпуска { $seq }.
sync-up-to-date = Данные актуальны.
sync-error-network = Нет связи с сервером обновлений. Ваши данные остались без изменений; попытка будет повторена позже.
sync-error-signature = Не удалось проверить подлинность обновления; ваши данные остались без изменений.
sync-error-expired = Предложенное обновление устарело; ваши данные остались без изменений.
sync-error-rollback = Предложенное обновление старше ваших данных; ваши данные остались без изменений.
sync-error-app-too-old = Для этого обновления нужна более новая версия приложения; ваши данные остались без изменений.
sync-error-corrupt = Файлы обновления повреждены; ваши данные остались без изменений.
sync-error-no-feed = В этом месте обновление не найдено; ваши данные остались без изменений.
sync-error-storage = Не удалось сохранить новые данные на этом устройстве; ваши данные остались без изменений.
outbox-state-rejected = Отклонено редакторами
outbox-send-now = Отправить сейчас
outbox-sent = { $count ->
    [0] Сейчас ничего не удалось отправить: попытка будет повторена позже.
    [one] Отправлено { $shown } сообщение.
    [few] Отправлено { $shown } сообщения.
    [many] Отправлено { $shown } сообщений.
   *[other] Отправлено { $shown } сообщения.
}
sent-title = Отправленные сообщения
sent-intro = Что решила редакция по сообщениям, отправленным с этого устройства.
sent-state-received = Получено, ожидает решения редакции
sent-state-accepted = Принято
sent-state-rejected = Не принято
sent-reason = Причина: { $reason }
sent-clear = Очистить список
