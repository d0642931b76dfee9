# Integra — ਪੰਜਾਬੀ. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## ਐਪ ਅਤੇ ਇਸ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = ਪੰਜਾਬੀ
picker-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ

## ਕਾਰਵਾਈਆਂ
action-back = ਪਿੱਛੇ
action-dismiss = ਬੰਦ ਕਰੋ
action-search = ਖੋਜੋ
action-open-card = ਕਾਰਡ ਖੋਲ੍ਹੋ

## ਸੂਚਨਾਵਾਂ
notice-catalog-built = ਐਪ ਨਾਲ ਆਏ ਡਾਟੇ ਤੋਂ ਇਸ ਡਿਵਾਈਸ ’ਤੇ { $seconds } ਸਕਿੰਟ ਵਿੱਚ ਕੈਟਾਲਾਗ ਤਿਆਰ ਕੀਤਾ ਗਿਆ। ਇਹ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ।
notice-catalog-rebuilt = ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਕੈਟਾਲਾਗ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਸੀ, ਇਸ ਲਈ ਉਸ ਨੂੰ ਪਾਸੇ ਰੱਖ ਕੇ ਐਪ ਨਾਲ ਆਏ ਡਾਟੇ ਤੋਂ ਦੁਬਾਰਾ ਤਿਆਰ ਕੀਤਾ ਗਿਆ। ਤੁਹਾਡੀਆਂ ਸੈਟਿੰਗਾਂ ਅਤੇ ਭੇਜਣ ਲਈ ਉਡੀਕ ਰਹੇ ਸੁਨੇਹੇ ਸੰਭਾਲ ਕੇ ਰੱਖੇ ਗਏ ਹਨ।

## ਮੁੱਖ ਪੰਨਾ
search-label = ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ?
search-placeholder = ਜਿਵੇਂ ਇਤਾਲਵੀ ਕੋਰਸ, ਡਾਕਟਰ, ਘਰ, ਨੌਕਰੀ
home-areas = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਸੇਵਾਵਾਂ
home-more = ਹੋਰ
nav-associations = ਪਰਵਾਸੀਆਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ
nav-learn = ਇਤਾਲਵੀ ਸਿੱਖੋ
nav-reports = ਭਾਈਚਾਰਿਆਂ ਅਤੇ ਕੰਮ ਬਾਰੇ ਰਿਪੋਰਟਾਂ
nav-news = ਖ਼ਬਰਾਂ
nav-help = ਮਦਦ ਅਤੇ ਹੈਲਪਲਾਈਨ
nav-settings = ਸੈਟਿੰਗਾਂ ਅਤੇ ਜਾਣਕਾਰੀ
helpline-short = ਕੋਈ ਸਵਾਲ ਹੈ? ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
helpline-call = { $number } ’ਤੇ ਫ਼ੋਨ ਕਰੋ
data-status = { $source } · { $count ->
    [one] { $services } ਸੇਵਾ
   *[other] { $services } ਸੇਵਾਵਾਂ
} · { $date } ਨੂੰ ਅੱਪਡੇਟ ਕੀਤਾ · ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ
data-sample = ਨਮੂਨਾ ਡਾਟਾ
data-official = ਸਰਕਾਰੀ ਡਾਟਾ

## ਥਾਂ
place-label = ਥਾਂ:
place-none = ਕੋਈ ਥਾਂ ਚੁਣੋ
place-near = { $place } ਦੇ ਨੇੜੇ
place-title = ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ?
place-privacy = ਤੁਹਾਡੀ ਥਾਂ ਇਸੇ ਡਿਵਾਈਸ ’ਤੇ ਰਹਿੰਦੀ ਹੈ। ਇਹ ਸਿਰਫ਼ ਸੇਵਾਵਾਂ ਨੂੰ ਦੂਰੀ ਅਨੁਸਾਰ ਲਗਾਉਣ ਲਈ ਵਰਤੀ ਜਾਂਦੀ ਹੈ।
place-search-label = ਨਗਰਪਾਲਿਕਾ (comune)
place-placeholder = ਜਿਵੇਂ Prato
place-no-match = ਕੋਈ ਨਗਰਪਾਲਿਕਾ (comune) ਨਹੀਂ ਮਿਲੀ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ ਜਾਂ ਨੇੜੇ ਦੀ ਕੋਈ ਨਗਰਪਾਲਿਕਾ ਅਜ਼ਮਾਓ।
place-use-position = ਮੇਰੀ ਲੋਕੇਸ਼ਨ ਵਰਤੋ
place-locating = ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਲੱਭੀ ਜਾ ਰਹੀ ਹੈ…
place-position-unavailable = ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਇਸ ਦੀ ਥਾਂ ਕੋਈ ਨਗਰਪਾਲਿਕਾ ਚੁਣੋ।
place-forget = ਮੇਰੀ ਥਾਂ ਭੁੱਲ ਜਾਓ

## ਨਤੀਜੇ
results-count = { $count ->
    [0] ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
    [one] { $shown } ਨਤੀਜਾ
   *[other] { $shown } ਨਤੀਜੇ
}
results-show-map = ਨਕਸ਼ੇ ’ਤੇ ਦਿਖਾਓ
search-failed = ਖੋਜ ਨਹੀਂ ਹੋ ਸਕੀ।
filters-title = ਫ਼ਿਲਟਰ
filters-active = { $count ->
    [one] { $shown } ਫ਼ਿਲਟਰ ਚਾਲੂ
   *[other] { $shown } ਫ਼ਿਲਟਰ ਚਾਲੂ
}
filter-open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ
filter-free = ਮੁਫ਼ਤ
filter-no-documents = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਚਾਹੀਦੇ
filter-area = ਵਿਸ਼ਾ
filter-target-group = ਕਿਸ ਲਈ
filter-language = ਬੋਲੀ ਜਾਂਦੀ ਭਾਸ਼ਾ
filter-any-language = ਕੋਈ ਵੀ ਭਾਸ਼ਾ
filter-territory = ਖੇਤਰ (ਰੀਜਨ)
filter-all-italy = ਸਾਰਾ ਇਟਲੀ
filter-radius = ਇੰਨੀ ਦੂਰੀ ਤੱਕ
filter-radius-any = ਕੋਈ ਵੀ ਦੂਰੀ
filter-clear = ਸਾਰੇ ਫ਼ਿਲਟਰ ਹਟਾਓ
filter-kind = ਦਿਖਾਓ
filter-kind-service = ਸੇਵਾਵਾਂ
filter-kind-learning_resource = ਕੋਰਸ
filter-kind-organization = ਸੰਸਥਾਵਾਂ
row-kind-service = ਸੇਵਾ
row-kind-learning_resource = ਕੋਰਸ
row-kind-organization = ਸੰਸਥਾ
results-mentions = ਇਨ੍ਹਾਂ ਵਿੱਚ ਤੁਹਾਡੇ ਸ਼ਬਦ ਸਿਰਫ਼ ਵੇਰਵੇ ਵਿੱਚ ਆਉਂਦੇ ਹਨ:
sort-label = ਇਸ ਅਨੁਸਾਰ ਲਗਾਓ
sort-distance = ਦੂਰੀ
sort-relevance = ਸਭ ਤੋਂ ਢੁਕਵੇਂ
distance-m = { $m } ਮੀ.
distance-km = { $km } ਕਿ.ਮੀ.
distance-about = ਲਗਭਗ { $distance }
distance-in-comune = { $comune } ਵਿੱਚ
languages-spoken = ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
badge-free = ਮੁਫ਼ਤ
badge-no-documents = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਚਾਹੀਦੇ
badge-sample = ਨਮੂਨਾ
sample-explained = ਨਮੂਨਾ ਰਿਕਾਰਡ: ਇਹ ਦਿਖਾਉਣ ਲਈ ਬਣਾਇਆ ਗਿਆ ਕਿ ਐਪ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀ ਹੈ। ਇਹ ਅਸਲੀ ਸੇਵਾ ਨਹੀਂ ਹੈ।
open-now = ਹੁਣ ਖੁੱਲ੍ਹਾ
closed-now = ਹੁਣ ਬੰਦ
hours-unknown = ਸਮਾਂ ਪਤਾ ਨਹੀਂ: ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰੋ

## ਕੋਈ ਨਤੀਜਾ ਨਹੀਂ
empty-title = ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ
empty-check-words = ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ, ਜਾਂ ਘੱਟ ਜਾਂ ਸੌਖੇ ਸ਼ਬਦ ਵਰਤੋ।
empty-widen = { $distance } ਤੱਕ ਖੋਜੋ
empty-any-distance = ਕਿਸੇ ਵੀ ਦੂਰੀ ’ਤੇ ਖੋਜੋ
empty-drop-filter = ਫ਼ਿਲਟਰ ਹਟਾਓ: { $filter }
empty-helpline = ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ ਸੇਵਾ ਲੱਭਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
empty-area-none-title = ਐਪ ਵਿੱਚ ਅਜੇ “{ $area }” ਵਿਸ਼ੇ ਲਈ ਕੋਈ ਰਿਕਾਰਡ ਨਹੀਂ ਹੈ
empty-area-none = ਐਪ ਵਿੱਚ ਸਰਕਾਰੀ ਖੁੱਲ੍ਹਾ ਡਾਟਾ ਹੈ: CPIA ਵਿੱਚ ਇਤਾਲਵੀ ਕੋਰਸ, ਸਰਕਾਰੀ ਸਕੂਲ ਅਤੇ ਹਸਪਤਾਲ। ਇਸ ਵਿਸ਼ੇ ਲਈ ਪੋਰਟਲ ਦੇ ਆਪਣੇ ਰਿਕਾਰਡ ਅਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਏ; ਇਹ ਅੱਪਡੇਟਾਂ ਨਾਲ ਆਉਣਗੇ।

## ਪੰਨੇ
pager-label = ਪੰਨੇ
pager-previous = ਪਿਛਲਾ
pager-next = ਅਗਲਾ
pager-page = ਪੰਨਾ { $page } / { $pages }

## ਨਕਸ਼ਾ
map-title = ਨਤੀਜਿਆਂ ਦਾ ਨਕਸ਼ਾ
map-pins = { $count ->
    [one] ਨਕਸ਼ੇ ’ਤੇ { $shown } ਥਾਂ
   *[other] ਨਕਸ਼ੇ ’ਤੇ { $shown } ਥਾਵਾਂ
}
map-zoom-region = ਕਿਸੇ ਖੇਤਰ (ਰੀਜਨ) ’ਤੇ ਜ਼ੂਮ ਕਰੋ
map-zoom-province = ਕਿਸੇ ਪ੍ਰੋਵਿੰਸ (provincia) ’ਤੇ ਜ਼ੂਮ ਕਰੋ
map-whole-region = ਪੂਰਾ ਖੇਤਰ
map-attribution = ਹੱਦਾਂ: ISTAT, Openpolis (CC BY 4.0)। ਨਕਸ਼ਾ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ।

## ਸੇਵਾ ਕਾਰਡ
card-description = ਇਹ ਕੀ ਦਿੰਦੀ ਹੈ
card-contacts = ਕਿੱਥੇ ਅਤੇ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੀਏ
card-directions = ਰਸਤਾ
card-osm = OpenStreetMap ਵਿੱਚ ਖੋਲ੍ਹੋ
card-call = ਫ਼ੋਨ ਕਰੋ
card-no-phone = ਸਰੋਤ ਵਿੱਚ ਇਸ ਥਾਂ ਦਾ ਕੋਈ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਹੈ। ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ:
card-hours = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
card-details = ਵੇਰਵੇ
card-documents = ਨਾਲ ਲਿਆਉਣ ਵਾਲੇ ਦਸਤਾਵੇਜ਼
card-no-documents = ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਚਾਹੀਦੇ
card-not-stated = ਦੱਸਿਆ ਨਹੀਂ ਗਿਆ
card-cost = ਖ਼ਰਚਾ
card-paid = ਪੈਸੇ ਲੱਗਦੇ ਹਨ
card-eligibility = ਕੌਣ ਵਰਤ ਸਕਦਾ ਹੈ
card-how-to-apply = ਸੇਵਾ ਕਿਵੇਂ ਲਈਏ
card-target-groups = ਕਿਸ ਲਈ
card-service-area = ਸੇਵਾ ਵਾਲਾ ਇਲਾਕਾ
card-verified = ਆਖ਼ਰੀ ਵਾਰ ਜਾਂਚਿਆ
card-qr = ਇਸ ਕਾਰਡ ਦਾ QR ਕੋਡ
card-qr-hint = ਪਤਾ, ਫ਼ੋਨ ਅਤੇ ਸਮਾਂ ਸੰਭਾਲਣ ਲਈ ਇਸ ਨੂੰ ਫ਼ੋਨ ਨਾਲ ਸਕੈਨ ਕਰੋ।
card-save = ਸੰਭਾਲੋ
card-unsave = ਸੰਭਾਲੇ ਹੋਇਆਂ ਵਿੱਚੋਂ ਹਟਾਓ
card-report-correction = ਸੋਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
card-updated = ਰਿਕਾਰਡ { $date } ਨੂੰ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ
card-source = ਸਰੋਤ: { $publisher }, “{ $dataset }”, ਡਾਟਾ { $date }, ਲਾਇਸੈਂਸ { $licence }
card-source-portal = ਸਰੋਤ: Portale Integrazione Migranti (ਇਸ ਦੇ ਸੰਪਾਦਕ ਅਤੇ ਖੇਤਰੀ ਸੰਪਰਕ ਵਿਅਕਤੀ)
card-source-geonames = ਡਾਕ ਕੋਡਾਂ (CAP) ਦੀਆਂ ਥਾਵਾਂ: { $attribution }
card-position-comune = ਅੰਦਾਜ਼ਨ ਥਾਂ: ਨਕਸ਼ਾ { $comune } ਦਾ ਕੇਂਦਰ ਦਿਖਾਉਂਦਾ ਹੈ, ਇਮਾਰਤ ਨਹੀਂ। ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਪਤਾ ਜਾਂਚ ਲਓ।
card-position-postcode = ਅੰਦਾਜ਼ਨ ਥਾਂ: ਨਕਸ਼ਾ { $comune } ਵਿੱਚ ਡਾਕ ਕੋਡ (CAP) { $postcode } ਵਾਲਾ ਇਲਾਕਾ ਦਿਖਾਉਂਦਾ ਹੈ, ਇਮਾਰਤ ਨਹੀਂ। ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਪਤਾ ਜਾਂਚ ਲਓ।
kind-title = ਇਹ ਥਾਂ ਕੀ ਹੈ
kind-cpia-site = CPIA (ਬਾਲਗ ਸਿੱਖਿਆ ਲਈ ਪ੍ਰੋਵਿੰਸ ਦਾ ਕੇਂਦਰ) ਵੱਡਿਆਂ ਲਈ ਸਰਕਾਰੀ ਸਕੂਲ ਹੈ। ਇੱਥੇ ਹਰ ਕੌਮੀਅਤ ਦੇ ਬਾਲਗ, 16 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ, ਇਤਾਲਵੀ ਬਿਲਕੁਲ ਸ਼ੁਰੂ ਤੋਂ A2 ਪੱਧਰ ਤੱਕ ਸਿੱਖਦੇ ਹਨ ਅਤੇ ਇਟਲੀ ਦਾ ਮਿਡਲ ਸਕੂਲ ਡਿਪਲੋਮਾ (licenza media) ਲੈ ਸਕਦੇ ਹਨ। ਕੋਰਸ ਕਦੋਂ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ ਅਤੇ ਦਾਖ਼ਲਾ ਕਿਵੇਂ ਲੈਣਾ ਹੈ, ਇਹ ਇਸ ਥਾਂ ’ਤੇ ਜਾਂ CPIA ਦੇ ਦਫ਼ਤਰ ਤੋਂ ਪੁੱਛੋ।
kind-school-infanzia = ਸਰਕਾਰੀ ਨਰਸਰੀ ਸਕੂਲ (scuola dell'infanzia), 3 ਤੋਂ 6 ਸਾਲ ਦੇ ਬੱਚਿਆਂ ਲਈ। ਇਹ ਲਾਜ਼ਮੀ ਨਹੀਂ ਹੈ।
kind-school-primaria = ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ (scuola primaria), 6 ਤੋਂ 11 ਸਾਲ ਦੇ ਬੱਚਿਆਂ ਲਈ। 6 ਤੋਂ 16 ਸਾਲ ਤੱਕ ਹਰ ਬੱਚੇ ਲਈ ਸਕੂਲ ਜਾਣਾ ਲਾਜ਼ਮੀ ਹੈ।
kind-school-secondaria-1 = ਸਰਕਾਰੀ ਮਿਡਲ ਸਕੂਲ (scuola secondaria di primo grado, “scuola media”), 11 ਤੋਂ 14 ਸਾਲ ਦੇ ਮੁੰਡੇ-ਕੁੜੀਆਂ ਲਈ। 6 ਤੋਂ 16 ਸਾਲ ਤੱਕ ਹਰ ਬੱਚੇ ਲਈ ਸਕੂਲ ਜਾਣਾ ਲਾਜ਼ਮੀ ਹੈ।
kind-school-secondaria-2 = ਸਰਕਾਰੀ ਹਾਇਰ ਸੈਕੰਡਰੀ ਸਕੂਲ (liceo, ਤਕਨੀਕੀ ਜਾਂ ਕਿੱਤਾਮੁਖੀ ਇੰਸਟੀਚਿਊਟ), 14 ਤੋਂ 19 ਸਾਲ ਦੇ ਨੌਜਵਾਨਾਂ ਲਈ। 16 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਸਕੂਲ ਜਾਣਾ ਲਾਜ਼ਮੀ ਹੈ।
kind-school-enrolment = ਇਟਲੀ ਵਿੱਚ ਰਹਿੰਦਾ ਹਰ ਨਾਬਾਲਗ ਸਾਲ ਦੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਸਰਕਾਰੀ ਸਕੂਲ ਵਿੱਚ ਦਾਖ਼ਲਾ ਲੈ ਸਕਦਾ ਹੈ, ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਤੋਂ ਬਿਨਾਂ ਵੀ: ਸਕੂਲ ਇਸ ਕਾਰਨ ਉਸ ਨੂੰ ਦਾਖ਼ਲਾ ਦੇਣ ਤੋਂ ਇਨਕਾਰ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਦਾਖ਼ਲੇ ਲਈ ਸਕੂਲ ਦੇ ਦਫ਼ਤਰ (segreteria) ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
kind-adult-secondary = ਸਰਕਾਰੀ ਹਾਇਰ ਸੈਕੰਡਰੀ ਸਕੂਲ ਵਿੱਚ ਬਾਲਗਾਂ ਲਈ ਸ਼ਾਮ ਦੇ ਕੋਰਸ (ਦੂਜੇ ਪੱਧਰ ਦੇ ਕੋਰਸ): ਇਨ੍ਹਾਂ ਨਾਲ ਡਿਪਲੋਮਾ ਮਿਲਦਾ ਹੈ। ਜਿਨ੍ਹਾਂ ਬਾਲਗਾਂ ਕੋਲ ਇਟਲੀ ਦਾ ਮਿਡਲ ਸਕੂਲ ਡਿਪਲੋਮਾ (licenza media) ਜਾਂ ਉਸ ਦੇ ਬਰਾਬਰ ਦੀ ਯੋਗਤਾ ਹੈ, ਉਹ ਦਾਖ਼ਲਾ ਲੈ ਸਕਦੇ ਹਨ: ਸਕੂਲ ਦੇ ਦਫ਼ਤਰ ਤੋਂ ਪੁੱਛੋ।
kind-hospital = ਰਾਸ਼ਟਰੀ ਸਿਹਤ ਸੇਵਾ ਦਾ ਹਸਪਤਾਲ (ਸਰਕਾਰੀ, ਜਾਂ ਪ੍ਰਾਈਵੇਟ ਪਰ ਸਰਕਾਰੀ ਦੇ ਬਰਾਬਰ ਮੰਨਿਆ ਗਿਆ)। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 112 ’ਤੇ ਫ਼ੋਨ ਕਰੋ। ਰਿਹਾਇਸ਼ੀ ਪਰਮਿਟ (permesso di soggiorno) ਤੋਂ ਬਿਨਾਂ ਵੀ ਫ਼ੌਰੀ ਅਤੇ ਜ਼ਰੂਰੀ ਇਲਾਜ ਦੀ ਗਰੰਟੀ ਹੈ (STP ਕੋਡ ਨਾਲ)।
kind-private-clinic = ਪ੍ਰਾਈਵੇਟ ਕਲੀਨਿਕ (casa di cura)। ਕੁਝ ਰਾਸ਼ਟਰੀ ਸਿਹਤ ਸੇਵਾ ਲਈ ਕੰਮ ਕਰਦੇ ਹਨ, ਕੁਝ ਸਿਰਫ਼ ਪੈਸੇ ਲੈ ਕੇ: ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਪੁੱਛ ਲਓ ਕਿ ਕੀ ਤੁਹਾਨੂੰ ਪੈਸੇ ਦੇਣੇ ਪੈਣਗੇ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 112 ’ਤੇ ਫ਼ੋਨ ਕਰੋ।
place-kind-cpia-site = CPIA: ਬਾਲਗਾਂ ਲਈ ਇਤਾਲਵੀ
place-kind-school-infanzia = ਨਰਸਰੀ ਸਕੂਲ
place-kind-school-primaria = ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ
place-kind-school-secondaria-1 = ਮਿਡਲ ਸਕੂਲ
place-kind-school-secondaria-2 = ਹਾਇਰ ਸੈਕੰਡਰੀ ਸਕੂਲ
place-kind-adult-secondary = ਬਾਲਗਾਂ ਲਈ ਸ਼ਾਮ ਦਾ ਸਕੂਲ
place-kind-hospital = ਹਸਪਤਾਲ
place-kind-private-clinic = ਪ੍ਰਾਈਵੇਟ ਕਲੀਨਿਕ
service-not-active = ਚਾਲੂ ਨਹੀਂ
italian-fallback = ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ: ਇਤਾਲਵੀ ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।
hours-not-stated = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਦੱਸਿਆ ਨਹੀਂ ਗਿਆ: ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਫ਼ੋਨ ਕਰੋ।
hours-open-until =
    { $when ->
        [today] ਹੁਣ ਖੁੱਲ੍ਹਾ, { $time } ਵਜੇ ਤੱਕ
        [week] ਹੁਣ ਖੁੱਲ੍ਹਾ, { hours-weekday-on } { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
       *[later] ਹੁਣ ਖੁੱਲ੍ਹਾ, { $date } ਨੂੰ { $time } ਵਜੇ ਬੰਦ ਹੋਵੇਗਾ
    }
hours-closed-opens =
    { $when ->
        [today] ਹੁਣ ਬੰਦ, ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
        [week] ਹੁਣ ਬੰਦ, { hours-weekday-on } { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
       *[later] ਹੁਣ ਬੰਦ, { $date } ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    }
hours-closed-day = ਬੰਦ
hours-appointment = ਸਮਾਂ ਲੈ ਕੇ
record-missing = ਇਹ ਰਿਕਾਰਡ ਹੁਣ ਕੈਟਾਲਾਗ ਵਿੱਚ ਨਹੀਂ ਹੈ।
record-failed = ਇਹ ਰਿਕਾਰਡ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।

## ਦਿਨ ਅਤੇ ਮਹੀਨੇ
weekday-1 = ਸੋਮਵਾਰ
weekday-2 = ਮੰਗਲਵਾਰ
weekday-3 = ਬੁੱਧਵਾਰ
weekday-4 = ਵੀਰਵਾਰ
weekday-5 = ਸ਼ੁੱਕਰਵਾਰ
weekday-6 = ਸ਼ਨਿੱਚਰਵਾਰ
weekday-7 = ਐਤਵਾਰ
hours-weekday-on = { $weekday ->
    [monday] ਸੋਮਵਾਰ ਨੂੰ
    [tuesday] ਮੰਗਲਵਾਰ ਨੂੰ
    [wednesday] ਬੁੱਧਵਾਰ ਨੂੰ
    [thursday] ਵੀਰਵਾਰ ਨੂੰ
    [friday] ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ
    [saturday] ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ
   *[sunday] ਐਤਵਾਰ ਨੂੰ
}
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-long = { $day } { $month } { $year }

## ਸੇਵਾ ’ਤੇ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
spoken-it = ਇਤਾਲਵੀ
spoken-en = ਅੰਗਰੇਜ਼ੀ
spoken-fr = ਫ਼ਰਾਂਸੀਸੀ
spoken-es = ਸਪੇਨੀ
spoken-sq = ਅਲਬਾਨੀਆਈ
spoken-ar = ਅਰਬੀ
spoken-zh = ਚੀਨੀ
spoken-pa = ਪੰਜਾਬੀ
spoken-ru = ਰੂਸੀ
spoken-tl = ਤਾਗਾਲੋਗ
spoken-uk = ਯੂਕਰੇਨੀ
spoken-ro = ਰੋਮਾਨੀਆਈ
spoken-bn = ਬੰਗਾਲੀ
spoken-ur = ਉਰਦੂ
spoken-wo = ਵੋਲੋਫ਼
spoken-de = ਜਰਮਨ
spoken-pt = ਪੁਰਤਗਾਲੀ
spoken-fa = ਫ਼ਾਰਸੀ
spoken-ti = ਤਿਗਰਿਨਿਆ
spoken-so = ਸੋਮਾਲੀ
spoken-hi = ਹਿੰਦੀ

## ਸੰਸਥਾਵਾਂ
assoc-intro = ਪਰਵਾਸੀ ਪਿਛੋਕੜ ਵਾਲੇ ਲੋਕਾਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ, ਜੋ ਸਾਰੇ ਇਟਲੀ ਵਿੱਚ ਕੰਮ ਕਰਦੀਆਂ ਹਨ। ਕੋਈ ਵੀ ਨਵੀਂ ਸੰਸਥਾ ਦੀ ਰਿਪੋਰਟ ਕਰ ਸਕਦਾ ਹੈ ਜਾਂ ਸੋਧ ਮੰਗ ਸਕਦਾ ਹੈ।
assoc-report-new = ਨਵੀਂ ਸੰਸਥਾ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
assoc-search-placeholder = ਸੰਸਥਾ ਦਾ ਨਾਂ
assoc-community = ਭਾਈਚਾਰਾ
assoc-any-community = ਕੋਈ ਵੀ ਭਾਈਚਾਰਾ
assoc-community-other = ਹੋਰ ਭਾਈਚਾਰਾ ਜਾਂ ਕਈ ਭਾਈਚਾਰੇ
assoc-region = ਖੇਤਰ (ਰੀਜਨ)
assoc-activities = ਗਤੀਵਿਧੀਆਂ
assoc-any-activity = ਕੋਈ ਵੀ ਗਤੀਵਿਧੀ
assoc-count = { $count ->
    [0] ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ ਮਿਲੀ
    [one] { $shown } ਸੰਸਥਾ
   *[other] { $shown } ਸੰਸਥਾਵਾਂ
}
assoc-ask-change = ਸੋਧ ਜਾਂ ਹਟਾਉਣ ਦੀ ਬੇਨਤੀ ਕਰੋ
assoc-change-correction = ਕੁਝ ਗ਼ਲਤ ਹੈ ਜਾਂ ਘੱਟ ਹੈ
assoc-change-removal = ਸੰਸਥਾ ਹੁਣ ਮੌਜੂਦ ਨਹੀਂ: ਇਸ ਨੂੰ ਹਟਾਓ
assoc-new-intro = ਸਾਨੂੰ ਉਸ ਸੰਸਥਾ ਬਾਰੇ ਦੱਸੋ ਜੋ ਅਜੇ ਨਕਸ਼ੇ ’ਤੇ ਨਹੀਂ ਹੈ। ਸੰਪਾਦਕ ਹਰ ਰਿਪੋਰਟ ਨੂੰ ਛਾਪਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚਦੇ ਹਨ।
assoc-name = ਸੰਸਥਾ ਦਾ ਨਾਂ
assoc-comune = ਨਗਰਪਾਲਿਕਾ (comune)
assoc-comune-match = ਪਛਾਣਿਆ ਗਿਆ: { $place }
assoc-description = ਇਹ ਕੀ ਕਰਦੀ ਹੈ (ਚਾਹੋ ਤਾਂ)

## ਫ਼ਾਰਮ
correction-title = ਸੋਧ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
correction-message = ਕੀ ਠੀਕ ਕਰਨਾ ਹੈ?
correction-message-hint = ਜਿਵੇਂ: ਫ਼ੋਨ ਨੰਬਰ ਬਦਲ ਗਿਆ, ਨਵਾਂ ਸਮਾਂ, ਦਫ਼ਤਰ ਕਿਤੇ ਹੋਰ ਚਲਾ ਗਿਆ।
form-email = ਈ-ਮੇਲ
form-email-optional = ਤੁਹਾਡੀ ਈ-ਮੇਲ, ਜੇ ਤੁਸੀਂ ਜਵਾਬ ਚਾਹੁੰਦੇ ਹੋ (ਚਾਹੋ ਤਾਂ)
form-phone = ਫ਼ੋਨ
form-website = ਵੈੱਬਸਾਈਟ
form-submit = ਭੇਜੋ
form-offline-note = ਇਹ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ: ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਉਡੀਕ ਕਰਦਾ ਹੈ ਅਤੇ ਕੁਨੈਕਸ਼ਨ ਮਿਲਣ ’ਤੇ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ।
form-saved-outbox = ਸੰਭਾਲਿਆ ਗਿਆ। ਡਿਵਾਈਸ ਦੇ ਆਨਲਾਈਨ ਹੋਣ ’ਤੇ ਭੇਜਿਆ ਜਾਵੇਗਾ।
form-save-failed = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
form-error-required = ਇਹ ਖ਼ਾਨਾ ਭਰਨਾ ਜ਼ਰੂਰੀ ਹੈ।
form-error-too-long = { $max ->
    [one] ਬਹੁਤ ਲੰਮਾ: ਵੱਧ ਤੋਂ ਵੱਧ ਇੱਕ ਅੱਖਰ।
   *[other] ਬਹੁਤ ਲੰਮਾ: ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ।
}
form-error-too-short = { $max ->
    [one] ਬਹੁਤ ਛੋਟਾ: ਘੱਟੋ-ਘੱਟ ਇੱਕ ਅੱਖਰ।
   *[other] ਬਹੁਤ ਛੋਟਾ: ਘੱਟੋ-ਘੱਟ { $max } ਅੱਖਰ।
}
form-error-control = ਇਸ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕਦੇ।
form-error-email = ਇਹ ਸਹੀ ਈ-ਮੇਲ ਪਤਾ ਨਹੀਂ ਹੈ।
form-error-phone = ਇਹ ਸਹੀ ਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ ਹੈ।
form-error-url = ਇਹ ਸਹੀ ਵੈੱਬ ਪਤਾ ਨਹੀਂ ਹੈ (ਇਹ https:// ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)।
form-error-comune = ਇਸ ਨਗਰਪਾਲਿਕਾ (comune) ਦੀ ਪਛਾਣ ਨਹੀਂ ਹੋਈ।
form-error-contact = ਸੰਸਥਾ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਦਿਓ: ਈ-ਮੇਲ, ਫ਼ੋਨ ਜਾਂ ਵੈੱਬਸਾਈਟ।
service-report-new = ਕਿਸੇ ਸੇਵਾ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
service-report-intro = ਕੀ ਤੁਸੀਂ ਵਿਦੇਸ਼ੀ ਨਾਗਰਿਕਾਂ ਲਈ ਕੋਈ ਦਫ਼ਤਰ, ਕੋਰਸ ਜਾਂ ਸੇਵਾ ਜਾਣਦੇ ਹੋ ਜੋ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ? ਸਾਨੂੰ ਦੱਸੋ। ਸੰਪਾਦਕ ਹਰ ਰਿਪੋਰਟ ਨੂੰ ਛਾਪਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚਦੇ ਹਨ।
service-report-name = ਸੇਵਾ ਜਾਂ ਦਫ਼ਤਰ ਦਾ ਨਾਂ
service-report-comune = ਨਗਰਪਾਲਿਕਾ (comune) ਜਿੱਥੇ ਇਹ ਹੈ
service-report-area = ਵਿਸ਼ਾ
service-report-what = ਇਹ ਕੀ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਕਿਸ ਨੂੰ?
service-report-what-hint = ਜਿਵੇਂ: ਮੰਗਲਵਾਰ ਅਤੇ ਵੀਰਵਾਰ ਸ਼ਾਮ ਨੂੰ ਬਾਲਗਾਂ ਲਈ ਮੁਫ਼ਤ ਇਤਾਲਵੀ ਕੋਰਸ।
service-report-address = ਪਤਾ (ਚਾਹੋ ਤਾਂ)

## ਭੇਜਣ ਵਾਲੇ ਸੁਨੇਹੇ
outbox-title = ਭੇਜਣ ਵਾਲੇ ਸੁਨੇਹੇ
outbox-intro = ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਕੀਤੀਆਂ ਤੁਹਾਡੀਆਂ ਰਿਪੋਰਟਾਂ। ਡਿਵਾਈਸ ਦੇ ਆਨਲਾਈਨ ਹੋਣ ’ਤੇ ਇਹ ਪੋਰਟਲ ਦੇ ਸੰਪਾਦਕਾਂ ਨੂੰ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
outbox-empty = ਭੇਜਣ ਲਈ ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ।
outbox-open = ਖੋਲ੍ਹੋ
outbox-pending = { $count ->
    [0] ਭੇਜਣ ਲਈ ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ
    [one] { $shown } ਸੁਨੇਹਾ ਭੇਜਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
   *[other] { $shown } ਸੁਨੇਹੇ ਭੇਜਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
}
outbox-state-pending = ਭੇਜਣ ਦੀ ਉਡੀਕ ਵਿੱਚ
outbox-attempts = { $count ->
    [one] ਹੁਣ ਤੱਕ { $count } ਕੋਸ਼ਿਸ਼
   *[other] ਹੁਣ ਤੱਕ { $count } ਕੋਸ਼ਿਸ਼ਾਂ
}
outbox-kind-correction = ਕਿਸੇ ਸੇਵਾ ਵਿੱਚ ਸੋਧ
outbox-kind-new_association = ਨਵੀਂ ਸੰਸਥਾ
outbox-kind-association_correction = ਕਿਸੇ ਸੰਸਥਾ ਵਿੱਚ ਸੋਧ
outbox-kind-association_removal = ਕਿਸੇ ਸੰਸਥਾ ਨੂੰ ਹਟਾਉਣਾ
outbox-kind-new_service = ਨਵੀਂ ਸੇਵਾ

## ਇਤਾਲਵੀ ਸਿੱਖੋ
learn-intro = ਬਾਲਗਾਂ ਲਈ ਸਰਕਾਰੀ ਸਕੂਲਾਂ (CPIA) ਵਿੱਚ ਇਤਾਲਵੀ ਕੋਰਸ, ਆਨਲਾਈਨ ਕੋਰਸ, ਐਪਾਂ ਅਤੇ ਕਿਤਾਬਾਂ।
learn-cpia-near = ਤੁਹਾਡੇ ਨੇੜੇ CPIA ਵਿੱਚ ਇਤਾਲਵੀ ਕੋਰਸ
learn-level = ਪੱਧਰ
learn-any-level = ਕੋਈ ਵੀ ਪੱਧਰ
learn-kind = ਕਿਸਮ
learn-any-kind = ਕੋਈ ਵੀ ਕਿਸਮ
learn-levels-explained = ਪੱਧਰ ਯੂਰਪੀ ਢਾਂਚੇ ਅਨੁਸਾਰ ਹਨ: A1 ਅਤੇ A2 ਸ਼ੁਰੂਆਤੀ ਹਨ, B1 ਅਤੇ B2 ਆਜ਼ਾਦ ਵਰਤੋਂਕਾਰ।
learn-count = { $count ->
    [0] ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ
    [one] { $shown } ਸਾਧਨ
   *[other] { $shown } ਸਾਧਨ
}
learn-offline = ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ
learn-taught-in = ਪੜ੍ਹਾਈ ਦੀ ਭਾਸ਼ਾ

## ਰਿਪੋਰਟਾਂ ਅਤੇ ਖ਼ਬਰਾਂ
reports-intro = ਇਟਲੀ ਵਿੱਚ ਮੁੱਖ ਵਿਦੇਸ਼ੀ ਭਾਈਚਾਰਿਆਂ ਅਤੇ ਕੰਮ-ਕਾਜ ਦੀ ਮੰਡੀ ਬਾਰੇ ਸਾਲਾਨਾ ਰਿਪੋਰਟਾਂ ਦੇ ਸਾਰ। ਹਰ ਸਾਰ ਐਪ ਦੀ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹਿਆ ਜਾ ਸਕਦਾ ਹੈ।
reports-labour = ਕੰਮ-ਕਾਜ ਦੀ ਮੰਡੀ
reports-communities = ਭਾਈਚਾਰੇ
report-read-in = ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਪੜ੍ਹੋ
news-none = ਕੋਈ ਖ਼ਬਰ ਨਹੀਂ।

## ਮਦਦ
help-helpline-title = ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ 803.001
help-helpline-body = ਵਿਦੇਸ਼ੀ ਨਾਗਰਿਕਾਂ ਲਈ ਸੇਵਾਵਾਂ ਬਾਰੇ ਜਾਣਕਾਰੀ, ਕਈ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ। ਲੈਂਡਲਾਈਨ ਅਤੇ ਮੋਬਾਈਲ ਤੋਂ ਮੁਫ਼ਤ।
help-protection-title = ਅੰਤਰਰਾਸ਼ਟਰੀ ਸੁਰੱਖਿਆ (ਸ਼ਰਨ)
help-protection-body = ਜੇ ਤੁਹਾਨੂੰ ਆਪਣੇ ਦੇਸ਼ ਵਾਪਸ ਜਾਣ ਤੋਂ ਡਰ ਲੱਗਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਅੰਤਰਰਾਸ਼ਟਰੀ ਸੁਰੱਖਿਆ ਮੰਗ ਸਕਦੇ ਹੋ। ਅਰਜ਼ੀ ਪੁਲਿਸ (Questura) ਕੋਲ ਜਾਂ ਸਰਹੱਦ ’ਤੇ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਇਹ ਮੁਫ਼ਤ ਹੈ।
help-protection-where = ਸੇਵਾਵਾਂ ਅਰਜ਼ੀ ਤਿਆਰ ਕਰਨ ਅਤੇ ਕਾਨੂੰਨੀ ਸਲਾਹ ਲੱਭਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ।
help-qualifications-title = ਵਿੱਦਿਅਕ ਯੋਗਤਾਵਾਂ ਦੀ ਮਾਨਤਾ
help-qualifications-body = ਵਿਦੇਸ਼ ਵਿੱਚ ਲਿਆ ਡਿਪਲੋਮਾ, ਡਿਗਰੀ ਜਾਂ ਪੇਸ਼ਾ ਪੜ੍ਹਾਈ ਜਾਂ ਕੰਮ ਲਈ ਇਟਲੀ ਵਿੱਚ ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਕਰ ਸਕਦਾ ਹੈ।
help-qualifications-where = ਰੁਜ਼ਗਾਰ ਸੇਵਾਵਾਂ ਅਤੇ CPIA ਦੱਸਦੇ ਹਨ ਕਿ ਕਿਹੜਾ ਦਫ਼ਤਰ ਜ਼ਿੰਮੇਵਾਰ ਹੈ ਅਤੇ ਕਿਹੜੇ ਦਸਤਾਵੇਜ਼ ਚਾਹੀਦੇ ਹਨ।
help-find-services = ਸੇਵਾਵਾਂ ਲੱਭੋ
help-emergency-title = ਐਮਰਜੈਂਸੀ
help-emergency-body = ਖ਼ਤਰੇ ਵਿੱਚ ਜਾਂ ਡਾਕਟਰੀ ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਕਿਸੇ ਵੀ ਸਮੇਂ 112 ’ਤੇ ਫ਼ੋਨ ਕਰੋ, ਮੁਫ਼ਤ।
help-privacy-link = ਪਰਦੇਦਾਰੀ ਅਤੇ ਸਰੋਤ

## ਸੈਟਿੰਗਾਂ ਅਤੇ ਜਾਣਕਾਰੀ
settings-language = ਭਾਸ਼ਾ
settings-data = ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਡਾਟਾ
settings-count-services = { $count ->
    [one] { $shown } ਸੇਵਾ
   *[other] { $shown } ਸੇਵਾਵਾਂ
}
settings-count-associations = { $count ->
    [one] { $shown } ਸੰਸਥਾ
   *[other] { $shown } ਸੰਸਥਾਵਾਂ
}
settings-count-learning = { $count ->
    [one] ਸਿੱਖਣ ਲਈ { $shown } ਸਾਧਨ
   *[other] ਸਿੱਖਣ ਲਈ { $shown } ਸਾਧਨ
}
settings-offline = ਇੱਥੇ ਦਿਖਾਇਆ ਸਭ ਕੁਝ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ ਅਤੇ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਚੱਲਦਾ ਹੈ।
privacy-title = ਪਰਦੇਦਾਰੀ
privacy-body = ਤੁਹਾਡੀ ਥਾਂ, ਤੁਹਾਡੀਆਂ ਖੋਜਾਂ ਅਤੇ ਜੋ ਤੁਸੀਂ ਸੰਭਾਲਦੇ ਹੋ, ਉਹ ਕਦੇ ਵੀ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦੇ। ਐਪ ਵਿੱਚ ਨਾ ਕੋਈ ਵਿਸ਼ਲੇਸ਼ਣ ਹੈ ਅਤੇ ਨਾ ਹੀ ਇਸ਼ਤਿਹਾਰ।
privacy-submissions = ਸਿਰਫ਼ ਉਹ ਰਿਪੋਰਟਾਂ ਜੋ ਤੁਸੀਂ ਭੇਜਣਾ ਚੁਣਦੇ ਹੋ (ਸੋਧਾਂ, ਨਵੀਆਂ ਸੰਸਥਾਵਾਂ) ਪੋਰਟਲ ਦੇ ਸੰਪਾਦਕਾਂ ਕੋਲ ਜਾਂਦੀਆਂ ਹਨ, ਤੁਹਾਡੀ ਦਿੱਤੀ ਈ-ਮੇਲ ਸਮੇਤ, ਜੇ ਦਿੱਤੀ ਹੋਵੇ।
sources-title = ਸਰੋਤ ਅਤੇ ਲਾਇਸੈਂਸ
sources-istat = ਨਗਰਪਾਲਿਕਾਵਾਂ (comuni) ਦੀ ਸੂਚੀ: ISTAT (ਇਟਲੀ ਦਾ ਰਾਸ਼ਟਰੀ ਅੰਕੜਾ ਸੰਸਥਾਨ), CC BY 4.0।
sources-openpolis = ਕੋਆਰਡੀਨੇਟ ਅਤੇ ਹੱਦਾਂ: Openpolis, ISTAT ਡਾਟੇ ਤੋਂ, CC BY 4.0।
sources-official = ਰਿਕਾਰਡ: { $publisher }, “{ $dataset }” ({ $date }), ਲਾਇਸੈਂਸ { $licence }।
sources-geonames = ਡਾਕ ਕੋਡਾਂ (CAP) ਦੀਆਂ ਥਾਵਾਂ: { $attribution }।
sources-fonts = ਫ਼ੌਂਟ: Noto (Google), SIL Open Font License 1.1।
sources-sample = ਹੁਣ ਦਿਖਾਈਆਂ ਜਾ ਰਹੀਆਂ ਸੇਵਾਵਾਂ, ਸੰਸਥਾਵਾਂ ਅਤੇ ਕੋਰਸ ਬਣਾਇਆ ਗਿਆ ਨਮੂਨਾ ਡਾਟਾ ਹਨ, ਜੋ ਅਸਲੀ ਨਗਰਪਾਲਿਕਾਵਾਂ (comuni) ਵਿੱਚ ਰੱਖਿਆ ਗਿਆ ਹੈ; ਇਨ੍ਹਾਂ ’ਤੇ “ਨਮੂਨਾ” ਲਿਖਿਆ ਹੈ।
sources-app = Integra, Portale Integrazione Migranti ਦੀ ਐਪ, ਮੁਫ਼ਤ ਅਤੇ ਖੁੱਲ੍ਹਾ ਸਾਫ਼ਟਵੇਅਰ ਹੈ (EUPL 1.2)।

## ਅੱਪਡੇਟ (ਦਸਤਖ਼ਤ ਕੀਤੀ ਫ਼ੀਡ)
sync-title = ਅੱਪਡੇਟ
sync-origin = ਡਾਟਾ
sync-origin-local = ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਤਿਆਰ ਕੀਤਾ ਗਿਆ
sync-publication = ਪ੍ਰਕਾਸ਼ਨ
sync-publication-value = ਨੰਬਰ { $seq }, { $date }
sync-last-check = ਪਿਛਲੀ ਜਾਂਚ
sync-never = ਕਦੇ ਨਹੀਂ
sync-last-problem = ਪਿਛਲੀ ਸਮੱਸਿਆ
sync-update-now = ਹੁਣੇ ਅੱਪਡੇਟ ਕਰੋ
sync-not-configured = ਐਪ ਦੀ ਇਸ ਕਾਪੀ ਵਿੱਚ ਅੱਪਡੇਟ ਲਈ ਕੋਈ ਪਤਾ ਨਹੀਂ ਹੈ: ਇਹ ਉਹੀ ਡਾਟਾ ਵਰਤਦੀ ਹੈ ਜੋ ਇਸ ਦੇ ਨਾਲ ਆਇਆ ਸੀ।
sync-sideload = ਕਿਸੇ ਫ਼ੋਲਡਰ ਜਾਂ USB ਸਟਿੱਕ ਤੋਂ ਅੱਪਡੇਟ ਲੋਡ ਕਰੋ
sync-sideload-hint = ਅੱਪਡੇਟ ਦੀਆਂ ਫ਼ਾਈਲਾਂ (manifest.json ਅਤੇ ਉਸ ਦੇ ਫ਼ੋਲਡਰ) USB ਸਟਿੱਕ ’ਤੇ ਕਾਪੀ ਕਰੋ, ਫਿਰ ਇੱਥੇ ਫ਼ੋਲਡਰ ਲਿਖੋ। ਇਨ੍ਹਾਂ ਦੀ ਜਾਂਚ ਬਿਲਕੁਲ ਡਾਊਨਲੋਡ ਵਾਂਗ ਹੀ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
sync-sideload-button = ਫ਼ੋਲਡਰ ਤੋਂ ਲੋਡ ਕਰੋ
sync-phase-checking = ਅੱਪਡੇਟਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
sync-phase-downloading = ਡਾਊਨਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
sync-phase-verifying = ਫ਼ਾਈਲਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
sync-phase-applying = ਨਵਾਂ ਡਾਟਾ ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
sync-phase-done = ਹੋ ਗਿਆ
sync-updated = ਪ੍ਰਕਾਸ਼ਨ { $seq } ਤੱਕ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
sync-up-to-date = ਡਾਟਾ ਪੂਰੀ ਤਰ੍ਹਾਂ ਅੱਪਡੇਟ ਹੈ।
sync-error-network = ਅੱਪਡੇਟ ਸਰਵਰ ਨਾਲ ਕੋਈ ਕਨੈਕਸ਼ਨ ਨਹੀਂ। ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ; ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ।
sync-error-signature = ਅੱਪਡੇਟ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-expired = ਪੇਸ਼ ਕੀਤੇ ਗਏ ਅੱਪਡੇਟ ਦੀ ਮਿਆਦ ਪੁੱਗ ਚੁੱਕੀ ਹੈ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-rollback = ਪੇਸ਼ ਕੀਤਾ ਗਿਆ ਅੱਪਡੇਟ ਤੁਹਾਡੇ ਡਾਟੇ ਤੋਂ ਪੁਰਾਣਾ ਹੈ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-app-too-old = ਇਸ ਅੱਪਡੇਟ ਲਈ ਐਪ ਦਾ ਨਵਾਂ ਵਰਜਨ ਚਾਹੀਦਾ ਹੈ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-corrupt = ਅੱਪਡੇਟ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਖ਼ਰਾਬ ਹਨ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-no-feed = ਉਸ ਥਾਂ ’ਤੇ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਮਿਲਿਆ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
sync-error-storage = ਨਵਾਂ ਡਾਟਾ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ; ਤੁਹਾਡੇ ਡਾਟੇ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
outbox-state-rejected = ਸੰਪਾਦਕਾਂ ਨੇ ਨਾਮਨਜ਼ੂਰ ਕੀਤਾ
outbox-send-now = ਹੁਣੇ ਭੇਜੋ
outbox-sent = { $count ->
    [0] ਇਸ ਵੇਲੇ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾ ਸਕਿਆ: ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ।
    [one] { $shown } ਸੁਨੇਹਾ ਭੇਜਿਆ ਗਿਆ।
   *[other] { $shown } ਸੁਨੇਹੇ ਭੇਜੇ ਗਏ।
}
sent-title = ਭੇਜੇ ਗਏ ਸੁਨੇਹੇ
sent-intro = ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਭੇਜੇ ਗਏ ਸੁਨੇਹਿਆਂ ਬਾਰੇ ਸੰਪਾਦਕਾਂ ਨੇ ਕੀ ਫ਼ੈਸਲਾ ਕੀਤਾ।
sent-state-received = ਮਿਲ ਗਿਆ, ਸੰਪਾਦਕਾਂ ਦੀ ਉਡੀਕ ਹੈ
sent-state-accepted = ਮਨਜ਼ੂਰ
sent-state-rejected = ਮਨਜ਼ੂਰ ਨਹੀਂ
sent-reason = ਕਾਰਨ: { $reason }
sent-clear = ਸੂਚੀ ਖ਼ਾਲੀ ਕਰੋ
