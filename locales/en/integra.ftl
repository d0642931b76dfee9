# Integra — English. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## The app and its languages
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = English
picker-title = Choose your language

## Actions
action-back = Back
action-dismiss = Close
action-search = Search
action-open-card = Open the card

## Notices
notice-catalog-built = The catalog was prepared on this device from the bundled data in { $seconds } s. It works without internet.
notice-catalog-rebuilt = The catalog file on this device was damaged, so it was set aside and prepared again from the bundled data. Your settings and your messages waiting to be sent were kept.

## Home
search-label = What are you looking for?
search-placeholder = e.g. Italian course, doctor, house, job
home-areas = Services by topic
home-more = More
nav-associations = Migrant associations
nav-learn = Learn Italian
nav-reports = Reports on communities and work
nav-news = News
nav-help = Help and helpline
nav-settings = Settings and information
helpline-short = Questions? Call the free helpline.
helpline-call = Call { $number }
data-status = { $source } · { $count ->
    [one] 1 service
   *[other] { $services } services
} · updated { $date } · works offline
data-sample = Sample data
data-official = Official data

## Place
place-label = Place:
place-none = choose a place
place-near = near { $place }
place-title = Where are you?
place-privacy = Your place stays on this device. It is only used to sort services by distance.
place-search-label = Town or city (comune)
place-placeholder = e.g. Prato
place-no-match = No comune matches. Check the spelling or try a nearby town.
place-use-position = Use my position
place-locating = Finding your position…
place-position-unavailable = Your position is not available. Choose a town instead.
place-forget = Forget my place

## Results
results-count = { $count ->
    [0] No results
    [one] One result
   *[other] { $shown } results
}
results-show-map = Show on map
search-failed = The search did not work.
filters-title = Filters
filters-active = { $count ->
    [one] { $shown } filter on
   *[other] { $shown } filters on
}
filter-open-now = Open now
filter-free = Free
filter-no-documents = No documents needed
filter-area = Topic
filter-target-group = For whom
filter-language = Language spoken
filter-any-language = Any language
filter-territory = Region
filter-all-italy = All of Italy
filter-radius = Within
filter-radius-any = any distance
filter-clear = Clear all filters
filter-kind = Show
filter-kind-service = Services
filter-kind-learning_resource = Courses
filter-kind-organization = Associations
row-kind-service = Service
row-kind-learning_resource = Course
row-kind-organization = Association
results-mentions = These only mention your words in their description:
sort-label = Sort by
sort-distance = distance
sort-relevance = best match
distance-m = { $m } m
distance-km = { $km } km
distance-about = about { $distance }
distance-in-comune = in { $comune }
languages-spoken = Languages spoken
badge-free = Free
badge-no-documents = No documents needed
badge-sample = Sample
sample-explained = Sample record: generated to show how the app works. It is not a real service.
open-now = Open now
closed-now = Closed now
hours-unknown = Hours not known: call first

## Empty results
empty-title = Nothing found
empty-check-words = Check the spelling, or use fewer or simpler words.
empty-widen = Search within { $distance }
empty-any-distance = Search at any distance
empty-drop-filter = Remove the filter: { $filter }
empty-helpline = The free helpline can help you find a service.
empty-area-none-title = No records for { $area } in the app yet
empty-area-none = The app holds official open data: Italian courses at the CPIA, state schools and hospitals. The portal's own records for this area are not published yet; they will arrive with its updates.

## Pager
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-page = Page { $page } of { $pages }

## Map
map-title = Map of the results
map-pins = { $count ->
    [one] One place on the map
   *[other] { $shown } places on the map
}
map-zoom-region = Zoom to a region
map-zoom-province = Zoom to a province
map-whole-region = Whole region
map-attribution = Boundaries: ISTAT, Openpolis (CC BY 4.0). The map works offline.

## Service card
card-description = What it offers
card-contacts = Where and how to contact
card-directions = Directions
card-osm = Open in OpenStreetMap
card-call = Call
card-no-phone = The source gives no phone number for this place. The free helpline can help you:
card-hours = Opening hours
card-details = Details
card-documents = Documents to bring
card-no-documents = No documents needed
card-not-stated = Not stated
card-cost = Cost
card-paid = Payment required
card-eligibility = Who can use it
card-how-to-apply = How to access it
card-target-groups = For whom
card-service-area = Area served
card-verified = Last verified
card-qr = QR code of this card
card-qr-hint = Scan it with a phone to keep the address, phone and hours.
card-save = Save
card-unsave = Remove from saved
card-report-correction = Report a correction
card-updated = Record updated on { $date }
card-source = Source: { $publisher }, “{ $dataset }”, data { $date }, licence { $licence }
card-source-portal = Source: Portale Integrazione Migranti (its editorial office and the regions' referents)
card-source-geonames = postcode positions: { $attribution }
card-position-comune = Approximate position: the map shows the centre of { $comune }, not the building. Check the address before you go.
card-position-postcode = Approximate position: the map shows the area of postcode { $postcode } in { $comune }, not the building. Check the address before you go.
kind-title = What this place is
kind-cpia-site = A CPIA (provincial centre for adult education) is a public school for adults. Here adults of any nationality, from 16 years old, learn Italian from the first steps to level A2 and can get the Italian middle-school diploma (licenza media). Ask this site or the CPIA office when courses start and how to enrol.
kind-school-infanzia = A state nursery school (scuola dell'infanzia) for children from 3 to 6 years old. It is not compulsory.
kind-school-primaria = A state primary school (scuola primaria) for children from 6 to 11 years old. School is compulsory for every child from 6 to 16.
kind-school-secondaria-1 = A state lower secondary school (scuola secondaria di primo grado, “scuola media”) for children from 11 to 14 years old. School is compulsory for every child from 6 to 16.
kind-school-secondaria-2 = A state upper secondary school (liceo, technical or vocational institute) for young people from 14 to 19 years old. School is compulsory up to 16.
kind-school-enrolment = Every child living in Italy can enrol in a state school at any time of the year, also without a residence permit: the school cannot refuse a child for that. To enrol, ask the institute's office (segreteria).
kind-adult-secondary = Evening courses of a state upper secondary school, for adults (second-level courses): they lead to a diploma. Adults who have the Italian middle-school diploma or an equivalent qualification can enrol: ask the school's office.
kind-hospital = A hospital of the National Health Service (public, or private with the same role as a public one). In an emergency call 112. Urgent and essential care is given also to people without a residence permit (with the STP code).
kind-private-clinic = A private clinic (casa di cura). Some work for the National Health Service, others only for payment: before you go, ask whether you will have to pay. In an emergency call 112.
place-kind-cpia-site = CPIA: Italian for adults
place-kind-school-infanzia = Nursery school
place-kind-school-primaria = Primary school
place-kind-school-secondaria-1 = Middle school
place-kind-school-secondaria-2 = Upper secondary school
place-kind-adult-secondary = Evening school for adults
place-kind-hospital = Hospital
place-kind-private-clinic = Private clinic
service-not-active = Not active
italian-fallback = Not available in your language: shown in Italian.
hours-not-stated = Opening hours are not stated: call before you go.
hours-open-until =
    { $when ->
        [today] Open now, until { $time }
        [week] Open now, closes { hours-weekday-on } at { $time }
       *[later] Open now, closes on { $date } at { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Closed now, opens at { $time }
        [week] Closed now, opens { hours-weekday-on } at { $time }
       *[later] Closed now, opens on { $date } at { $time }
    }
hours-closed-day = Closed
hours-appointment = by appointment
record-missing = This record is no longer in the catalog.
record-failed = This record could not be read.

## Days and months
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
hours-weekday-on = { $weekday ->
    [monday] on Monday
    [tuesday] on Tuesday
    [wednesday] on Wednesday
    [thursday] on Thursday
    [friday] on Friday
    [saturday] on Saturday
   *[sunday] on Sunday
}
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }

## Languages people speak at a service
spoken-it = Italian
spoken-en = English
spoken-fr = French
spoken-es = Spanish
spoken-sq = Albanian
spoken-ar = Arabic
spoken-zh = Chinese
spoken-pa = Punjabi
spoken-ru = Russian
spoken-tl = Tagalog
spoken-uk = Ukrainian
spoken-ro = Romanian
spoken-bn = Bengali
spoken-ur = Urdu
spoken-wo = Wolof
spoken-de = German
spoken-pt = Portuguese
spoken-fa = Persian
spoken-ti = Tigrinya
spoken-so = Somali
spoken-hi = Hindi

## Associations
assoc-intro = Associations of people with a migrant background, active across Italy. Anyone can report a new one or ask for a correction.
assoc-report-new = Report a new association
assoc-search-placeholder = Name of the association
assoc-community = Community
assoc-any-community = Any community
assoc-community-other = Other or several communities
assoc-region = Region
assoc-activities = Activities
assoc-any-activity = Any activity
assoc-count = { $count ->
    [0] No associations found
    [one] One association
   *[other] { $shown } associations
}
assoc-ask-change = Ask for a correction or removal
assoc-change-correction = Something is wrong or missing
assoc-change-removal = The association no longer exists: remove it
assoc-new-intro = Tell us about an association that is not on the map yet. Editors check every report before it is published.
assoc-name = Name of the association
assoc-comune = Town or city (comune)
assoc-comune-match = Recognized: { $place }
assoc-description = What it does (optional)

## Forms
correction-title = Report a correction
correction-message = What should be corrected?
correction-message-hint = For example: the phone number changed, new opening hours, the office moved.
form-email = E-mail
form-email-optional = Your e-mail, if you want an answer (optional)
form-phone = Phone
form-website = Website
form-submit = Send
form-offline-note = This works without internet: your message waits on this device and is sent when a connection is available.
form-saved-outbox = Saved. It will be sent when the device is online.
form-save-failed = Could not save your message.
form-error-required = This field is required.
form-error-too-long = { $max ->
    [one] Too long: at most one character.
   *[other] Too long: at most { $max } characters.
}
form-error-too-short = { $max ->
    [one] Too short: at least one character.
   *[other] Too short: at least { $max } characters.
}
form-error-control = Contains characters that cannot be used.
form-error-email = This is not a valid e-mail address.
form-error-phone = This is not a valid phone number.
form-error-url = This is not a valid web address (it starts with https://).
form-error-comune = This comune is not recognized.
form-error-contact = Give at least one way to contact the association: e-mail, phone or website.
service-report-new = Report a service
service-report-intro = Do you know an office, a course or a service for foreign nationals that is not in the app? Tell us about it. Editors check every report before it is published.
service-report-name = Name of the service or office
service-report-comune = Comune where it is
service-report-area = Area
service-report-what = What does it offer, and to whom?
service-report-what-hint = For example: a free Italian course on Tuesday and Thursday evenings, for adults.
service-report-address = Address (optional)

## Outbox
outbox-title = Messages to send
outbox-intro = Reports you made on this device. They are sent to the portal's editors when the device is online.
outbox-empty = Nothing waiting to be sent.
outbox-open = Open
outbox-pending = { $count ->
    [0] Nothing waiting to be sent
    [one] One message waiting to be sent
   *[other] { $shown } messages waiting to be sent
}
outbox-state-pending = Waiting to be sent
outbox-attempts = { $count ->
    [one] One attempt so far
   *[other] { $count } attempts so far
}
outbox-kind-correction = Correction to a service
outbox-kind-new_association = New association
outbox-kind-association_correction = Correction to an association
outbox-kind-association_removal = Removal of an association
outbox-kind-new_service = New service

## Learn Italian
learn-intro = Italian courses at public adult schools (CPIA), online courses, apps and books.
learn-cpia-near = Italian courses at the CPIA near you
learn-level = Level
learn-any-level = Any level
learn-kind = Kind
learn-any-kind = Any kind
learn-levels-explained = Levels follow the European framework: A1 and A2 are beginners, B1 and B2 independent users.
learn-count = { $count ->
    [0] Nothing found
    [one] One resource
   *[other] { $shown } resources
}
learn-offline = Works offline
learn-taught-in = Taught in

## Reports and news
reports-intro = Summaries of the yearly reports on the main foreign communities in Italy and on the labour market. Each can be read in any of the app's languages.
reports-labour = Labour market
reports-communities = Communities
report-read-in = Read in
news-none = No news.

## Help
help-helpline-title = Free helpline 803.001
help-helpline-body = Information on services for foreign nationals, in several languages. Free from landlines and mobiles.
help-protection-title = International protection (asylum)
help-protection-body = If you fear returning to your country, you can ask for international protection. The request is made at the police (Questura) or at the border, and it is free.
help-protection-where = Services can help you prepare the request and find legal advice.
help-qualifications-title = Recognition of qualifications
help-qualifications-body = A diploma, degree or profession obtained abroad can be recognized in Italy for study or work.
help-qualifications-where = Employment services and CPIAs explain which office is responsible and which documents are needed.
help-find-services = Find services
help-emergency-title = Emergencies
help-emergency-body = In danger or in a medical emergency, call 112 at any time, free.
help-privacy-link = Privacy and sources

## Settings and about
settings-language = Language
settings-data = Data on this device
settings-count-services = { $count ->
    [one] One service
   *[other] { $shown } services
}
settings-count-associations = { $count ->
    [one] One association
   *[other] { $shown } associations
}
settings-count-learning = { $count ->
    [one] One learning resource
   *[other] { $shown } learning resources
}
settings-offline = Everything shown here is stored on this device and works without internet.
privacy-title = Privacy
privacy-body = Your place, your searches and what you save never leave this device. The app has no analytics and no advertising.
privacy-submissions = Only the reports you choose to send (corrections, new associations) go to the portal's editors, with the e-mail you give, if any.
sources-title = Sources and licences
sources-istat = List of comuni: ISTAT (Italian National Institute of Statistics), CC BY 4.0.
sources-openpolis = Coordinates and boundaries: Openpolis, from ISTAT data, CC BY 4.0.
sources-official = Records: { $publisher }, “{ $dataset }” ({ $date }), licence { $licence }.
sources-geonames = Positions of postcodes: { $attribution }.
sources-fonts = Fonts: Noto (Google), SIL Open Font License 1.1.
sources-sample = The services, associations and courses now shown are generated sample data placed at real comuni; they are marked “Sample”.
sources-app = Integra, the app of the Portale Integrazione Migranti, is free software (EUPL 1.2).

## Updates (the signed feed)
sync-title = Updates
sync-origin = Data
sync-origin-local = Prepared on this device
sync-publication = Publication
sync-publication-value = number { $seq }, { $date }
sync-last-check = Last check
sync-never = never
sync-last-problem = Last problem
sync-update-now = Update now
sync-not-configured = This copy of the app has no update address: it uses the data it came with.
sync-sideload = Load an update from a folder or USB stick
sync-sideload-hint = Copy the update files (manifest.json and its folders) to a USB stick, then write the folder here. They are checked exactly like a download.
sync-sideload-button = Load from the folder
sync-phase-checking = Checking for updates…
sync-phase-downloading = Downloading…
sync-phase-verifying = Checking the files…
sync-phase-applying = Saving the new data…
sync-phase-done = Done
sync-updated = Updated to publication { $seq }.
sync-up-to-date = The data is up to date.
sync-error-network = No connection to the update server. Your data was not changed; it will be tried again later.
sync-error-signature = The update could not be verified; your data was not changed.
sync-error-expired = The update offered is out of date; your data was not changed.
sync-error-rollback = The update offered is older than your data; your data was not changed.
sync-error-app-too-old = This update needs a newer version of the app; your data was not changed.
sync-error-corrupt = The update files are damaged; your data was not changed.
sync-error-no-feed = No update was found at that place; your data was not changed.
sync-error-storage = The data could not be saved on this device; your data was not changed.
outbox-state-rejected = Refused by the editors
outbox-send-now = Send now
outbox-sent = { $count ->
    [0] Nothing could be sent now: it will be tried again later.
    [one] One message sent.
   *[other] { $shown } messages sent.
}
sent-title = Sent messages
sent-intro = What the editors decided about the messages sent from this device.
sent-state-received = Received, waiting for the editors
sent-state-accepted = Accepted
sent-state-rejected = Not accepted
sent-reason = Reason: { $reason }
sent-clear = Clear the list
