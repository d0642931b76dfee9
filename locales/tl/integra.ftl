# Integra — Tagalog. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## Ang app at ang mga wika nito
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Tagalog
picker-title = Piliin ang inyong wika

## Mga aksyon
action-back = Bumalik
action-dismiss = Isara
action-search = Maghanap
action-open-card = Buksan ang card

## Mga paalala
notice-catalog-built = Inihanda ang katalogo sa device na ito mula sa datos na kasama ng app sa loob ng { $seconds } s. Gumagana ito kahit walang internet.
notice-catalog-rebuilt = Sira ang file ng katalogo sa device na ito, kaya itinabi ito at muling inihanda mula sa datos na kasama ng app. Naitago ang inyong mga setting at ang mga mensaheng naghihintay maipadala.

## Home
search-label = Ano ang hinahanap ninyo?
search-placeholder = hal. kurso sa Italyano, doktor, bahay, trabaho
home-areas = Mga serbisyo ayon sa paksa
home-more = Iba pa
nav-associations = Mga asosasyon ng mga migrante
nav-learn = Mag-aral ng Italyano
nav-reports = Mga ulat tungkol sa mga komunidad at trabaho
nav-news = Mga balita
nav-help = Tulong at helpline
nav-settings = Mga setting at impormasyon
helpline-short = May tanong? Tumawag sa libreng helpline.
helpline-call = Tumawag sa { $number }
data-status = { $source } · { $count ->
    [one] 1 serbisyo
   *[other] { $services } serbisyo
} · na-update noong { $date } · gumagana kahit offline
data-sample = Halimbawang datos
data-official = Opisyal na datos

## Lugar
place-label = Lugar:
place-none = pumili ng lugar
place-near = malapit sa { $place }
place-title = Nasaan kayo?
place-privacy = Nananatili sa device na ito ang inyong lugar. Ginagamit lamang ito para ayusin ang mga serbisyo ayon sa layo.
place-search-label = Bayan o lungsod (comune)
place-placeholder = hal. Prato
place-no-match = Walang katugmang comune. Suriin ang baybay o subukan ang kalapit na bayan.
place-use-position = Gamitin ang aking lokasyon
place-locating = Hinahanap ang inyong lokasyon…
place-position-unavailable = Hindi makuha ang inyong lokasyon. Pumili na lang ng bayan.
place-forget = Kalimutan ang aking lugar

## Mga resulta
results-count = { $count ->
    [0] Walang resulta
    [one] { $shown } resulta
   *[other] { $shown } resulta
}
results-show-map = Ipakita sa mapa
search-failed = Hindi gumana ang paghahanap.
filters-title = Mga filter
filters-active = { $count ->
    [one] { $shown } filter ang naka-on
   *[other] { $shown } na filter ang naka-on
}
filter-open-now = Bukas ngayon
filter-free = Libre
filter-no-documents = Walang kailangang dokumento
filter-area = Paksa
filter-target-group = Para kanino
filter-language = Wikang ginagamit
filter-any-language = Kahit anong wika
filter-territory = Rehiyon
filter-all-italy = Buong Italya
filter-radius = Sa loob ng
filter-radius-any = kahit anong layo
filter-clear = Alisin ang lahat ng filter
filter-kind = Ipakita
filter-kind-service = Mga serbisyo
filter-kind-learning_resource = Mga kurso
filter-kind-organization = Mga asosasyon
row-kind-service = Serbisyo
row-kind-learning_resource = Kurso
row-kind-organization = Asosasyon
results-mentions = Nasa paglalarawan lang ng mga ito ang inyong mga salita:
sort-label = Ayusin ayon sa
sort-distance = layo
sort-relevance = pinakaangkop
distance-m = { $m } m
distance-km = { $km } km
distance-about = mga { $distance }
distance-in-comune = sa { $comune }
languages-spoken = Mga wikang ginagamit
badge-free = Libre
badge-no-documents = Walang kailangang dokumento
badge-sample = Halimbawa
sample-explained = Halimbawang rekord: ginawa para ipakita kung paano gumagana ang app. Hindi ito totoong serbisyo.
open-now = Bukas ngayon
closed-now = Sarado ngayon
hours-unknown = Hindi alam ang oras: tumawag muna

## Walang resulta
empty-title = Walang nakita
empty-check-words = Suriin ang baybay, o gumamit ng mas kaunti o mas simpleng salita.
empty-widen = Maghanap sa loob ng { $distance }
empty-any-distance = Maghanap kahit anong layo
empty-drop-filter = Alisin ang filter: { $filter }
empty-helpline = Matutulungan kayo ng libreng helpline na makahanap ng serbisyo.
empty-area-none-title = Wala pang rekord sa app para sa paksang “{ $area }”
empty-area-none = May opisyal at bukas na datos ang app: mga kurso sa Italyano sa mga CPIA, mga pampublikong paaralan at mga ospital. Hindi pa nailalathala ang sariling mga rekord ng portal para sa paksang ito; darating ang mga ito kasama ng mga update.

## Mga pahina
pager-label = Mga pahina
pager-previous = Nakaraan
pager-next = Susunod
pager-page = Pahina { $page } ng { $pages }

## Mapa
map-title = Mapa ng mga resulta
map-pins = { $count ->
    [one] { $shown } lugar sa mapa
   *[other] { $shown } lugar sa mapa
}
map-zoom-region = Mag-zoom sa isang rehiyon
map-zoom-province = Mag-zoom sa isang probinsya
map-whole-region = Buong rehiyon
map-attribution = Mga hangganan: ISTAT, Openpolis (CC BY 4.0). Gumagana ang mapa kahit offline.

## Card ng serbisyo
card-description = Ano ang iniaalok
card-contacts = Saan at paano makipag-ugnayan
card-directions = Direksyon
card-osm = Buksan sa OpenStreetMap
card-call = Tumawag
card-no-phone = Walang numero ng telepono ang pinagmulan para sa lugar na ito. Makatutulong sa inyo ang libreng helpline:
card-hours = Oras ng pagbubukas
card-details = Mga detalye
card-documents = Mga dokumentong dadalhin
card-no-documents = Walang kailangang dokumento
card-not-stated = Hindi nakasaad
card-cost = Bayad
card-paid = May bayad
card-eligibility = Sino ang puwedeng gumamit
card-how-to-apply = Paano ito makukuha
card-target-groups = Para kanino
card-service-area = Sakop na lugar
card-verified = Huling sinuri
card-qr = QR code ng card na ito
card-qr-hint = I-scan ito gamit ang telepono para maitago ang address, telepono at oras.
card-save = I-save
card-unsave = Alisin sa mga naka-save
card-report-correction = Mag-ulat ng pagtatama
card-updated = Na-update ang rekord noong { $date }
card-source = Pinagkunan: { $publisher }, “{ $dataset }”, datos { $date }, lisensya { $licence }
card-source-portal = Pinagkunan: Portale Integrazione Migranti (ang mga editor nito at ang mga kinatawan ng mga rehiyon)
card-source-geonames = mga lokasyon ng CAP (ZIP code): { $attribution }
card-position-comune = Tinatayang lokasyon: ipinapakita ng mapa ang gitna ng { $comune }, hindi ang mismong gusali. Suriin ang address bago kayo pumunta.
card-position-postcode = Tinatayang lokasyon: ipinapakita ng mapa ang lugar ng CAP (ZIP code) { $postcode } sa { $comune }, hindi ang mismong gusali. Suriin ang address bago kayo pumunta.
kind-title = Ano ang lugar na ito
kind-cpia-site = Ang CPIA (sentro ng probinsya para sa edukasyon ng matatanda) ay pampublikong paaralan para sa matatanda. Dito, natututo ng Italyano ang matatanda ng anumang nasyonalidad, mula 16 na taong gulang, mula sa simula hanggang sa antas A2, at puwede nilang makuha ang middle school diploma ng Italya (licenza media). Itanong po ninyo sa sangay na ito o sa opisina ng CPIA kung kailan magsisimula ang mga kurso at kung paano mag-enroll.
kind-school-infanzia = Pampublikong nursery school (scuola dell'infanzia), para sa mga batang 3 hanggang 6 na taong gulang. Hindi ito sapilitan.
kind-school-primaria = Pampublikong elementarya (scuola primaria), para sa mga batang 6 hanggang 11 taong gulang. Sapilitan ang pag-aaral para sa lahat ng bata mula 6 hanggang 16 na taong gulang.
kind-school-secondaria-1 = Pampublikong junior high school (scuola secondaria di primo grado, “scuola media”), para sa mga batang 11 hanggang 14 na taong gulang. Sapilitan ang pag-aaral para sa lahat ng bata mula 6 hanggang 16 na taong gulang.
kind-school-secondaria-2 = Pampublikong senior high school (liceo, teknikal o bokasyonal na paaralan), para sa mga kabataang 14 hanggang 19 na taong gulang. Sapilitan ang pag-aaral hanggang 16 na taong gulang.
kind-school-enrolment = Ang bawat menor de edad na nakatira sa Italya ay puwedeng mag-enroll sa pampublikong paaralan anumang oras ng taon, kahit walang permesso di soggiorno (permit para manirahan): hindi siya puwedeng tanggihan ng paaralan dahil dito. Para mag-enroll, lumapit po kayo sa opisina ng paaralan (segreteria).
kind-adult-secondary = Mga panggabing kurso para sa matatanda ng isang pampublikong senior high school (mga kurso sa ikalawang antas): humahantong ang mga ito sa diploma. Puwedeng mag-enroll ang matatandang may middle school diploma ng Italya (licenza media) o katumbas na kwalipikasyon: magtanong po kayo sa opisina ng paaralan.
kind-hospital = Ospital ng Pambansang Serbisyong Pangkalusugan (pampubliko, o pribadong itinuturing na katumbas ng pampubliko). Sa emerhensiya, tumawag po sa 112. Kahit walang permesso di soggiorno (permit para manirahan), garantisado ang apurahan at mahahalagang pagpapagamot (gamit ang STP code).
kind-private-clinic = Pribadong klinika (casa di cura). Ang ilan ay nagtatrabaho para sa Pambansang Serbisyong Pangkalusugan, ang iba ay may bayad lamang: bago pumunta, itanong po muna kung kailangan ninyong magbayad. Sa emerhensiya, tumawag po sa 112.
place-kind-cpia-site = CPIA: Italyano para sa matatanda
place-kind-school-infanzia = Nursery school
place-kind-school-primaria = Elementarya
place-kind-school-secondaria-1 = Junior high school
place-kind-school-secondaria-2 = Senior high school
place-kind-adult-secondary = Panggabing paaralan para sa matatanda
place-kind-hospital = Ospital
place-kind-private-clinic = Pribadong klinika
service-not-active = Hindi aktibo
italian-fallback = Hindi available sa inyong wika: ipinapakita sa Italyano.
hours-not-stated = Hindi nakasaad ang oras ng pagbubukas: tumawag bago pumunta.
hours-open-until =
    { $when ->
        [today] Bukas ngayon, hanggang { $time }
        [week] Bukas ngayon, magsasara { hours-weekday-on } nang { $time }
       *[later] Bukas ngayon, magsasara sa { $date } nang { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Sarado ngayon, magbubukas ngayong araw nang { $time }
        [week] Sarado ngayon, magbubukas { hours-weekday-on } nang { $time }
       *[later] Sarado ngayon, magbubukas sa { $date } nang { $time }
    }
hours-closed-day = Sarado
hours-appointment = kailangan ng appointment
record-missing = Wala na sa katalogo ang rekord na ito.
record-failed = Hindi mabasa ang rekord na ito.

## Mga araw at buwan
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miyerkules
weekday-4 = Huwebes
weekday-5 = Biyernes
weekday-6 = Sabado
weekday-7 = Linggo
hours-weekday-on = { $weekday ->
    [monday] sa Lunes
    [tuesday] sa Martes
    [wednesday] sa Miyerkules
    [thursday] sa Huwebes
    [friday] sa Biyernes
    [saturday] sa Sabado
   *[sunday] sa Linggo
}
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
date-long = { $month } { $day }, { $year }

## Mga wikang ginagamit sa isang serbisyo
spoken-it = Italyano
spoken-en = Ingles
spoken-fr = Pranses
spoken-es = Espanyol
spoken-sq = Albanian
spoken-ar = Arabe
spoken-zh = Tsino
spoken-pa = Punjabi
spoken-ru = Ruso
spoken-tl = Tagalog
spoken-uk = Ukrainian
spoken-ro = Romanian
spoken-bn = Bengali
spoken-ur = Urdu
spoken-wo = Wolof
spoken-de = Aleman
spoken-pt = Portuges
spoken-fa = Persian
spoken-ti = Tigrinya
spoken-so = Somali
spoken-hi = Hindi

## Mga asosasyon
assoc-intro = Mga asosasyon ng mga taong may pinagmulang migrante, aktibo sa buong Italya. Kahit sino ay puwedeng mag-ulat ng bago o humiling ng pagtatama.
assoc-report-new = Mag-ulat ng bagong asosasyon
assoc-search-placeholder = Pangalan ng asosasyon
assoc-community = Komunidad
assoc-any-community = Kahit anong komunidad
assoc-community-other = Ibang komunidad o ilang komunidad
assoc-region = Rehiyon
assoc-activities = Mga gawain
assoc-any-activity = Kahit anong gawain
assoc-count = { $count ->
    [0] Walang nakitang asosasyon
    [one] { $shown } asosasyon
   *[other] { $shown } asosasyon
}
assoc-ask-change = Humiling ng pagtatama o pag-alis
assoc-change-correction = May mali o kulang
assoc-change-removal = Wala na ang asosasyon: alisin ito
assoc-new-intro = Sabihin sa amin ang tungkol sa asosasyong wala pa sa mapa. Sinusuri ng mga editor ang bawat ulat bago ito ilathala.
assoc-name = Pangalan ng asosasyon
assoc-comune = Bayan o lungsod (comune)
assoc-comune-match = Nakilala: { $place }
assoc-description = Ano ang ginagawa nito (opsyonal)

## Mga form
correction-title = Mag-ulat ng pagtatama
correction-message = Ano ang dapat itama?
correction-message-hint = Halimbawa: nagbago ang numero ng telepono, bagong oras, lumipat ang opisina.
form-email = E-mail
form-email-optional = Ang inyong e-mail, kung gusto ninyo ng sagot (opsyonal)
form-phone = Telepono
form-website = Website
form-submit = Ipadala
form-offline-note = Gumagana ito kahit walang internet: naghihintay ang inyong mensahe sa device na ito at ipapadala kapag may koneksyon.
form-saved-outbox = Na-save. Ipapadala ito kapag online na ang device.
form-save-failed = Hindi ma-save ang inyong mensahe.
form-error-required = Kailangang punan ang field na ito.
form-error-too-long = { $max ->
    [one] Masyadong mahaba: hanggang isang character lamang.
   *[other] Masyadong mahaba: hanggang { $max } character lamang.
}
form-error-too-short = { $max ->
    [one] Masyadong maikli: hindi bababa sa isang character.
   *[other] Masyadong maikli: hindi bababa sa { $max } character.
}
form-error-control = May mga character na hindi puwedeng gamitin.
form-error-email = Hindi ito wastong e-mail address.
form-error-phone = Hindi ito wastong numero ng telepono.
form-error-url = Hindi ito wastong web address (nagsisimula ito sa https://).
form-error-comune = Hindi kilala ang comune na ito.
form-error-contact = Magbigay ng kahit isang paraan para makontak ang asosasyon: e-mail, telepono o website.
service-report-new = Mag-ulat ng serbisyo
service-report-intro = May alam po ba kayong opisina, kurso o serbisyo para sa mga dayuhan na wala sa app? Sabihin po ninyo sa amin. Sinusuri ng mga editor ang bawat ulat bago ito ilathala.
service-report-name = Pangalan ng serbisyo o opisina
service-report-comune = Comune (munisipyo) kung saan ito matatagpuan
service-report-area = Paksa
service-report-what = Ano ang iniaalok nito, at para kanino?
service-report-what-hint = Halimbawa: libreng kurso sa Italyano tuwing Martes at Huwebes ng gabi, para sa matatanda.
service-report-address = Address (opsyonal)

## Mga ipapadala
outbox-title = Mga mensaheng ipapadala
outbox-intro = Mga ulat na ginawa ninyo sa device na ito. Ipinapadala ang mga ito sa mga editor ng portal kapag online ang device.
outbox-empty = Walang naghihintay na maipadala.
outbox-open = Buksan
outbox-pending = { $count ->
    [0] Walang naghihintay na maipadala
    [one] { $shown } mensahe ang naghihintay na maipadala
   *[other] { $shown } mensahe ang naghihintay na maipadala
}
outbox-state-pending = Naghihintay na maipadala
outbox-attempts = { $count ->
    [one] { $count } pagsubok sa ngayon
   *[other] { $count } pagsubok sa ngayon
}
outbox-kind-correction = Pagtatama sa isang serbisyo
outbox-kind-new_association = Bagong asosasyon
outbox-kind-association_correction = Pagtatama sa isang asosasyon
outbox-kind-association_removal = Pag-alis ng isang asosasyon
outbox-kind-new_service = Bagong serbisyo

## Mag-aral ng Italyano
learn-intro = Mga kurso sa Italyano sa mga pampublikong paaralan para sa matatanda (CPIA), mga online na kurso, app at aklat.
learn-cpia-near = Mga kurso sa Italyano sa mga CPIA na malapit sa inyo
learn-level = Antas
learn-any-level = Kahit anong antas
learn-kind = Uri
learn-any-kind = Kahit anong uri
learn-levels-explained = Sumusunod ang mga antas sa European framework: A1 at A2 para sa mga nagsisimula, B1 at B2 para sa mga kayang gumamit nang mag-isa.
learn-count = { $count ->
    [0] Walang nakita
    [one] { $shown } mapagkukunan
   *[other] { $shown } mapagkukunan
}
learn-offline = Gumagana kahit offline
learn-taught-in = Wika ng pagtuturo

## Mga ulat at balita
reports-intro = Mga buod ng taunang ulat tungkol sa mga pangunahing dayuhang komunidad sa Italya at sa merkado ng trabaho. Mababasa ang bawat isa sa alinmang wika ng app.
reports-labour = Merkado ng trabaho
reports-communities = Mga komunidad
report-read-in = Basahin sa
news-none = Walang balita.

## Tulong
help-helpline-title = Libreng helpline 803.001
help-helpline-body = Impormasyon tungkol sa mga serbisyo para sa mga dayuhan, sa iba't ibang wika. Libre mula sa landline at mobile.
help-protection-title = Internasyonal na proteksyon (asylum)
help-protection-body = Kung natatakot kayong bumalik sa inyong bansa, puwede kayong humingi ng internasyonal na proteksyon. Ginagawa ang aplikasyon sa pulisya (Questura) o sa hangganan, at libre ito.
help-protection-where = Matutulungan kayo ng mga serbisyo na ihanda ang aplikasyon at makahanap ng legal na payo.
help-qualifications-title = Pagkilala sa mga diploma at kwalipikasyon
help-qualifications-body = Ang diploma, degree o propesyong nakuha sa ibang bansa ay puwedeng kilalanin sa Italya para sa pag-aaral o trabaho.
help-qualifications-where = Ipinapaliwanag ng mga serbisyo sa trabaho at ng mga CPIA kung aling opisina ang may pananagutan at kung anong mga dokumento ang kailangan.
help-find-services = Maghanap ng serbisyo
help-emergency-title = Emerhensiya
help-emergency-body = Kapag nasa panganib o may medikal na emerhensiya, tumawag sa 112 anumang oras, libre.
help-privacy-link = Privacy at mga pinagkunan

## Mga setting at tungkol sa app
settings-language = Wika
settings-data = Datos sa device na ito
settings-count-services = { $count ->
    [one] { $shown } serbisyo
   *[other] { $shown } serbisyo
}
settings-count-associations = { $count ->
    [one] { $shown } asosasyon
   *[other] { $shown } asosasyon
}
settings-count-learning = { $count ->
    [one] { $shown } mapagkukunan sa pag-aaral
   *[other] { $shown } mapagkukunan sa pag-aaral
}
settings-offline = Lahat ng ipinapakita rito ay nakatago sa device na ito at gumagana kahit walang internet.
privacy-title = Privacy
privacy-body = Ang inyong lugar, mga hinanap at mga na-save ay hindi kailanman umaalis sa device na ito. Walang analytics at walang advertising ang app.
privacy-submissions = Tanging ang mga ulat na pinili ninyong ipadala (mga pagtatama, mga bagong asosasyon) ang napupunta sa mga editor ng portal, kasama ang e-mail na ibinigay ninyo, kung mayroon.
sources-title = Mga pinagkunan at lisensya
sources-istat = Listahan ng mga comune: ISTAT (Pambansang Instituto ng Estadistika ng Italya), CC BY 4.0.
sources-openpolis = Mga coordinate at hangganan: Openpolis, mula sa datos ng ISTAT, CC BY 4.0.
sources-official = Mga rekord: { $publisher }, “{ $dataset }” ({ $date }), lisensya { $licence }.
sources-geonames = Mga lokasyon ng CAP (ZIP code): { $attribution }.
sources-fonts = Mga font: Noto (Google), SIL Open Font License 1.1.
sources-sample = Ang mga serbisyo, asosasyon at kursong ipinapakita ngayon ay ginawang halimbawang datos na inilagay sa mga totoong comune; may markang “Halimbawa” ang mga ito.
sources-app = Ang Integra, ang app ng Portale Integrazione Migranti, ay libreng software (EUPL 1.2).

## Mga update (ang pinirmahang feed)
sync-title = Mga update
sync-origin = Datos
sync-origin-local = Inihanda sa device na ito
sync-publication = Publikasyon
sync-publication-value = numero { $seq }, { $date }
sync-last-check = Huling pagsusuri
sync-never = hindi pa kailanman
sync-last-problem = Huling problema
sync-update-now = Mag-update ngayon
sync-not-configured = Walang address para sa mga update ang kopyang ito ng app: ginagamit nito ang datos na kasama nito.
sync-sideload = Mag-load ng update mula sa isang folder o USB stick
sync-sideload-hint = Kopyahin ang mga file ng update (manifest.json at ang mga folder nito) sa isang USB stick, pagkatapos ay isulat dito ang folder. Sinusuri ang mga ito nang eksaktong katulad ng isang download.
sync-sideload-button = I-load mula sa folder
sync-phase-checking = Tinitingnan kung may update…
sync-phase-downloading = Dina-download…
sync-phase-verifying = Sinusuri ang mga file…
sync-phase-applying = Sine-save ang bagong datos…
sync-phase-done = Tapos na
sync-updated = Na-update sa publikasyon { $seq }.
sync-up-to-date = Napapanahon ang datos.
sync-error-network = Walang koneksyon sa server ng mga update. Walang nabago sa inyong datos; susubukan itong muli mamaya.
sync-error-signature = Hindi ma-verify ang update; walang nabago sa inyong datos.
sync-error-expired = Lipas na ang iniaalok na update; walang nabago sa inyong datos.
sync-error-rollback = Mas luma ang iniaalok na update kaysa sa inyong datos; walang nabago sa inyong datos.
sync-error-app-too-old = Kailangan ng update na ito ang mas bagong bersyon ng app; walang nabago sa inyong datos.
sync-error-corrupt = Sira ang mga file ng update; walang nabago sa inyong datos.
sync-error-no-feed = Walang nakitang update sa lugar na iyon; walang nabago sa inyong datos.
sync-error-storage = Hindi ma-save ang bagong datos sa device na ito; walang nabago sa inyong datos.
outbox-state-rejected = Tinanggihan ng mga editor
outbox-send-now = Ipadala ngayon
outbox-sent = { $count ->
    [0] Walang naipadala sa ngayon: susubukan itong muli mamaya.
    [one] { $shown } mensahe ang naipadala.
   *[other] { $shown } mensahe ang naipadala.
}
sent-title = Mga naipadalang mensahe
sent-intro = Ang napagpasyahan ng mga editor tungkol sa mga mensaheng ipinadala mula sa device na ito.
sent-state-received = Natanggap, hinihintay ang mga editor
sent-state-accepted = Tinanggap
sent-state-rejected = Hindi tinanggap
sent-reason = Dahilan: { $reason }
sent-clear = Burahin ang listahan
