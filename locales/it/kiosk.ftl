# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Ci sei ancora?
kiosk-restarting = Si ricomincia tra { $seconds } s
kiosk-continue = Continua
kiosk-admin-title = Amministrazione dello sportello
kiosk-pin-label = PIN di amministrazione
kiosk-unlock = Sblocca
kiosk-pin-wrong = { $left ->
    [one] PIN errato. Ancora un tentativo prima di una pausa.
   *[other] PIN errato. Ancora { $left } tentativi prima di una pausa.
}
kiosk-pin-locked = Troppi PIN errati. Riprova tra { $seconds } s.
kiosk-pin-not-set = Su questo chiosco non è impostato un PIN di amministrazione: si può cambiare solo dal computer (integra --set-kiosk-pin).
kiosk-comune-label = Comune dello sportello (codice ISTAT)
kiosk-idle-label = Ricomincia dopo questi secondi senza uso
kiosk-new-pin-label = Nuovo PIN di amministrazione (4–12 cifre)
kiosk-save = Salva
kiosk-saved = Salvato.
kiosk-invalid = Un valore non è valido: per quello non è cambiato nulla.
kiosk-lock = Blocca
kiosk-exit = Chiudi l'app
kiosk-sent-title = Inviato, grazie
kiosk-sent-body = Quello che hai inviato sarà consegnato quando il dispositivo sarà in linea. Nient'altro di ciò che hai fatto qui viene conservato.
kiosk-sent-home = Torna all'inizio
print-card = Stampa questa scheda
shortlist-add = Aggiungi all'elenco
shortlist-remove = Togli dall'elenco
shortlist-open = Elenco ({ $count })
shortlist-title = Elenco per la persona che stai aiutando
shortlist-hint = Resta solo finché non lo svuoti o finisce la sessione. Nessun nome viene chiesto o conservato.
shortlist-empty = L'elenco è vuoto. Aggiungi servizi dai risultati o dalla scheda di un servizio.
shortlist-clear = Svuota l'elenco
shortlist-sheet = Scheda di orientamento
mediator-title = Modalità mediatore
mediator-toggle = Modalità mediatore: un elenco di servizi per la persona davanti a me e una scheda da stampare
referral-title = Scheda di orientamento
referral-client-lang = La lingua della persona
referral-print = Stampa
referral-date = Data: { $date }
referral-helpline = Numero verde gratuito
referral-phone = Telefono
referral-address = Indirizzo
