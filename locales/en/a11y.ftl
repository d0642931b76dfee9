# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Skip to content
nav-main-label = Main navigation
footer-label = About the app
footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-intro = This statement covers the Integra app of the Portale Integrazione Migranti, under Italian Law 4/2004 and the AgID guidelines on the accessibility of IT tools (WCAG 2.1, level AA).
a11y-status-title = Conformance status
a11y-status-body = The app is partially compliant: automatic checks (axe-core) find no serious or critical problems on any screen in Italian, Arabic and Chinese; the whole app can be used with the keyboard, with visible focus. The limits listed below remain.
a11y-limits-title = Known limits
a11y-limit-map = The map of results is a drawing: the same results are in the list, with address and distance.
a11y-limit-voices = Reading aloud uses the voices installed on the device: for some languages the device may have none.
a11y-limit-italian = Some records exist only in Italian: they are flagged, and marked as Italian text for screen readers.
a11y-feedback-title = Feedback and contact
a11y-feedback-body = To report an accessibility problem or ask for information in an accessible form, use “{ card-report-correction }” on a card or call the free helpline.
a11y-enforcement = If the answer is not satisfactory, you can turn to the Agency for Digital Italy (AgID) through the enforcement procedure of Law 4/2004.
a11y-date = Statement prepared on { $date } by self-assessment.
speech-read-aloud = Read aloud
speech-stop = Stop reading
speech-no-voice = This device has no voice for { $language }: the text stays on the screen.
speech-unavailable = This device cannot read aloud.
