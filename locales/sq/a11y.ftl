# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Kalo te përmbajtja
nav-main-label = Navigimi kryesor
footer-label = Rreth aplikacionit
footer-accessibility = Deklarata e aksesueshmërisë
a11y-title = Deklarata e aksesueshmërisë
a11y-intro = Kjo deklaratë ka të bëjë me aplikacionin Integra të Portale Integrazione Migranti, sipas ligjit italian 4/2004 dhe udhëzimeve të AgID për aksesueshmërinë e mjeteve informatike (WCAG 2.1, niveli AA).
a11y-status-title = Gjendja e përputhshmërisë
a11y-status-body = Aplikacioni është pjesërisht në përputhje: kontrollet automatike (axe-core) nuk gjejnë probleme serioze ose kritike në asnjë ekran në italisht, arabisht dhe kinezisht; i gjithë aplikacioni përdoret me tastierë, me fokus të dukshëm. Mbeten kufizimet e renditura më poshtë.
a11y-limits-title = Kufizime të njohura
a11y-limit-map = Harta e rezultateve është një vizatim: të njëjtat rezultate janë në listë, me adresë dhe largësi.
a11y-limit-voices = Leximi me zë përdor zërat e instaluar në pajisje: për disa gjuhë pajisja mund të mos ketë asnjë.
a11y-limit-italian = Disa kartela ekzistojnë vetëm në italisht: ato janë të sinjalizuara dhe të shënuara si tekst italisht për lexuesit e ekranit.
a11y-feedback-title = Sinjalizime dhe kontakt
a11y-feedback-body = Për të sinjalizuar një problem aksesueshmërie ose për të kërkuar një informacion në formë të aksesueshme, përdorni «{ card-report-correction }» në një kartelë ose telefononi numrin falas.
a11y-enforcement = Nëse përgjigjja nuk ju kënaq, mund t'i drejtoheni Agjencisë për Italinë Digjitale (AgID) me procedurën e parashikuar nga ligji 4/2004.
a11y-date = Deklarata u hartua më { $date } me vetëvlerësim.
speech-read-aloud = Lexo me zë
speech-stop = Ndalo leximin
speech-no-voice = Kjo pajisje nuk ka zë për { $language }: teksti mbetet në ekran.
speech-unavailable = Kjo pajisje nuk mund të lexojë me zë.
