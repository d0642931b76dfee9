# Integra — Italiano. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## L'app e le sue lingue
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Italiano
picker-title = Scegli la lingua

## Azioni
action-back = Indietro
action-dismiss = Chiudi
action-search = Cerca
action-open-card = Apri la scheda

## Avvisi
notice-catalog-built = Il catalogo è stato preparato su questo dispositivo con i dati inclusi nell'app in { $seconds } s. Funziona senza internet.
notice-catalog-rebuilt = Il file del catalogo su questo dispositivo era danneggiato: è stato messo da parte e preparato di nuovo con i dati inclusi nell'app. Le tue impostazioni e i messaggi in attesa di invio sono stati conservati.

## Home
search-label = Che cosa cerchi?
search-placeholder = es. corso di italiano, medico, casa, lavoro
home-areas = Servizi per tema
home-more = Altro
nav-associations = Associazioni di migranti
nav-learn = Imparare l'italiano
nav-reports = Rapporti su comunità e lavoro
nav-news = Notizie
nav-help = Aiuto e numero verde
nav-settings = Impostazioni e informazioni
helpline-short = Domande? Chiama il numero verde gratuito.
helpline-call = Chiama il { $number }
data-status = { $source } · { $count ->
    [one] 1 servizio
   *[other] { $services } servizi
} · aggiornato il { $date } · funziona offline
data-sample = Dati di esempio
data-official = Dati ufficiali

## Luogo
place-label = Luogo:
place-none = scegli un luogo
place-near = vicino a { $place }
place-title = Dove ti trovi?
place-privacy = Il tuo luogo resta su questo dispositivo. Serve solo a ordinare i servizi per distanza.
place-search-label = Comune
place-placeholder = es. Prato
place-no-match = Nessun comune trovato. Controlla come è scritto o prova un comune vicino.
place-use-position = Usa la mia posizione
place-locating = Ricerca della posizione…
place-position-unavailable = La tua posizione non è disponibile. Scegli un comune.
place-forget = Dimentica il mio luogo

## Risultati
results-count = { $count ->
    [0] Nessun risultato
    [one] Un risultato
   *[other] { $shown } risultati
}
results-show-map = Mostra sulla mappa
search-failed = La ricerca non ha funzionato.
filters-title = Filtri
filters-active = { $count ->
    [one] { $shown } filtro attivo
   *[other] { $shown } filtri attivi
}
filter-open-now = Aperto ora
filter-free = Gratuito
filter-no-documents = Nessun documento richiesto
filter-area = Tema
filter-target-group = Per chi
filter-language = Lingua parlata
filter-any-language = Qualsiasi lingua
filter-territory = Regione
filter-all-italy = Tutta Italia
filter-radius = Entro
filter-radius-any = qualsiasi distanza
filter-clear = Togli tutti i filtri
filter-kind = Mostra
filter-kind-service = Servizi
filter-kind-learning_resource = Corsi
filter-kind-organization = Associazioni
row-kind-service = Servizio
row-kind-learning_resource = Corso
row-kind-organization = Associazione
results-mentions = Questi citano le tue parole solo nella descrizione:
sort-label = Ordina per
sort-distance = distanza
sort-relevance = più pertinenti
distance-m = { $m } m
distance-km = { $km } km
distance-about = circa { $distance }
distance-in-comune = a { $comune }
languages-spoken = Lingue parlate
badge-free = Gratuito
badge-no-documents = Nessun documento richiesto
badge-sample = Esempio
sample-explained = Scheda di esempio: creata per mostrare come funziona l'app. Non è un servizio reale.
open-now = Aperto ora
closed-now = Chiuso ora
hours-unknown = Orari non noti: chiama prima

## Nessun risultato
empty-title = Nessun risultato
empty-check-words = Controlla come sono scritte le parole, oppure usa meno parole o parole più semplici.
empty-widen = Cerca entro { $distance }
empty-any-distance = Cerca a qualsiasi distanza
empty-drop-filter = Togli il filtro: { $filter }
empty-helpline = Il numero verde gratuito può aiutarti a trovare un servizio.
empty-area-none-title = Ancora nessuna scheda per { $area } nell'app
empty-area-none = L'app contiene dati aperti ufficiali: i corsi di italiano dei CPIA, le scuole statali e gli ospedali. Le schede del portale per quest'area non sono ancora pubblicate: arriveranno con i suoi aggiornamenti.

## Pagine
pager-label = Pagine
pager-previous = Precedente
pager-next = Successiva
pager-page = Pagina { $page } di { $pages }

## Mappa
map-title = Mappa dei risultati
map-pins = { $count ->
    [one] Un luogo sulla mappa
   *[other] { $shown } luoghi sulla mappa
}
map-zoom-region = Vai a una regione
map-zoom-province = Vai a una provincia
map-whole-region = Tutta la regione
map-attribution = Confini: ISTAT, Openpolis (CC BY 4.0). La mappa funziona offline.

## Scheda del servizio
card-description = Che cosa offre
card-contacts = Dove e come contattare
card-directions = Indicazioni stradali
card-osm = Apri in OpenStreetMap
card-call = Chiama
card-no-phone = La fonte non riporta un numero di telefono per questo luogo. Il numero verde gratuito può aiutarti:
card-hours = Orari di apertura
card-details = Dettagli
card-documents = Documenti da portare
card-no-documents = Nessun documento richiesto
card-not-stated = Non indicato
card-cost = Costo
card-paid = A pagamento
card-eligibility = Chi può usarlo
card-how-to-apply = Come accedere
card-target-groups = Per chi
card-service-area = Territorio servito
card-verified = Ultima verifica
card-qr = Codice QR di questa scheda
card-qr-hint = Inquadralo con un telefono per salvare indirizzo, telefono e orari.
card-save = Salva
card-unsave = Togli dai salvati
card-report-correction = Segnala una correzione
card-updated = Scheda aggiornata il { $date }
card-source = Fonte: { $publisher }, «{ $dataset }», dati { $date }, licenza { $licence }
card-source-portal = Fonte: Portale Integrazione Migranti (redazione e referenti regionali)
card-source-geonames = posizioni dei CAP: { $attribution }
card-position-comune = Posizione approssimativa: la mappa indica il centro di { $comune }, non l'edificio. Controlla l'indirizzo prima di andare.
card-position-postcode = Posizione approssimativa: la mappa indica la zona del CAP { $postcode } a { $comune }, non l'edificio. Controlla l'indirizzo prima di andare.
kind-title = Che cos'è questo posto
kind-cpia-site = Il CPIA (Centro provinciale per l'istruzione degli adulti) è una scuola pubblica per adulti. Qui gli adulti di ogni nazionalità, dai 16 anni, imparano l'italiano dai primi passi al livello A2 e possono prendere la licenza media. Chiedi a questa sede o alla segreteria del CPIA quando iniziano i corsi e come iscriverti.
kind-school-infanzia = Scuola dell'infanzia statale, per bambine e bambini dai 3 ai 6 anni. Non è obbligatoria.
kind-school-primaria = Scuola primaria statale, per bambine e bambini dai 6 agli 11 anni. La scuola è obbligatoria per tutti dai 6 ai 16 anni.
kind-school-secondaria-1 = Scuola secondaria di primo grado statale («scuola media»), per ragazze e ragazzi dagli 11 ai 14 anni. La scuola è obbligatoria per tutti dai 6 ai 16 anni.
kind-school-secondaria-2 = Scuola secondaria di secondo grado statale (liceo, istituto tecnico o professionale), per ragazze e ragazzi dai 14 ai 19 anni. La scuola è obbligatoria fino ai 16 anni.
kind-school-enrolment = Ogni minore che vive in Italia può iscriversi alla scuola statale in qualunque momento dell'anno, anche senza permesso di soggiorno: la scuola non può rifiutarlo per questo. Per l'iscrizione rivolgiti alla segreteria dell'istituto.
kind-adult-secondary = Corsi serali per adulti di una scuola secondaria di secondo grado statale (percorsi di secondo livello): portano al diploma. Possono iscriversi gli adulti che hanno la licenza media o un titolo equivalente: chiedi alla segreteria della scuola.
kind-hospital = Ospedale del Servizio sanitario nazionale (pubblico, o privato equiparato al pubblico). In caso di emergenza chiama il 112. Le cure urgenti ed essenziali sono garantite anche a chi non ha il permesso di soggiorno (con il codice STP).
kind-private-clinic = Casa di cura privata. Alcune lavorano per il Servizio sanitario nazionale, altre solo a pagamento: prima di andare chiedi se dovrai pagare. In caso di emergenza chiama il 112.
place-kind-cpia-site = CPIA: italiano per adulti
place-kind-school-infanzia = Scuola dell'infanzia
place-kind-school-primaria = Scuola primaria
place-kind-school-secondaria-1 = Scuola media
place-kind-school-secondaria-2 = Scuola superiore
place-kind-adult-secondary = Scuola serale per adulti
place-kind-hospital = Ospedale
place-kind-private-clinic = Casa di cura
service-not-active = Non attivo
italian-fallback = Non disponibile nella tua lingua: mostrato in italiano.
hours-not-stated = Gli orari di apertura non sono indicati: chiama prima di andare.
hours-open-until =
    { $when ->
        [today] Aperto ora, fino alle { $time }
        [week] Aperto ora, chiude { hours-weekday-on } alle { $time }
       *[later] Aperto ora, chiude il { $date } alle { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Chiuso ora, apre alle { $time }
        [week] Chiuso ora, apre { hours-weekday-on } alle { $time }
       *[later] Chiuso ora, apre il { $date } alle { $time }
    }
hours-closed-day = Chiuso
hours-appointment = su appuntamento
record-missing = Questa scheda non è più nel catalogo.
record-failed = Non è stato possibile leggere questa scheda.

## Giorni e mesi
weekday-1 = Lunedì
weekday-2 = Martedì
weekday-3 = Mercoledì
weekday-4 = Giovedì
weekday-5 = Venerdì
weekday-6 = Sabato
weekday-7 = Domenica
hours-weekday-on = { $weekday ->
    [monday] lunedì
    [tuesday] martedì
    [wednesday] mercoledì
    [thursday] giovedì
    [friday] venerdì
    [saturday] sabato
   *[sunday] domenica
}
month-1 = gennaio
month-2 = febbraio
month-3 = marzo
month-4 = aprile
month-5 = maggio
month-6 = giugno
month-7 = luglio
month-8 = agosto
month-9 = settembre
month-10 = ottobre
month-11 = novembre
month-12 = dicembre
date-long = { $day } { $month } { $year }

## Lingue parlate presso un servizio
spoken-it = Italiano
spoken-en = Inglese
spoken-fr = Francese
spoken-es = Spagnolo
spoken-sq = Albanese
spoken-ar = Arabo
spoken-zh = Cinese
spoken-pa = Punjabi
spoken-ru = Russo
spoken-tl = Tagalog
spoken-uk = Ucraino
spoken-ro = Rumeno
spoken-bn = Bengalese
spoken-ur = Urdu
spoken-wo = Wolof
spoken-de = Tedesco
spoken-pt = Portoghese
spoken-fa = Persiano
spoken-ti = Tigrino
spoken-so = Somalo
spoken-hi = Hindi

## Associazioni
assoc-intro = Associazioni di persone con background migratorio, attive in tutta Italia. Chiunque può segnalarne una nuova o chiedere una correzione.
assoc-report-new = Segnala una nuova associazione
assoc-search-placeholder = Nome dell'associazione
assoc-community = Comunità
assoc-any-community = Qualsiasi comunità
assoc-community-other = Altre comunità o più comunità
assoc-region = Regione
assoc-activities = Attività
assoc-any-activity = Qualsiasi attività
assoc-count = { $count ->
    [0] Nessuna associazione trovata
    [one] Un'associazione
   *[other] { $shown } associazioni
}
assoc-ask-change = Chiedi una correzione o la cancellazione
assoc-change-correction = Qualcosa è sbagliato o manca
assoc-change-removal = L'associazione non esiste più: va tolta
assoc-new-intro = Segnalaci un'associazione che non è ancora sulla mappa. La redazione controlla ogni segnalazione prima di pubblicarla.
assoc-name = Nome dell'associazione
assoc-comune = Comune
assoc-comune-match = Riconosciuto: { $place }
assoc-description = Di che cosa si occupa (facoltativo)

## Moduli
correction-title = Segnala una correzione
correction-message = Che cosa va corretto?
correction-message-hint = Per esempio: è cambiato il numero di telefono, ci sono nuovi orari, l'ufficio si è trasferito.
form-email = E-mail
form-email-optional = La tua e-mail, se vuoi una risposta (facoltativo)
form-phone = Telefono
form-website = Sito web
form-submit = Invia
form-offline-note = Funziona anche senza internet: il messaggio resta su questo dispositivo e viene inviato appena c'è una connessione.
form-saved-outbox = Salvato. Sarà inviato quando il dispositivo è online.
form-save-failed = Non è stato possibile salvare il messaggio.
form-error-required = Questo campo è obbligatorio.
form-error-too-long = { $max ->
    [one] Troppo lungo: al massimo un carattere.
   *[other] Troppo lungo: al massimo { $max } caratteri.
}
form-error-too-short = { $max ->
    [one] Troppo corto: almeno un carattere.
   *[other] Troppo corto: almeno { $max } caratteri.
}
form-error-control = Contiene caratteri che non si possono usare.
form-error-email = Questo non è un indirizzo e-mail valido.
form-error-phone = Questo non è un numero di telefono valido.
form-error-url = Questo non è un indirizzo web valido (inizia con https://).
form-error-comune = Questo comune non è riconosciuto.
form-error-contact = Indica almeno un modo per contattare l'associazione: e-mail, telefono o sito web.
service-report-new = Segnala un servizio
service-report-intro = Conosci un ufficio, un corso o un servizio per cittadini stranieri che non c'è nell'app? Segnalacelo. La redazione controlla ogni segnalazione prima di pubblicarla.
service-report-name = Nome del servizio o dell'ufficio
service-report-comune = Comune in cui si trova
service-report-area = Area
service-report-what = Che cosa offre, e a chi?
service-report-what-hint = Per esempio: corso di italiano gratuito il martedì e il giovedì sera, per adulti.
service-report-address = Indirizzo (facoltativo)

## Messaggi da inviare
outbox-title = Messaggi da inviare
outbox-intro = Segnalazioni fatte da questo dispositivo. Vengono inviate alla redazione del portale quando il dispositivo è online.
outbox-empty = Nessun messaggio in attesa di invio.
outbox-open = Apri
outbox-pending = { $count ->
    [0] Nessun messaggio in attesa di invio
    [one] Un messaggio in attesa di invio
   *[other] { $shown } messaggi in attesa di invio
}
outbox-state-pending = In attesa di invio
outbox-attempts = { $count ->
    [one] Finora un tentativo
   *[other] Finora { $count } tentativi
}
outbox-kind-correction = Correzione di un servizio
outbox-kind-new_association = Nuova associazione
outbox-kind-association_correction = Correzione di un'associazione
outbox-kind-association_removal = Cancellazione di un'associazione
outbox-kind-new_service = Nuovo servizio

## Imparare l'italiano
learn-intro = Corsi di italiano nei Centri provinciali per l'istruzione degli adulti (CPIA), corsi online, app e libri.
learn-cpia-near = Corsi di italiano nei CPIA vicino a te
learn-level = Livello
learn-any-level = Qualsiasi livello
learn-kind = Tipo
learn-any-kind = Qualsiasi tipo
learn-levels-explained = I livelli seguono il Quadro comune europeo: A1 e A2 sono principianti, B1 e B2 utenti autonomi.
learn-count = { $count ->
    [0] Nessun risultato
    [one] Una risorsa
   *[other] { $shown } risorse
}
learn-offline = Funziona offline
learn-taught-in = Insegnato in

## Rapporti e notizie
reports-intro = Sintesi dei rapporti annuali sulle principali comunità straniere in Italia e sul mercato del lavoro. Ognuna si può leggere in tutte le lingue dell'app.
reports-labour = Mercato del lavoro
reports-communities = Comunità
report-read-in = Leggi in
news-none = Nessuna notizia.

## Aiuto
help-helpline-title = Numero verde gratuito 803.001
help-helpline-body = Informazioni sui servizi per cittadini stranieri, in diverse lingue. Gratuito da rete fissa e da cellulare.
help-protection-title = Protezione internazionale (asilo)
help-protection-body = Se hai paura di tornare nel tuo Paese, puoi chiedere la protezione internazionale. La domanda si presenta in Questura o alla frontiera ed è gratuita.
help-protection-where = I servizi possono aiutarti a preparare la domanda e a trovare assistenza legale.
help-qualifications-title = Riconoscimento dei titoli di studio
help-qualifications-body = Un diploma, una laurea o una professione ottenuti all'estero possono essere riconosciuti in Italia per studiare o lavorare.
help-qualifications-where = I servizi per l'impiego e i CPIA spiegano quale ufficio è competente e quali documenti servono.
help-find-services = Trova servizi
help-emergency-title = Emergenze
help-emergency-body = In caso di pericolo o di emergenza medica chiama il 112, a qualsiasi ora, gratis.
help-privacy-link = Privacy e fonti

## Impostazioni e informazioni
settings-language = Lingua
settings-data = Dati su questo dispositivo
settings-count-services = { $count ->
    [one] Un servizio
   *[other] { $shown } servizi
}
settings-count-associations = { $count ->
    [one] Un'associazione
   *[other] { $shown } associazioni
}
settings-count-learning = { $count ->
    [one] Una risorsa per imparare
   *[other] { $shown } risorse per imparare
}
settings-offline = Tutto ciò che vedi qui è salvato su questo dispositivo e funziona senza internet.
privacy-title = Privacy
privacy-body = Il tuo luogo, le tue ricerche e ciò che salvi non lasciano mai questo dispositivo. L'app non ha statistiche di utilizzo né pubblicità.
privacy-submissions = Solo le segnalazioni che scegli di inviare (correzioni, nuove associazioni) arrivano alla redazione del portale, con l'e-mail che indichi, se la indichi.
sources-title = Fonti e licenze
sources-istat = Elenco dei comuni: ISTAT (Istituto nazionale di statistica), CC BY 4.0.
sources-openpolis = Coordinate e confini: Openpolis, da dati ISTAT, CC BY 4.0.
sources-official = Schede: { $publisher }, «{ $dataset }» ({ $date }), licenza { $licence }.
sources-geonames = Posizioni dei CAP: { $attribution }.
sources-fonts = Caratteri: Noto (Google), SIL Open Font License 1.1.
sources-sample = I servizi, le associazioni e i corsi mostrati ora sono dati di esempio generati e collocati in comuni reali; sono contrassegnati con “Esempio”.
sources-app = Integra, l'app del Portale Integrazione Migranti, è software libero (EUPL 1.2).

## Aggiornamenti (il feed firmato)
sync-title = Aggiornamenti
sync-origin = Dati
sync-origin-local = Preparati su questo dispositivo
sync-publication = Pubblicazione
sync-publication-value = numero { $seq }, { $date }
sync-last-check = Ultimo controllo
sync-never = mai
sync-last-problem = Ultimo problema
sync-update-now = Aggiorna ora
sync-not-configured = Questa copia dell'app non ha un indirizzo per gli aggiornamenti: usa i dati con cui è arrivata.
sync-sideload = Carica un aggiornamento da una cartella o da una chiavetta USB
sync-sideload-hint = Copia i file dell'aggiornamento (manifest.json e le sue cartelle) su una chiavetta USB, poi scrivi qui la cartella. Vengono controllati esattamente come un download.
sync-sideload-button = Carica dalla cartella
sync-phase-checking = Ricerca di aggiornamenti…
sync-phase-downloading = Download in corso…
sync-phase-verifying = Controllo dei file…
sync-phase-applying = Salvataggio dei nuovi dati…
sync-phase-done = Fatto
sync-updated = Aggiornato alla pubblicazione { $seq }.
sync-up-to-date = I dati sono aggiornati.
sync-error-network = Nessuna connessione al server degli aggiornamenti. I tuoi dati non sono stati modificati; si riproverà più tardi.
sync-error-signature = Non è stato possibile verificare l'aggiornamento; i tuoi dati non sono stati modificati.
sync-error-expired = L'aggiornamento proposto è scaduto; i tuoi dati non sono stati modificati.
sync-error-rollback = L'aggiornamento proposto è più vecchio dei tuoi dati; i tuoi dati non sono stati modificati.
sync-error-app-too-old = Questo aggiornamento richiede una versione più recente dell'app; i tuoi dati non sono stati modificati.
sync-error-corrupt = I file dell'aggiornamento sono danneggiati; i tuoi dati non sono stati modificati.
sync-error-no-feed = In quella posizione non è stato trovato nessun aggiornamento; i tuoi dati non sono stati modificati.
sync-error-storage = Non è stato possibile salvare i nuovi dati su questo dispositivo; i tuoi dati non sono stati modificati.
outbox-state-rejected = Rifiutato dalla redazione
outbox-send-now = Invia ora
outbox-sent = { $count ->
    [0] Al momento non è stato possibile inviare nulla: si riproverà più tardi.
    [one] Un messaggio inviato.
   *[other] { $shown } messaggi inviati.
}
sent-title = Messaggi inviati
sent-intro = Quello che la redazione ha deciso sui messaggi inviati da questo dispositivo.
sent-state-received = Ricevuto, in attesa della redazione
sent-state-accepted = Accettato
sent-state-rejected = Non accettato
sent-reason = Motivo: { $reason }
sent-clear = Svuota l'elenco
