# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = Vous êtes toujours là ?
kiosk-restarting = Redémarrage dans { $seconds } s
kiosk-continue = Continuer
kiosk-admin-title = Administration du guichet
kiosk-pin-label = Code PIN d'administration
kiosk-unlock = Déverrouiller
kiosk-pin-wrong = { $left ->
    [one] Code PIN erroné. Encore un essai avant une pause.
   *[other] Code PIN erroné. Encore { $left } essais avant une pause.
}
kiosk-pin-locked = Trop de codes PIN erronés. Réessayez dans { $seconds } s.
kiosk-pin-not-set = Aucun code PIN d'administration n'est défini sur cette borne : il ne peut être défini que depuis l'ordinateur (integra --set-kiosk-pin).
kiosk-comune-label = Commune du guichet (code ISTAT)
kiosk-idle-label = Redémarrer après ce nombre de secondes sans utilisation
kiosk-new-pin-label = Nouveau code PIN d'administration (4 à 12 chiffres)
kiosk-save = Enregistrer
kiosk-saved = Enregistré.
kiosk-invalid = Une valeur n'est pas valide : rien n'a été changé pour elle.
kiosk-lock = Verrouiller
kiosk-exit = Fermer l'application
kiosk-sent-title = Envoyé, merci
kiosk-sent-body = Ce que vous avez envoyé sera transmis quand l'appareil sera en ligne. Rien d'autre de ce que vous avez fait ici n'est conservé.
kiosk-sent-home = Retour au début
print-card = Imprimer cette fiche
shortlist-add = Ajouter à la liste
shortlist-remove = Retirer de la liste
shortlist-open = Liste ({ $count })
shortlist-title = Liste pour la personne que vous aidez
shortlist-hint = Conservée seulement jusqu'à ce que vous la vidiez ou que la session se termine. Aucun nom n'est demandé ni conservé.
shortlist-empty = La liste est vide. Ajoutez des services depuis les résultats ou depuis la fiche d'un service.
shortlist-clear = Vider la liste
shortlist-sheet = Fiche d'orientation
mediator-title = Mode médiateur
mediator-toggle = Mode médiateur : une liste de services pour la personne en face de moi et une fiche à imprimer
referral-title = Fiche d'orientation
referral-client-lang = La langue de la personne
referral-print = Imprimer
referral-date = Date : { $date }
referral-helpline = Numéro vert gratuit
referral-phone = Téléphone
referral-address = Adresse
