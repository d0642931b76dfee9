# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Aller au contenu
nav-main-label = Navigation principale
footer-label = À propos de l'application
footer-accessibility = Déclaration d'accessibilité
a11y-title = Déclaration d'accessibilité
a11y-intro = Cette déclaration concerne l'application Integra du Portale Integrazione Migranti, selon la loi italienne 4/2004 et les lignes directrices de l'AgID sur l'accessibilité des outils informatiques (WCAG 2.1, niveau AA).
a11y-status-title = État de conformité
a11y-status-body = L'application est partiellement conforme : les contrôles automatiques (axe-core) ne trouvent aucun problème grave ou critique sur aucun écran en italien, en arabe et en chinois ; toute l'application s'utilise au clavier, avec un focus visible. Les limites ci-dessous demeurent.
a11y-limits-title = Limites connues
a11y-limit-map = La carte des résultats est un dessin : les mêmes résultats figurent dans la liste, avec l'adresse et la distance.
a11y-limit-voices = La lecture à voix haute utilise les voix installées sur l'appareil : pour certaines langues, il peut n'y en avoir aucune.
a11y-limit-italian = Certaines fiches n'existent qu'en italien : elles sont signalées et marquées comme texte italien pour les lecteurs d'écran.
a11y-feedback-title = Signalements et contact
a11y-feedback-body = Pour signaler un problème d'accessibilité ou demander une information sous une forme accessible, utilisez « { card-report-correction } » sur une fiche ou appelez le numéro vert.
a11y-enforcement = Si la réponse ne vous satisfait pas, vous pouvez vous adresser à l'Agence pour l'Italie numérique (AgID) selon la procédure prévue par la loi 4/2004.
a11y-date = Déclaration établie le { $date } par auto-évaluation.
speech-read-aloud = Lire à voix haute
speech-stop = Arrêter la lecture
speech-no-voice = Cet appareil n'a pas de voix pour { $language } : le texte reste à l'écran.
speech-unavailable = Cet appareil ne peut pas lire à voix haute.
