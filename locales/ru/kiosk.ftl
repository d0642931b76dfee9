# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Вы ещё здесь?
kiosk-restarting = Перезапуск через { $seconds } с
kiosk-continue = Продолжить
kiosk-admin-title = Администрирование окна приёма
kiosk-pin-label = PIN-код администратора
kiosk-unlock = Разблокировать
kiosk-pin-wrong = { $left ->
    [one] Неверный PIN-код. До паузы осталась { $left } попытка.
    [few] Неверный PIN-код. До паузы остались { $left } попытки.
    [many] Неверный PIN-код. До паузы осталось { $left } попыток.
   *[other] Неверный PIN-код. До паузы осталось { $left } попытки.
}
kiosk-pin-locked = Слишком много неверных PIN-кодов. Повторите через { $seconds } с.
kiosk-pin-not-set = На этом киоске не задан PIN-код администратора: его можно задать только с компьютера (integra --set-kiosk-pin).
kiosk-comune-label = Коммуна окна приёма (код ISTAT)
kiosk-idle-label = Перезапуск после стольких секунд без использования
kiosk-new-pin-label = Новый PIN-код администратора (4–12 цифр)
kiosk-save = Сохранить
kiosk-saved = Сохранено.
kiosk-invalid = Одно из значений неверно: для него ничего не изменено.
kiosk-lock = Заблокировать
kiosk-exit = Закрыть приложение
kiosk-sent-title = Отправлено, спасибо
kiosk-sent-body = Отправленное будет доставлено, когда устройство выйдет в сеть. Ничего другого из того, что вы здесь делали, не сохраняется.
kiosk-sent-home = Вернуться в начало
print-card = Распечатать эту карточку
shortlist-add = Добавить в список
shortlist-remove = Убрать из списка
shortlist-open = Список ({ $count })
shortlist-title = Список для человека, которому вы помогаете
shortlist-hint = Хранится, только пока вы его не очистите или не закончится сеанс. Имя никогда не запрашивается и не сохраняется.
shortlist-empty = Список пуст. Добавьте услуги из результатов или из карточки услуги.
shortlist-clear = Очистить список
shortlist-sheet = Направление
mediator-title = Режим посредника
mediator-toggle = Режим посредника: список услуг для человека передо мной и лист для печати
referral-title = Направление
referral-client-lang = Язык человека
referral-print = Распечатать
referral-date = Дата: { $date }
referral-helpline = Бесплатная горячая линия
referral-phone = Телефон
referral-address = Адрес
