# Integra — Shqip. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## Aplikacioni dhe gjuhët e tij
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Shqip
picker-title = Zgjidhni gjuhën tuaj

## Veprime
action-back = Prapa
action-dismiss = Mbyll
action-search = Kërko
action-open-card = Hap kartelën

## Njoftime
notice-catalog-built = Katalogu u përgatit në këtë pajisje nga të dhënat që vijnë me aplikacionin për { $seconds } s. Funksionon pa internet.
notice-catalog-rebuilt = Skedari i katalogut në këtë pajisje ishte i dëmtuar, prandaj u la mënjanë dhe u përgatit përsëri nga të dhënat që vijnë me aplikacionin. Cilësimet tuaja dhe mesazhet që presin të dërgohen u ruajtën.

## Kreu
search-label = Çfarë kërkoni?
search-placeholder = p.sh. kurs italishteje, mjek, shtëpi, punë
home-areas = Shërbime sipas temës
home-more = Më shumë
nav-associations = Shoqata emigrantësh
nav-learn = Mësoni italisht
nav-reports = Raporte për komunitetet dhe punën
nav-news = Lajme
nav-help = Ndihmë dhe linja falas
nav-settings = Cilësime dhe informacione
helpline-short = Keni pyetje? Telefononi linjën falas.
helpline-call = Telefononi { $number }
data-status = { $source } · { $count ->
    [one] 1 shërbim
   *[other] { $services } shërbime
} · përditësuar më { $date } · funksionon pa internet
data-sample = Të dhëna shembull
data-official = Të dhëna zyrtare

## Vendi
place-label = Vendi:
place-none = zgjidhni një vend
place-near = pranë { $place }
place-title = Ku ndodheni?
place-privacy = Vendi juaj mbetet në këtë pajisje. Përdoret vetëm për të renditur shërbimet sipas largësisë.
place-search-label = Qyteti ose komuna (comune)
place-placeholder = p.sh. Prato
place-no-match = Asnjë komunë nuk përputhet. Kontrolloni drejtshkrimin ose provoni një qytet afër.
place-use-position = Përdor vendndodhjen time
place-locating = Po gjendet vendndodhja juaj…
place-position-unavailable = Vendndodhja juaj nuk është e disponueshme. Zgjidhni një qytet.
place-forget = Harro vendin tim

## Rezultatet
results-count = { $count ->
    [0] Asnjë rezultat
    [one] Një rezultat
   *[other] { $shown } rezultate
}
results-show-map = Shfaq në hartë
search-failed = Kërkimi nuk funksionoi.
filters-title = Filtrat
filters-active = { $count ->
    [one] { $shown } filtër aktiv
   *[other] { $shown } filtra aktivë
}
filter-open-now = Hapur tani
filter-free = Falas
filter-no-documents = Nuk kërkohen dokumente
filter-area = Tema
filter-target-group = Për kë
filter-language = Gjuha që flitet
filter-any-language = Çdo gjuhë
filter-territory = Rajoni
filter-all-italy = E gjithë Italia
filter-radius = Brenda
filter-radius-any = çdo largësi
filter-clear = Hiq të gjithë filtrat
filter-kind = Shfaq
filter-kind-service = Shërbime
filter-kind-learning_resource = Kurse
filter-kind-organization = Shoqata
row-kind-service = Shërbim
row-kind-learning_resource = Kurs
row-kind-organization = Shoqatë
results-mentions = Këto i përmendin fjalët tuaja vetëm në përshkrim:
sort-label = Rendit sipas
sort-distance = largësisë
sort-relevance = përputhjes më të mirë
distance-m = { $m } m
distance-km = { $km } km
distance-about = rreth { $distance }
distance-in-comune = në { $comune }
languages-spoken = Gjuhët që fliten
badge-free = Falas
badge-no-documents = Nuk kërkohen dokumente
badge-sample = Shembull
sample-explained = Kartelë shembull: u krijua për të treguar si funksionon aplikacioni. Nuk është shërbim i vërtetë.
open-now = Hapur tani
closed-now = Mbyllur tani
hours-unknown = Orari nuk dihet: telefononi më parë

## Asnjë rezultat
empty-title = Nuk u gjet asgjë
empty-check-words = Kontrolloni drejtshkrimin, ose përdorni më pak fjalë ose fjalë më të thjeshta.
empty-widen = Kërko brenda { $distance }
empty-any-distance = Kërko në çdo largësi
empty-drop-filter = Hiq filtrin: { $filter }
empty-helpline = Linja falas mund t’ju ndihmojë të gjeni një shërbim.
empty-area-none-title = Ende nuk ka kartela në aplikacion për temën “{ $area }”
empty-area-none = Aplikacioni përmban të dhëna të hapura zyrtare: kurset e italishtes në CPIA, shkollat shtetërore dhe spitalet. Kartelat e portalit për këtë temë nuk janë publikuar ende; do të vijnë me përditësimet.

## Faqet
pager-label = Faqet
pager-previous = E mëparshmja
pager-next = Tjetra
pager-page = Faqja { $page } nga { $pages }

## Harta
map-title = Harta e rezultateve
map-pins = { $count ->
    [one] Një vend në hartë
   *[other] { $shown } vende në hartë
}
map-zoom-region = Zmadho te një rajon
map-zoom-province = Zmadho te një provincë
map-whole-region = I gjithë rajoni
map-attribution = Kufijtë: ISTAT, Openpolis (CC BY 4.0). Harta funksionon pa internet.

## Kartela e shërbimit
card-description = Çfarë ofron
card-contacts = Ku dhe si të kontaktoni
card-directions = Udhëzime për të arritur
card-osm = Hap në OpenStreetMap
card-call = Telefono
card-no-phone = Burimi nuk jep numër telefoni për këtë vend. Linja falas mund t’ju ndihmojë:
card-hours = Orari i punës
card-details = Hollësi
card-documents = Dokumentet që duhen sjellë
card-no-documents = Nuk kërkohen dokumente
card-not-stated = Nuk tregohet
card-cost = Kostoja
card-paid = Me pagesë
card-eligibility = Kush mund ta përdorë
card-how-to-apply = Si ta merrni shërbimin
card-target-groups = Për kë
card-service-area = Zona që mbulon
card-verified = Verifikimi i fundit
card-qr = Kodi QR i kësaj kartele
card-qr-hint = Skanojeni me telefon për të ruajtur adresën, telefonin dhe orarin.
card-save = Ruaj
card-unsave = Hiq nga të ruajturat
card-report-correction = Sinjalizo një korrigjim
card-updated = Kartela u përditësua më { $date }
card-source = Burimi: { $publisher }, “{ $dataset }”, të dhëna { $date }, licenca { $licence }
card-source-portal = Burimi: Portale Integrazione Migranti (redaktorët e tij dhe përfaqësuesit rajonalë)
card-source-geonames = vendndodhjet e kodeve postare (CAP): { $attribution }
card-position-comune = Vendndodhje e përafërt: harta tregon qendrën e komunës { $comune }, jo ndërtesën. Kontrolloni adresën para se të shkoni.
card-position-postcode = Vendndodhje e përafërt: harta tregon zonën e kodit postar (CAP) { $postcode } në { $comune }, jo ndërtesën. Kontrolloni adresën para se të shkoni.
kind-title = Çfarë është ky vend
kind-cpia-site = CPIA (Qendra provinciale për arsimin e të rriturve) është një shkollë publike për të rritur. Këtu të rriturit e çdo kombësie, nga 16 vjeç, mësojnë italishten nga hapat e parë deri në nivelin A2 dhe mund të marrin diplomën italiane të shkollës së mesme të ulët (licenza media). Pyesni në këtë seli ose në sekretarinë e CPIA-s kur fillojnë kurset dhe si të regjistroheni.
kind-school-infanzia = Kopsht shtetëror (scuola dell'infanzia), për fëmijë nga 3 deri në 6 vjeç. Nuk është i detyrueshëm.
kind-school-primaria = Shkollë fillore shtetërore (scuola primaria), për fëmijë nga 6 deri në 11 vjeç. Shkolla është e detyrueshme për të gjithë nga 6 deri në 16 vjeç.
kind-school-secondaria-1 = Shkollë e mesme e ulët shtetërore (scuola secondaria di primo grado, “scuola media”), për vajza dhe djem nga 11 deri në 14 vjeç. Shkolla është e detyrueshme për të gjithë nga 6 deri në 16 vjeç.
kind-school-secondaria-2 = Shkollë e mesme e lartë shtetërore (liceo, institut teknik ose profesional), për të rinj nga 14 deri në 19 vjeç. Shkolla është e detyrueshme deri në 16 vjeç.
kind-school-enrolment = Çdo i mitur që jeton në Itali mund të regjistrohet në shkollën shtetërore në çdo kohë të vitit, edhe pa leje qëndrimi (permesso di soggiorno): shkolla nuk mund ta refuzojë për këtë arsye. Për regjistrimin drejtohuni në sekretarinë e shkollës (segreteria).
kind-adult-secondary = Kurse në mbrëmje për të rritur në një shkollë të mesme të lartë shtetërore (kurse të nivelit të dytë): përfundojnë me diplomë. Mund të regjistrohen të rriturit që kanë diplomën italiane të shkollës së mesme të ulët (licenza media) ose një titull të njëvlershëm: pyesni në sekretarinë e shkollës.
kind-hospital = Spital i Shërbimit Shëndetësor Kombëtar (publik, ose privat i barazuar me atë publik). Në rast urgjence telefononi 112. Edhe pa leje qëndrimi (permesso di soggiorno), kujdesi urgjent dhe thelbësor është i garantuar (me kodin STP).
kind-private-clinic = Klinikë private (casa di cura). Disa punojnë për Shërbimin Shëndetësor Kombëtar, të tjerat vetëm me pagesë: para se të shkoni, pyesni nëse do t’ju duhet të paguani. Në rast urgjence telefononi 112.
place-kind-cpia-site = CPIA: italishte për të rritur
place-kind-school-infanzia = Kopsht
place-kind-school-primaria = Shkollë fillore
place-kind-school-secondaria-1 = Shkollë e mesme e ulët
place-kind-school-secondaria-2 = Shkollë e mesme e lartë
place-kind-adult-secondary = Shkollë mbrëmjeje për të rritur
place-kind-hospital = Spital
place-kind-private-clinic = Klinikë private
service-not-active = Jo aktiv
italian-fallback = Nuk është në gjuhën tuaj: shfaqet në italisht.
hours-not-stated = Orari i punës nuk tregohet: telefononi para se të shkoni.
hours-open-until =
    { $when ->
        [today] Hapur tani, deri në orën { $time }
        [week] Hapur tani, mbyllet { hours-weekday-on } në orën { $time }
       *[later] Hapur tani, mbyllet më { $date } në orën { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Mbyllur tani, hapet në orën { $time }
        [week] Mbyllur tani, hapet { hours-weekday-on } në orën { $time }
       *[later] Mbyllur tani, hapet më { $date } në orën { $time }
    }
hours-closed-day = Mbyllur
hours-appointment = me takim
record-missing = Kjo kartelë nuk është më në katalog.
record-failed = Kjo kartelë nuk mund të lexohej.

## Ditët dhe muajt
weekday-1 = E hënë
weekday-2 = E martë
weekday-3 = E mërkurë
weekday-4 = E enjte
weekday-5 = E premte
weekday-6 = E shtunë
weekday-7 = E diel
hours-weekday-on = { $weekday ->
    [monday] të hënën
    [tuesday] të martën
    [wednesday] të mërkurën
    [thursday] të enjten
    [friday] të premten
    [saturday] të shtunën
   *[sunday] të dielën
}
month-1 = janar
month-2 = shkurt
month-3 = mars
month-4 = prill
month-5 = maj
month-6 = qershor
month-7 = korrik
month-8 = gusht
month-9 = shtator
month-10 = tetor
month-11 = nëntor
month-12 = dhjetor
date-long = { $day } { $month } { $year }

## Gjuhët që fliten në një shërbim
spoken-it = Italisht
spoken-en = Anglisht
spoken-fr = Frëngjisht
spoken-es = Spanjisht
spoken-sq = Shqip
spoken-ar = Arabisht
spoken-zh = Kinezisht
spoken-pa = Panxhabisht
spoken-ru = Rusisht
spoken-tl = Tagalogisht
spoken-uk = Ukrainisht
spoken-ro = Rumanisht
spoken-bn = Bengalisht
spoken-ur = Urdu
spoken-wo = Volof
spoken-de = Gjermanisht
spoken-pt = Portugalisht
spoken-fa = Persisht
spoken-ti = Tigrinjisht
spoken-so = Somalisht
spoken-hi = Hindisht

## Shoqatat
assoc-intro = Shoqata të njerëzve me prejardhje emigrante, aktive në të gjithë Italinë. Kushdo mund të sinjalizojë një shoqatë të re ose të kërkojë një korrigjim.
assoc-report-new = Sinjalizo një shoqatë të re
assoc-search-placeholder = Emri i shoqatës
assoc-community = Komuniteti
assoc-any-community = Çdo komunitet
assoc-community-other = Komunitet tjetër ose disa komunitete
assoc-region = Rajoni
assoc-activities = Veprimtaritë
assoc-any-activity = Çdo veprimtari
assoc-count = { $count ->
    [0] Nuk u gjet asnjë shoqatë
    [one] Një shoqatë
   *[other] { $shown } shoqata
}
assoc-ask-change = Kërkoni korrigjim ose heqje
assoc-change-correction = Diçka është e gabuar ose mungon
assoc-change-removal = Shoqata nuk ekziston më: hiqeni
assoc-new-intro = Na tregoni për një shoqatë që nuk është ende në hartë. Redaktorët kontrollojnë çdo sinjalizim para se ta publikojnë.
assoc-name = Emri i shoqatës
assoc-comune = Qyteti ose komuna (comune)
assoc-comune-match = U njoh: { $place }
assoc-description = Çfarë bën (jo e detyrueshme)

## Formularët
correction-title = Sinjalizo një korrigjim
correction-message = Çfarë duhet korrigjuar?
correction-message-hint = Për shembull: ka ndryshuar numri i telefonit, orar i ri, zyra është zhvendosur.
form-email = E-mail
form-email-optional = E-maili juaj, nëse doni përgjigje (jo i detyrueshëm)
form-phone = Telefoni
form-website = Faqja e internetit
form-submit = Dërgo
form-offline-note = Kjo funksionon pa internet: mesazhi juaj pret në këtë pajisje dhe dërgohet kur ka lidhje.
form-saved-outbox = U ruajt. Do të dërgohet kur pajisja të jetë në linjë.
form-save-failed = Mesazhi juaj nuk mund të ruhej.
form-error-required = Kjo fushë është e detyrueshme.
form-error-too-long = { $max ->
    [one] Shumë i gjatë: jo më shumë se një shenjë.
   *[other] Shumë i gjatë: jo më shumë se { $max } shenja.
}
form-error-too-short = { $max ->
    [one] Shumë i shkurtër: të paktën një shenjë.
   *[other] Shumë i shkurtër: të paktën { $max } shenja.
}
form-error-control = Përmban shenja që nuk mund të përdoren.
form-error-email = Kjo nuk është adresë e-maili e vlefshme.
form-error-phone = Ky nuk është numër telefoni i vlefshëm.
form-error-url = Kjo nuk është adresë interneti e vlefshme (fillon me https://).
form-error-comune = Kjo komunë (comune) nuk njihet.
form-error-contact = Jepni të paktën një mënyrë për të kontaktuar shoqatën: e-mail, telefon ose faqe interneti.
service-report-new = Sinjalizo një shërbim
service-report-intro = A njihni një zyrë, një kurs ose një shërbim për shtetasit e huaj që nuk është në aplikacion? Na e sinjalizoni. Redaktorët kontrollojnë çdo sinjalizim para se ta publikojnë.
service-report-name = Emri i shërbimit ose i zyrës
service-report-comune = Komuna (comune) ku ndodhet
service-report-area = Tema
service-report-what = Çfarë ofron dhe për kë?
service-report-what-hint = Për shembull: kurs falas italishteje të martën dhe të enjten në mbrëmje, për të rritur.
service-report-address = Adresa (jo e detyrueshme)

## Mesazhe për t’u dërguar
outbox-title = Mesazhe për t’u dërguar
outbox-intro = Sinjalizimet që keni bërë në këtë pajisje. Ato u dërgohen redaktorëve të portalit kur pajisja është në linjë.
outbox-empty = Asgjë nuk pret të dërgohet.
outbox-open = Hap
outbox-pending = { $count ->
    [0] Asgjë nuk pret të dërgohet
    [one] Një mesazh pret të dërgohet
   *[other] { $shown } mesazhe presin të dërgohen
}
outbox-state-pending = Pret të dërgohet
outbox-attempts = { $count ->
    [one] Deri tani një përpjekje
   *[other] Deri tani { $count } përpjekje
}
outbox-kind-correction = Korrigjim i një shërbimi
outbox-kind-new_association = Shoqatë e re
outbox-kind-association_correction = Korrigjim i një shoqate
outbox-kind-association_removal = Heqje e një shoqate
outbox-kind-new_service = Shërbim i ri

## Mësoni italisht
learn-intro = Kurse italishteje në shkollat publike për të rritur (CPIA), kurse online, aplikacione dhe libra.
learn-cpia-near = Kurse italishteje në CPIA pranë jush
learn-level = Niveli
learn-any-level = Çdo nivel
learn-kind = Lloji
learn-any-kind = Çdo lloj
learn-levels-explained = Nivelet ndjekin kornizën evropiane: A1 dhe A2 janë fillestarë, B1 dhe B2 përdorues të pavarur.
learn-count = { $count ->
    [0] Nuk u gjet asgjë
    [one] Një burim
   *[other] { $shown } burime
}
learn-offline = Funksionon pa internet
learn-taught-in = Mësohet në

## Raporte dhe lajme
reports-intro = Përmbledhje të raporteve vjetore për komunitetet kryesore të huaja në Itali dhe për tregun e punës. Secila mund të lexohet në cilëndo gjuhë të aplikacionit.
reports-labour = Tregu i punës
reports-communities = Komunitetet
report-read-in = Lexo në
news-none = Nuk ka lajme.

## Ndihmë
help-helpline-title = Linja falas 803.001
help-helpline-body = Informacion për shërbimet për shtetasit e huaj, në disa gjuhë. Falas nga telefoni fiks dhe celulari.
help-protection-title = Mbrojtja ndërkombëtare (azili)
help-protection-body = Nëse keni frikë të ktheheni në vendin tuaj, mund të kërkoni mbrojtje ndërkombëtare. Kërkesa bëhet në polici (Questura) ose në kufi, dhe është falas.
help-protection-where = Shërbimet mund t’ju ndihmojnë të përgatitni kërkesën dhe të gjeni këshillim ligjor.
help-qualifications-title = Njohja e diplomave dhe kualifikimeve
help-qualifications-body = Një diplomë, një diplomë universitare ose një profesion i marrë jashtë vendit mund të njihet në Itali për studim ose punë.
help-qualifications-where = Shërbimet e punësimit dhe CPIA-t shpjegojnë cila zyrë është përgjegjëse dhe cilat dokumente duhen.
help-find-services = Gjeni shërbime
help-emergency-title = Urgjenca
help-emergency-body = Në rrezik ose në urgjencë mjekësore, telefononi 112 në çdo orë, falas.
help-privacy-link = Privatësia dhe burimet

## Cilësime dhe informacione
settings-language = Gjuha
settings-data = Të dhënat në këtë pajisje
settings-count-services = { $count ->
    [one] Një shërbim
   *[other] { $shown } shërbime
}
settings-count-associations = { $count ->
    [one] Një shoqatë
   *[other] { $shown } shoqata
}
settings-count-learning = { $count ->
    [one] Një burim mësimi
   *[other] { $shown } burime mësimi
}
settings-offline = Gjithçka që shfaqet këtu ruhet në këtë pajisje dhe funksionon pa internet.
privacy-title = Privatësia
privacy-body = Vendi juaj, kërkimet tuaja dhe ato që ruani nuk largohen kurrë nga kjo pajisje. Aplikacioni nuk ka statistika përdorimi dhe as reklama.
privacy-submissions = Vetëm sinjalizimet që zgjidhni t’i dërgoni (korrigjime, shoqata të reja) shkojnë te redaktorët e portalit, me e-mailin që jepni, nëse e jepni.
sources-title = Burimet dhe licencat
sources-istat = Lista e komunave: ISTAT (Instituti Kombëtar i Statistikave i Italisë), CC BY 4.0.
sources-openpolis = Koordinatat dhe kufijtë: Openpolis, nga të dhënat e ISTAT, CC BY 4.0.
sources-official = Kartelat: { $publisher }, “{ $dataset }” ({ $date }), licenca { $licence }.
sources-geonames = Vendndodhjet e kodeve postare (CAP): { $attribution }.
sources-fonts = Shkronjat: Noto (Google), SIL Open Font License 1.1.
sources-sample = Shërbimet, shoqatat dhe kurset që shfaqen tani janë të dhëna shembull të krijuara dhe të vendosura në komuna të vërteta; ato janë shënuar me “Shembull”.
sources-app = Integra, aplikacioni i Portale Integrazione Migranti, është softuer i lirë (EUPL 1.2).

## Përditësime (burimi i nënshkruar)
sync-title = Përditësime
sync-origin = Të dhënat
sync-origin-local = Të përgatitura në këtë pajisje
sync-publication = Publikimi
sync-publication-value = numër { $seq }, { $date }
sync-last-check = Kontrolli i fundit
sync-never = asnjëherë
sync-last-problem = Problemi i fundit
sync-update-now = Përditëso tani
sync-not-configured = Kjo kopje e aplikacionit nuk ka adresë përditësimi: përdor të dhënat me të cilat erdhi.
sync-sideload = Ngarko një përditësim nga një dosje ose nga një memorie USB
sync-sideload-hint = Kopjoni skedarët e përditësimit (manifest.json dhe dosjet e tij) në një memorie USB, pastaj shkruani këtu dosjen. Ata kontrollohen saktësisht si një shkarkim.
sync-sideload-button = Ngarko nga dosja
sync-phase-checking = Po kontrollohet për përditësime…
sync-phase-downloading = Po shkarkohet…
sync-phase-verifying = Po kontrollohen skedarët…
sync-phase-applying = Po ruhen të dhënat e reja…
sync-phase-done = U krye
sync-updated = U përditësua me publikimin { $seq }.
sync-up-to-date = Të dhënat janë të përditësuara.
sync-error-network = Nuk ka lidhje me serverin e përditësimeve. Të dhënat tuaja nuk u ndryshuan; do të provohet përsëri më vonë.
sync-error-signature = Përditësimi nuk mund të verifikohej; të dhënat tuaja nuk u ndryshuan.
sync-error-expired = Përditësimi i ofruar ka skaduar; të dhënat tuaja nuk u ndryshuan.
sync-error-rollback = Përditësimi i ofruar është më i vjetër se të dhënat tuaja; të dhënat tuaja nuk u ndryshuan.
sync-error-app-too-old = Ky përditësim kërkon një version më të ri të aplikacionit; të dhënat tuaja nuk u ndryshuan.
sync-error-corrupt = Skedarët e përditësimit janë të dëmtuar; të dhënat tuaja nuk u ndryshuan.
sync-error-no-feed = Në atë vend nuk u gjet asnjë përditësim; të dhënat tuaja nuk u ndryshuan.
sync-error-storage = Të dhënat e reja nuk mund të ruheshin në këtë pajisje; të dhënat tuaja nuk u ndryshuan.
outbox-state-rejected = Refuzuar nga redaktorët
outbox-send-now = Dërgo tani
outbox-sent = { $count ->
    [0] Për momentin nuk u dërgua dot asgjë: do të provohet përsëri më vonë.
    [one] U dërgua një mesazh.
   *[other] U dërguan { $shown } mesazhe.
}
sent-title = Mesazhet e dërguara
sent-intro = Çfarë vendosi redaksia për mesazhet e dërguara nga kjo pajisje.
sent-state-received = U mor, në pritje të redaksisë
sent-state-accepted = U pranua
sent-state-rejected = Nuk u pranua
sent-reason = Arsyeja: { $reason }
sent-clear = Pastro listën
