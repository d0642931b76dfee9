# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Nandiyan pa po ba kayo?
kiosk-restarting = Magsisimula muli sa loob ng { $seconds } s
kiosk-continue = Magpatuloy
kiosk-admin-title = Pamamahala ng desk
kiosk-pin-label = PIN ng admin
kiosk-unlock = I-unlock
kiosk-pin-wrong = { $left ->
    [one] Maling PIN. Isa pang subok bago ang isang pahinga.
   *[other] Maling PIN. { $left } pang subok bago ang isang pahinga.
}
kiosk-pin-locked = Napakaraming maling PIN. Subukan muli pagkalipas ng { $seconds } s.
kiosk-pin-not-set = Walang PIN ng admin sa kiosk na ito: maitatakda lang ito mula sa computer (integra --set-kiosk-pin).
kiosk-comune-label = Ang comune ng desk (ISTAT code)
kiosk-idle-label = Magsimula muli pagkatapos ng ganitong dami ng segundong hindi ginagamit
kiosk-new-pin-label = Bagong PIN ng admin (4–12 numero)
kiosk-save = I-save
kiosk-saved = Na-save.
kiosk-invalid = May halagang hindi wasto: walang binago para dito.
kiosk-lock = I-lock
kiosk-exit = Isara ang app
kiosk-sent-title = Naipadala, salamat
kiosk-sent-body = Ihahatid ang ipinadala ninyo kapag online na ang device. Wala nang iba pang itinatago sa ginawa ninyo rito.
kiosk-sent-home = Bumalik sa simula
print-card = I-print ang card na ito
shortlist-add = Idagdag sa listahan
shortlist-remove = Alisin sa listahan
shortlist-open = Listahan ({ $count })
shortlist-title = Listahan para sa taong tinutulungan ninyo
shortlist-hint = Itinatago lang hanggang burahin ninyo ito o matapos ang session. Walang pangalang hinihingi o itinatago.
shortlist-empty = Walang laman ang listahan. Magdagdag ng mga serbisyo mula sa mga resulta o mula sa card ng isang serbisyo.
shortlist-clear = Burahin ang listahan
shortlist-sheet = Referral sheet
mediator-title = Mode ng tagapamagitan
mediator-toggle = Mode ng tagapamagitan: listahan ng mga serbisyo para sa taong kaharap ko at isang sheet na ipi-print
referral-title = Referral sheet
referral-client-lang = Ang wika ng tao
referral-print = I-print
referral-date = Petsa: { $date }
referral-helpline = Libreng helpline
referral-phone = Telepono
referral-address = Address
