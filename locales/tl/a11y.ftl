# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Lumaktaw sa nilalaman
nav-main-label = Pangunahing nabigasyon
footer-label = Tungkol sa app
footer-accessibility = Pahayag sa accessibility
a11y-title = Pahayag sa accessibility
a11y-intro = Ang pahayag na ito ay tungkol sa Integra app ng Portale Integrazione Migranti, ayon sa batas ng Italya 4/2004 at sa mga alituntunin ng AgID sa accessibility ng mga kagamitang IT (WCAG 2.1, antas AA).
a11y-status-title = Katayuan ng pagsunod
a11y-status-body = Bahagyang sumusunod ang app: walang nakikitang seryoso o kritikal na problema ang mga awtomatikong pagsusuri (axe-core) sa alinmang screen sa Italyano, Arabe at Tsino; magagamit ang buong app sa keyboard, na may nakikitang focus. Nananatili ang mga limitasyong nakalista sa ibaba.
a11y-limits-title = Mga kilalang limitasyon
a11y-limit-map = Larawan lamang ang mapa ng mga resulta: nasa listahan din ang parehong mga resulta, may address at layo.
a11y-limit-voices = Ginagamit ng pagbasa nang malakas ang mga boses na naka-install sa device: maaaring walang boses para sa ilang wika.
a11y-limit-italian = May mga card na nasa Italyano lamang: may marka ang mga ito at minarkahan bilang tekstong Italyano para sa mga screen reader.
a11y-feedback-title = Puna at pakikipag-ugnayan
a11y-feedback-body = Para mag-ulat ng problema sa accessibility o humingi ng impormasyon sa anyong accessible, gamitin po ninyo ang “{ card-report-correction }” sa isang card o tumawag sa libreng helpline.
a11y-enforcement = Kung hindi kasiya-siya ang sagot, maaari kayong lumapit sa Agency for Digital Italy (AgID) sa pamamagitan ng prosesong itinakda ng batas 4/2004.
a11y-date = Inihanda ang pahayag noong { $date } sa pamamagitan ng sariling pagsusuri.
speech-read-aloud = Basahin nang malakas
speech-stop = Itigil ang pagbasa
speech-no-voice = Walang boses ang device na ito para sa { $language }: nananatili ang teksto sa screen.
speech-unavailable = Hindi makapagbasa nang malakas ang device na ito.
