# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Ви ще тут?
kiosk-restarting = Перезапуск за { $seconds } с
kiosk-continue = Продовжити
kiosk-admin-title = Адміністрування віконця прийому
kiosk-pin-label = PIN-код адміністратора
kiosk-unlock = Розблокувати
kiosk-pin-wrong = { $left ->
    [one] Неправильний PIN-код. До паузи залишилася { $left } спроба.
    [few] Неправильний PIN-код. До паузи залишилося { $left } спроби.
    [many] Неправильний PIN-код. До паузи залишилося { $left } спроб.
   *[other] Неправильний PIN-код. До паузи залишилося { $left } спроби.
}
kiosk-pin-locked = Забагато неправильних PIN-кодів. Спробуйте за { $seconds } с.
kiosk-pin-not-set = На цьому кіоску не встановлено PIN-код адміністратора: його можна встановити лише з комп'ютера (integra --set-kiosk-pin).
kiosk-comune-label = Громада віконця прийому (код ISTAT)
kiosk-idle-label = Перезапуск після стількох секунд без використання
kiosk-new-pin-label = Новий PIN-код адміністратора (4–12 цифр)
kiosk-save = Зберегти
kiosk-saved = Збережено.
kiosk-invalid = Одне зі значень неправильне: для нього нічого не змінено.
kiosk-lock = Заблокувати
kiosk-exit = Закрити застосунок
kiosk-sent-title = Надіслано, дякуємо
kiosk-sent-body = Надіслане буде доставлено, коли пристрій буде в мережі. Нічого іншого з того, що ви тут робили, не зберігається.
kiosk-sent-home = Повернутися на початок
print-card = Надрукувати цю картку
shortlist-add = Додати до списку
shortlist-remove = Прибрати зі списку
shortlist-open = Список ({ $count })
shortlist-title = Список для людини, якій ви допомагаєте
shortlist-hint = Зберігається, лише доки ви його не очистите або не закінчиться сеанс. Ім'я ніколи не запитується і не зберігається.
shortlist-empty = Список порожній. Додайте послуги з результатів або з картки послуги.
shortlist-clear = Очистити список
shortlist-sheet = Направлення
mediator-title = Режим посередника
mediator-toggle = Режим посередника: список послуг для людини переді мною та аркуш для друку
referral-title = Направлення
referral-client-lang = Мова людини
referral-print = Надрукувати
referral-date = Дата: { $date }
referral-helpline = Безкоштовна гаряча лінія
referral-phone = Телефон
referral-address = Адреса
