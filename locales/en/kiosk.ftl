# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Are you still there?
kiosk-restarting = Restarting in { $seconds } s
kiosk-continue = Continue
kiosk-admin-title = Desk administration
kiosk-pin-label = Admin PIN
kiosk-unlock = Unlock
kiosk-pin-wrong = { $left ->
    [one] Wrong PIN. One more try before a pause.
   *[other] Wrong PIN. { $left } more tries before a pause.
}
kiosk-pin-locked = Too many wrong PINs. Try again in { $seconds } s.
kiosk-pin-not-set = No admin PIN is set on this kiosk: it can only be changed from the computer (integra --set-kiosk-pin).
kiosk-comune-label = The desk's comune (ISTAT code)
kiosk-idle-label = Restart after this many seconds without use
kiosk-new-pin-label = New admin PIN (4–12 digits)
kiosk-save = Save
kiosk-saved = Saved.
kiosk-invalid = A value is not valid: nothing was changed for it.
kiosk-lock = Lock
kiosk-exit = Close the app
kiosk-sent-title = Sent, thank you
kiosk-sent-body = What you sent will be delivered when the device is online. Nothing else you did here is kept.
kiosk-sent-home = Back to the start
print-card = Print this card
shortlist-add = Add to the list
shortlist-remove = Remove from the list
shortlist-open = List ({ $count })
shortlist-title = List for the person you are helping
shortlist-hint = Kept only until you clear it or the session ends. No name is ever asked or stored.
shortlist-empty = The list is empty. Add services from the results or from a service card.
shortlist-clear = Clear the list
shortlist-sheet = Referral sheet
mediator-title = Mediator mode
mediator-toggle = Mediator mode: a list of services for the person in front of me, and a sheet to print
referral-title = Referral sheet
referral-client-lang = The client's language
referral-print = Print
referral-date = Date: { $date }
referral-helpline = Free helpline
referral-phone = Phone
referral-address = Address
