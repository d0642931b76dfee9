# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Vai al contenuto
nav-main-label = Navigazione principale
footer-label = Informazioni sull'app
footer-accessibility = Dichiarazione di accessibilità
a11y-title = Dichiarazione di accessibilità
a11y-intro = Questa dichiarazione riguarda l'app Integra del Portale Integrazione Migranti, secondo la legge 4/2004 e le Linee guida AgID sull'accessibilità degli strumenti informatici (WCAG 2.1, livello AA).
a11y-status-title = Stato di conformità
a11y-status-body = L'app è parzialmente conforme ai requisiti: i controlli automatici (axe-core) non trovano problemi gravi o critici in nessuna schermata in italiano, arabo e cinese; l'app si usa tutta da tastiera, con il focus visibile. Restano i limiti elencati qui sotto.
a11y-limits-title = Limiti noti
a11y-limit-map = La mappa dei risultati è un disegno: gli stessi risultati sono nell'elenco, con indirizzo e distanza.
a11y-limit-voices = La lettura ad alta voce usa le voci installate sul dispositivo: per alcune lingue il dispositivo può non averne.
a11y-limit-italian = Alcune schede esistono solo in italiano: sono segnalate e marcate come testo italiano per i lettori di schermo.
a11y-feedback-title = Segnalazioni e contatti
a11y-feedback-body = Per segnalare un problema di accessibilità o chiedere un'informazione in forma accessibile usa «{ card-report-correction }» in una scheda oppure chiama il numero verde.
a11y-enforcement = Se la risposta non è soddisfacente puoi rivolgerti all'Agenzia per l'Italia Digitale (AgID) con la procedura di attuazione prevista dalla legge 4/2004.
a11y-date = Dichiarazione redatta il { $date } con un'autovalutazione.
speech-read-aloud = Leggi ad alta voce
speech-stop = Ferma la lettura
speech-no-voice = Questo dispositivo non ha una voce per { $language }: il testo resta sullo schermo.
speech-unavailable = Questo dispositivo non può leggere ad alta voce.
