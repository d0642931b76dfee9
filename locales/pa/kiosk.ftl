# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = ਕੀ ਤੁਸੀਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹੋ?
kiosk-restarting = { $seconds } ਸਕਿੰਟ ਵਿੱਚ ਮੁੜ ਸ਼ੁਰੂ
kiosk-continue = ਜਾਰੀ ਰੱਖੋ
kiosk-admin-title = ਕਾਊਂਟਰ ਦਾ ਪ੍ਰਬੰਧ
kiosk-pin-label = ਪ੍ਰਬੰਧਕ PIN
kiosk-unlock = ਤਾਲਾ ਖੋਲ੍ਹੋ
kiosk-pin-wrong = { $left ->
    [one] ਗਲਤ PIN। ਰੁਕਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਹੋਰ ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਹੈ।
   *[other] ਗਲਤ PIN। ਰੁਕਣ ਤੋਂ ਪਹਿਲਾਂ { $left } ਹੋਰ ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ।
}
kiosk-pin-locked = ਬਹੁਤ ਸਾਰੇ ਗਲਤ PIN। { $seconds } ਸਕਿੰਟ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
kiosk-pin-not-set = ਇਸ ਕਿਓਸਕ ਉੱਤੇ ਕੋਈ ਪ੍ਰਬੰਧਕ PIN ਨਹੀਂ ਹੈ: ਇਹ ਸਿਰਫ਼ ਕੰਪਿਊਟਰ ਤੋਂ ਲਗਾਇਆ ਜਾ ਸਕਦਾ ਹੈ (integra --set-kiosk-pin)।
kiosk-comune-label = ਕਾਊਂਟਰ ਦੀ ਨਗਰਪਾਲਿਕਾ (ISTAT ਕੋਡ)
kiosk-idle-label = ਇੰਨੇ ਸਕਿੰਟ ਵਰਤੋਂ ਨਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਮੁੜ ਸ਼ੁਰੂ ਕਰੋ
kiosk-new-pin-label = ਨਵਾਂ ਪ੍ਰਬੰਧਕ PIN (4–12 ਅੰਕ)
kiosk-save = ਸੰਭਾਲੋ
kiosk-saved = ਸੰਭਾਲਿਆ ਗਿਆ।
kiosk-invalid = ਇੱਕ ਮੁੱਲ ਠੀਕ ਨਹੀਂ ਹੈ: ਉਸ ਲਈ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
kiosk-lock = ਤਾਲਾ ਲਾਓ
kiosk-exit = ਐਪ ਬੰਦ ਕਰੋ
kiosk-sent-title = ਭੇਜਿਆ ਗਿਆ, ਧੰਨਵਾਦ
kiosk-sent-body = ਤੁਸੀਂ ਜੋ ਭੇਜਿਆ ਹੈ ਉਹ ਡਿਵਾਈਸ ਦੇ ਔਨਲਾਈਨ ਹੋਣ ਤੇ ਪਹੁੰਚਾਇਆ ਜਾਵੇਗਾ। ਤੁਸੀਂ ਇੱਥੇ ਜੋ ਹੋਰ ਕੀਤਾ ਉਸ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਨਹੀਂ ਰੱਖਿਆ ਜਾਂਦਾ।
kiosk-sent-home = ਸ਼ੁਰੂ ਵੱਲ ਵਾਪਸ
print-card = ਇਹ ਕਾਰਡ ਛਾਪੋ
shortlist-add = ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ
shortlist-remove = ਸੂਚੀ ਵਿੱਚੋਂ ਹਟਾਓ
shortlist-open = ਸੂਚੀ ({ $count })
shortlist-title = ਉਸ ਵਿਅਕਤੀ ਲਈ ਸੂਚੀ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰ ਰਹੇ ਹੋ
shortlist-hint = ਸਿਰਫ਼ ਤਦ ਤੱਕ ਰੱਖੀ ਜਾਂਦੀ ਹੈ ਜਦ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਖਾਲੀ ਨਹੀਂ ਕਰਦੇ ਜਾਂ ਸੈਸ਼ਨ ਖਤਮ ਨਹੀਂ ਹੁੰਦਾ। ਕਦੇ ਵੀ ਨਾਮ ਨਹੀਂ ਪੁੱਛਿਆ ਜਾਂ ਰੱਖਿਆ ਜਾਂਦਾ।
shortlist-empty = ਸੂਚੀ ਖਾਲੀ ਹੈ। ਨਤੀਜਿਆਂ ਜਾਂ ਕਿਸੇ ਸੇਵਾ ਦੇ ਕਾਰਡ ਤੋਂ ਸੇਵਾਵਾਂ ਜੋੜੋ।
shortlist-clear = ਸੂਚੀ ਖਾਲੀ ਕਰੋ
shortlist-sheet = ਰੈਫਰਲ ਸ਼ੀਟ
mediator-title = ਮੀਡੀਏਟਰ ਮੋਡ
mediator-toggle = ਮੀਡੀਏਟਰ ਮੋਡ: ਮੇਰੇ ਸਾਹਮਣੇ ਵਾਲੇ ਵਿਅਕਤੀ ਲਈ ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਅਤੇ ਛਾਪਣ ਲਈ ਇੱਕ ਸ਼ੀਟ
referral-title = ਰੈਫਰਲ ਸ਼ੀਟ
referral-client-lang = ਵਿਅਕਤੀ ਦੀ ਭਾਸ਼ਾ
referral-print = ਛਾਪੋ
referral-date = ਤਾਰੀਖ: { $date }
referral-helpline = ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ
referral-phone = ਫ਼ੋਨ
referral-address = ਪਤਾ
