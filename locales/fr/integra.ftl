# Integra — Français. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## L'application et ses langues
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Français
picker-title = Choisissez votre langue

## Actions
action-back = Retour
action-dismiss = Fermer
action-search = Rechercher
action-open-card = Ouvrir la fiche

## Avis
notice-catalog-built = Le catalogue a été préparé sur cet appareil à partir des données fournies avec l'application en { $seconds } s. Il fonctionne sans internet.
notice-catalog-rebuilt = Le fichier du catalogue sur cet appareil était endommagé : il a été mis de côté et préparé de nouveau à partir des données fournies avec l'application. Vos réglages et vos messages en attente d'envoi ont été conservés.

## Accueil
search-label = Que cherchez-vous ?
search-placeholder = ex. cours d'italien, médecin, logement, travail
home-areas = Services par thème
home-more = Plus
nav-associations = Associations de migrants
nav-learn = Apprendre l'italien
nav-reports = Rapports sur les communautés et le travail
nav-news = Actualités
nav-help = Aide et numéro vert
nav-settings = Réglages et informations
helpline-short = Des questions ? Appelez le numéro vert gratuit.
helpline-call = Appeler le { $number }
data-status = { $source } · { $count ->
    [one] { $services } service
   *[other] { $services } services
} · mis à jour le { $date } · fonctionne hors ligne
data-sample = Données d'exemple
data-official = Données officielles

## Lieu
place-label = Lieu :
place-none = choisissez un lieu
place-near = près de { $place }
place-title = Où êtes-vous ?
place-privacy = Votre lieu reste sur cet appareil. Il sert seulement à trier les services par distance.
place-search-label = Ville ou commune (comune)
place-placeholder = ex. Prato
place-no-match = Aucune commune ne correspond. Vérifiez l'orthographe ou essayez une ville proche.
place-use-position = Utiliser ma position
place-locating = Recherche de votre position…
place-position-unavailable = Votre position n'est pas disponible. Choisissez plutôt une ville.
place-forget = Oublier mon lieu

## Résultats
results-count = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $shown } résultats
}
results-show-map = Voir sur la carte
search-failed = La recherche n'a pas fonctionné.
filters-title = Filtres
filters-active = { $count ->
    [one] { $shown } filtre actif
   *[other] { $shown } filtres actifs
}
filter-open-now = Ouvert maintenant
filter-free = Gratuit
filter-no-documents = Aucun document demandé
filter-area = Thème
filter-target-group = Pour qui
filter-language = Langue parlée
filter-any-language = Toutes les langues
filter-territory = Région
filter-all-italy = Toute l'Italie
filter-radius = Dans un rayon de
filter-radius-any = toute distance
filter-clear = Effacer tous les filtres
filter-kind = Afficher
filter-kind-service = Services
filter-kind-learning_resource = Cours
filter-kind-organization = Associations
row-kind-service = Service
row-kind-learning_resource = Cours
row-kind-organization = Association
results-mentions = Vos mots n'apparaissent que dans leur description :
sort-label = Trier par
sort-distance = distance
sort-relevance = pertinence
distance-m = { $m } m
distance-km = { $km } km
distance-about = environ { $distance }
distance-in-comune = à { $comune }
languages-spoken = Langues parlées
badge-free = Gratuit
badge-no-documents = Aucun document demandé
badge-sample = Exemple
sample-explained = Fiche d'exemple : créée pour montrer comment l'application fonctionne. Ce n'est pas un vrai service.
open-now = Ouvert maintenant
closed-now = Fermé maintenant
hours-unknown = Horaires inconnus : appelez d'abord

## Aucun résultat
empty-title = Aucun résultat
empty-check-words = Vérifiez l'orthographe, ou utilisez moins de mots ou des mots plus simples.
empty-widen = Chercher dans un rayon de { $distance }
empty-any-distance = Chercher à toute distance
empty-drop-filter = Retirer le filtre : { $filter }
empty-helpline = Le numéro vert gratuit peut vous aider à trouver un service.
empty-area-none-title = Pas encore de fiches pour le thème « { $area } » dans l'application
empty-area-none = L'application contient des données ouvertes officielles : les cours d'italien des CPIA, les écoles publiques et les hôpitaux. Les fiches du portail pour ce thème ne sont pas encore publiées ; elles arriveront avec les mises à jour.

## Pages
pager-label = Pages
pager-previous = Précédente
pager-next = Suivante
pager-page = Page { $page } sur { $pages }

## Carte
map-title = Carte des résultats
map-pins = { $count ->
    [one] { $shown } lieu sur la carte
   *[other] { $shown } lieux sur la carte
}
map-zoom-region = Zoomer sur une région
map-zoom-province = Zoomer sur une province
map-whole-region = Toute la région
map-attribution = Limites : ISTAT, Openpolis (CC BY 4.0). La carte fonctionne hors ligne.

## Fiche du service
card-description = Ce qu'il propose
card-contacts = Où et comment le contacter
card-directions = Itinéraire
card-osm = Ouvrir dans OpenStreetMap
card-call = Appeler
card-no-phone = La source n’indique pas de numéro de téléphone pour ce lieu. Le numéro vert gratuit peut vous aider :
card-hours = Horaires d'ouverture
card-details = Détails
card-documents = Documents à apporter
card-no-documents = Aucun document demandé
card-not-stated = Non indiqué
card-cost = Coût
card-paid = Payant
card-eligibility = Qui peut l'utiliser
card-how-to-apply = Comment y accéder
card-target-groups = Pour qui
card-service-area = Zone desservie
card-verified = Dernière vérification
card-qr = Code QR de cette fiche
card-qr-hint = Scannez-le avec un téléphone pour garder l'adresse, le téléphone et les horaires.
card-save = Enregistrer
card-unsave = Retirer des favoris
card-report-correction = Signaler une correction
card-updated = Fiche mise à jour le { $date }
card-source = Source : { $publisher }, « { $dataset } », données { $date }, licence { $licence }
card-source-portal = Source : Portale Integrazione Migranti (sa rédaction et ses référents régionaux)
card-source-geonames = positions des codes postaux (CAP) : { $attribution }
card-position-comune = Position approximative : la carte indique le centre de { $comune }, pas le bâtiment. Vérifiez l'adresse avant d'y aller.
card-position-postcode = Position approximative : la carte indique la zone du code postal (CAP) { $postcode } à { $comune }, pas le bâtiment. Vérifiez l'adresse avant d'y aller.
kind-title = Qu'est-ce que ce lieu ?
kind-cpia-site = Le CPIA (centre provincial pour l'instruction des adultes) est une école publique pour adultes. Ici, les adultes de toutes nationalités, à partir de 16 ans, apprennent l'italien des premiers pas jusqu'au niveau A2 et peuvent obtenir le diplôme italien de fin de collège (licenza media). Demandez à ce site ou au secrétariat du CPIA quand commencent les cours et comment vous inscrire.
kind-school-infanzia = École maternelle publique (scuola dell'infanzia), pour les enfants de 3 à 6 ans. Elle n'est pas obligatoire.
kind-school-primaria = École élémentaire publique (scuola primaria), pour les enfants de 6 à 11 ans. L'école est obligatoire pour tous les enfants de 6 à 16 ans.
kind-school-secondaria-1 = Collège public (scuola secondaria di primo grado, « scuola media »), pour les enfants de 11 à 14 ans. L'école est obligatoire pour tous les enfants de 6 à 16 ans.
kind-school-secondaria-2 = Lycée public (liceo, institut technique ou professionnel), pour les jeunes de 14 à 19 ans. L'école est obligatoire jusqu'à 16 ans.
kind-school-enrolment = Tout enfant qui vit en Italie peut s'inscrire à l'école publique à tout moment de l'année, même sans titre de séjour (permesso di soggiorno) : l'école ne peut pas le refuser pour cette raison. Pour l'inscription, adressez-vous au secrétariat de l'établissement (segreteria).
kind-adult-secondary = Cours du soir pour adultes d'un lycée public (parcours de deuxième niveau) : ils mènent à un diplôme. Les adultes qui ont le diplôme italien de fin de collège (licenza media) ou un titre équivalent peuvent s'inscrire : demandez au secrétariat de l'établissement.
kind-hospital = Hôpital du Service sanitaire national (public, ou privé assimilé au public). En cas d'urgence, appelez le 112. Même sans titre de séjour (permesso di soggiorno), les soins urgents et essentiels sont garantis (avec le code STP).
kind-private-clinic = Clinique privée (casa di cura). Certaines travaillent pour le Service sanitaire national, d'autres seulement contre paiement : avant d'y aller, demandez si vous devrez payer. En cas d'urgence, appelez le 112.
place-kind-cpia-site = CPIA : italien pour adultes
place-kind-school-infanzia = École maternelle
place-kind-school-primaria = École élémentaire
place-kind-school-secondaria-1 = Collège
place-kind-school-secondaria-2 = Lycée
place-kind-adult-secondary = École du soir pour adultes
place-kind-hospital = Hôpital
place-kind-private-clinic = Clinique privée
service-not-active = Inactif
italian-fallback = Pas disponible dans votre langue : affiché en italien.
hours-not-stated = Les horaires d'ouverture ne sont pas indiqués : appelez avant d'y aller.
hours-open-until =
    { $when ->
        [today] Ouvert maintenant, jusqu'à { $time }
        [week] Ouvert maintenant, ferme { hours-weekday-on } à { $time }
       *[later] Ouvert maintenant, ferme le { $date } à { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Fermé maintenant, ouvre à { $time }
        [week] Fermé maintenant, ouvre { hours-weekday-on } à { $time }
       *[later] Fermé maintenant, ouvre le { $date } à { $time }
    }
hours-closed-day = Fermé
hours-appointment = sur rendez-vous
record-missing = Cette fiche n'est plus dans le catalogue.
record-failed = Impossible de lire cette fiche.

## Jours et mois
weekday-1 = Lundi
weekday-2 = Mardi
weekday-3 = Mercredi
weekday-4 = Jeudi
weekday-5 = Vendredi
weekday-6 = Samedi
weekday-7 = Dimanche
hours-weekday-on = { $weekday ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
}
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-long = { $day } { $month } { $year }

## Langues parlées dans un service
spoken-it = Italien
spoken-en = Anglais
spoken-fr = Français
spoken-es = Espagnol
spoken-sq = Albanais
spoken-ar = Arabe
spoken-zh = Chinois
spoken-pa = Pendjabi
spoken-ru = Russe
spoken-tl = Tagalog
spoken-uk = Ukrainien
spoken-ro = Roumain
spoken-bn = Bengali
spoken-ur = Ourdou
spoken-wo = Wolof
spoken-de = Allemand
spoken-pt = Portugais
spoken-fa = Persan
spoken-ti = Tigrigna
spoken-so = Somali
spoken-hi = Hindi

## Associations
assoc-intro = Associations de personnes issues de l'immigration, actives dans toute l'Italie. Tout le monde peut en signaler une nouvelle ou demander une correction.
assoc-report-new = Signaler une nouvelle association
assoc-search-placeholder = Nom de l'association
assoc-community = Communauté
assoc-any-community = Toutes les communautés
assoc-community-other = Autre communauté ou plusieurs communautés
assoc-region = Région
assoc-activities = Activités
assoc-any-activity = Toutes les activités
assoc-count = { $count ->
    [0] Aucune association trouvée
    [one] Une association
   *[other] { $shown } associations
}
assoc-ask-change = Demander une correction ou une suppression
assoc-change-correction = Une information est fausse ou manque
assoc-change-removal = L'association n'existe plus : la supprimer
assoc-new-intro = Parlez-nous d'une association qui n'est pas encore sur la carte. La rédaction vérifie chaque signalement avant de le publier.
assoc-name = Nom de l'association
assoc-comune = Ville ou commune (comune)
assoc-comune-match = Reconnue : { $place }
assoc-description = Ce qu'elle fait (facultatif)

## Formulaires
correction-title = Signaler une correction
correction-message = Que faut-il corriger ?
correction-message-hint = Par exemple : le numéro de téléphone a changé, nouveaux horaires, le bureau a déménagé.
form-email = E-mail
form-email-optional = Votre e-mail, si vous voulez une réponse (facultatif)
form-phone = Téléphone
form-website = Site web
form-submit = Envoyer
form-offline-note = Cela fonctionne sans internet : votre message attend sur cet appareil et il est envoyé dès qu'une connexion est disponible.
form-saved-outbox = Enregistré. Il sera envoyé quand l'appareil sera connecté.
form-save-failed = Impossible d'enregistrer votre message.
form-error-required = Ce champ est obligatoire.
form-error-too-long = { $max ->
    [one] Trop long : { $max } caractère au maximum.
   *[other] Trop long : { $max } caractères au maximum.
}
form-error-too-short = { $max ->
    [one] Trop court : au moins { $max } caractère.
   *[other] Trop court : au moins { $max } caractères.
}
form-error-control = Contient des caractères qui ne peuvent pas être utilisés.
form-error-email = Cette adresse e-mail n'est pas valide.
form-error-phone = Ce numéro de téléphone n'est pas valide.
form-error-url = Cette adresse web n'est pas valide (elle commence par https://).
form-error-comune = Cette commune (comune) n'est pas reconnue.
form-error-contact = Donnez au moins un moyen de contacter l'association : e-mail, téléphone ou site web.
service-report-new = Signaler un service
service-report-intro = Vous connaissez un bureau, un cours ou un service pour les ressortissants étrangers qui n'est pas dans l'application ? Signalez-le-nous. La rédaction vérifie chaque signalement avant de le publier.
service-report-name = Nom du service ou du bureau
service-report-comune = Commune (comune) où il se trouve
service-report-area = Thème
service-report-what = Que propose-t-il, et à qui ?
service-report-what-hint = Par exemple : cours d'italien gratuit le mardi et le jeudi soir, pour adultes.
service-report-address = Adresse (facultatif)

## Messages à envoyer
outbox-title = Messages à envoyer
outbox-intro = Signalements faits sur cet appareil. Ils sont envoyés à la rédaction du portail quand l'appareil est connecté.
outbox-empty = Rien en attente d'envoi.
outbox-open = Ouvrir
outbox-pending = { $count ->
    [0] Rien en attente d'envoi
    [one] Un message en attente d'envoi
   *[other] { $shown } messages en attente d'envoi
}
outbox-state-pending = En attente d'envoi
outbox-attempts = { $count ->
    [one] { $count } tentative jusqu'ici
   *[other] { $count } tentatives jusqu'ici
}
outbox-kind-correction = Correction d'un service
outbox-kind-new_association = Nouvelle association
outbox-kind-association_correction = Correction d'une association
outbox-kind-association_removal = Suppression d'une association
outbox-kind-new_service = Nouveau service

## Apprendre l'italien
learn-intro = Cours d'italien dans les écoles publiques pour adultes (CPIA), cours en ligne, applications et livres.
learn-cpia-near = Cours d'italien dans les CPIA près de chez vous
learn-level = Niveau
learn-any-level = Tous les niveaux
learn-kind = Type
learn-any-kind = Tous les types
learn-levels-explained = Les niveaux suivent le cadre européen : A1 et A2 pour les débutants, B1 et B2 pour les utilisateurs indépendants.
learn-count = { $count ->
    [0] Aucun résultat
    [one] Une ressource
   *[other] { $shown } ressources
}
learn-offline = Fonctionne hors ligne
learn-taught-in = Enseigné en

## Rapports et actualités
reports-intro = Résumés des rapports annuels sur les principales communautés étrangères en Italie et sur le marché du travail. Chacun peut être lu dans toutes les langues de l'application.
reports-labour = Marché du travail
reports-communities = Communautés
report-read-in = Lire en
news-none = Aucune actualité.

## Aide
help-helpline-title = Numéro vert gratuit 803.001
help-helpline-body = Informations sur les services pour les ressortissants étrangers, en plusieurs langues. Gratuit depuis un téléphone fixe ou un portable.
help-protection-title = Protection internationale (asile)
help-protection-body = Si vous avez peur de retourner dans votre pays, vous pouvez demander la protection internationale. La demande se fait à la police (Questura) ou à la frontière, et elle est gratuite.
help-protection-where = Des services peuvent vous aider à préparer la demande et à trouver un conseil juridique.
help-qualifications-title = Reconnaissance des diplômes
help-qualifications-body = Un diplôme ou une profession obtenus à l'étranger peuvent être reconnus en Italie pour étudier ou travailler.
help-qualifications-where = Les services pour l'emploi et les CPIA expliquent quel bureau est compétent et quels documents sont nécessaires.
help-find-services = Trouver des services
help-emergency-title = Urgences
help-emergency-body = En cas de danger ou d'urgence médicale, appelez le 112 à toute heure, gratuitement.
help-privacy-link = Confidentialité et sources

## Réglages et informations
settings-language = Langue
settings-data = Données sur cet appareil
settings-count-services = { $count ->
    [one] { $shown } service
   *[other] { $shown } services
}
settings-count-associations = { $count ->
    [one] { $shown } association
   *[other] { $shown } associations
}
settings-count-learning = { $count ->
    [one] { $shown } ressource d'apprentissage
   *[other] { $shown } ressources d'apprentissage
}
settings-offline = Tout ce qui est affiché ici est enregistré sur cet appareil et fonctionne sans internet.
privacy-title = Confidentialité
privacy-body = Votre lieu, vos recherches et ce que vous enregistrez ne quittent jamais cet appareil. L'application n'a ni statistiques d'utilisation ni publicité.
privacy-submissions = Seuls les signalements que vous choisissez d'envoyer (corrections, nouvelles associations) arrivent à la rédaction du portail, avec l'e-mail que vous donnez, le cas échéant.
sources-title = Sources et licences
sources-istat = Liste des communes : ISTAT (Institut national italien de la statistique), CC BY 4.0.
sources-openpolis = Coordonnées et limites : Openpolis, à partir des données ISTAT, CC BY 4.0.
sources-official = Fiches : { $publisher }, « { $dataset } » ({ $date }), licence { $licence }.
sources-geonames = Positions des codes postaux (CAP) : { $attribution }.
sources-fonts = Polices : Noto (Google), SIL Open Font License 1.1.
sources-sample = Les services, associations et cours affichés pour l'instant sont des données d'exemple générées et placées dans de vraies communes ; ils portent la mention « Exemple ».
sources-app = Integra, l'application du Portale Integrazione Migranti, est un logiciel libre (EUPL 1.2).

## Mises à jour (le flux signé)
sync-title = Mises à jour
sync-origin = Données
sync-origin-local = Préparées sur cet appareil
sync-publication = Publication
sync-publication-value = numéro { $seq }, { $date }
sync-last-check = Dernière vérification
sync-never = jamais
sync-last-problem = Dernier problème
sync-update-now = Mettre à jour maintenant
sync-not-configured = Cette copie de l'application n'a pas d'adresse de mise à jour : elle utilise les données fournies avec elle.
sync-sideload = Charger une mise à jour depuis un dossier ou une clé USB
sync-sideload-hint = Copiez les fichiers de la mise à jour (manifest.json et ses dossiers) sur une clé USB, puis indiquez ici le dossier. Ils sont vérifiés exactement comme un téléchargement.
sync-sideload-button = Charger depuis le dossier
sync-phase-checking = Recherche de mises à jour…
sync-phase-downloading = Téléchargement…
sync-phase-verifying = Vérification des fichiers…
sync-phase-applying = Enregistrement des nouvelles données…
sync-phase-done = Terminé
sync-updated = Mise à jour vers la publication { $seq } effectuée.
sync-up-to-date = Les données sont à jour.
sync-error-network = Pas de connexion au serveur de mises à jour. Vos données n'ont pas été modifiées ; une nouvelle tentative aura lieu plus tard.
sync-error-signature = La mise à jour n'a pas pu être vérifiée ; vos données n'ont pas été modifiées.
sync-error-expired = La mise à jour proposée est périmée ; vos données n'ont pas été modifiées.
sync-error-rollback = La mise à jour proposée est plus ancienne que vos données ; vos données n'ont pas été modifiées.
sync-error-app-too-old = Cette mise à jour nécessite une version plus récente de l'application ; vos données n'ont pas été modifiées.
sync-error-corrupt = Les fichiers de la mise à jour sont endommagés ; vos données n'ont pas été modifiées.
sync-error-no-feed = Aucune mise à jour n'a été trouvée à cet endroit ; vos données n'ont pas été modifiées.
sync-error-storage = Les nouvelles données n'ont pas pu être enregistrées sur cet appareil ; vos données n'ont pas été modifiées.
outbox-state-rejected = Refusé par la rédaction
outbox-send-now = Envoyer maintenant
outbox-sent = { $count ->
    [0] Rien n'a pu être envoyé pour l'instant : une nouvelle tentative aura lieu plus tard.
    [one] Un message envoyé.
   *[other] { $shown } messages envoyés.
}
sent-title = Messages envoyés
sent-intro = Ce que la rédaction a décidé au sujet des messages envoyés depuis cet appareil.
sent-state-received = Reçu, en attente de la rédaction
sent-state-accepted = Accepté
sent-state-rejected = Non accepté
sent-reason = Motif : { $reason }
sent-clear = Vider la liste
