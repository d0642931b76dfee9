# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = A jeni ende aty?
kiosk-restarting = Rinisja pas { $seconds } s
kiosk-continue = Vazhdo
kiosk-admin-title = Administrimi i sportelit
kiosk-pin-label = PIN-i i administrimit
kiosk-unlock = Zhblloko
kiosk-pin-wrong = { $left ->
    [one] PIN i gabuar. Edhe një përpjekje para një pushimi.
   *[other] PIN i gabuar. Edhe { $left } përpjekje para një pushimi.
}
kiosk-pin-locked = Shumë PIN të gabuar. Provoni përsëri pas { $seconds } s.
kiosk-pin-not-set = Në këtë kiosk nuk është vendosur PIN administrimi: mund të vendoset vetëm nga kompjuteri (integra --set-kiosk-pin).
kiosk-comune-label = Komuna e sportelit (kodi ISTAT)
kiosk-idle-label = Rinis pas kaq sekondash pa përdorim
kiosk-new-pin-label = PIN i ri administrimi (4–12 shifra)
kiosk-save = Ruaj
kiosk-saved = U ruajt.
kiosk-invalid = Një vlerë nuk është e vlefshme: për të nuk u ndryshua asgjë.
kiosk-lock = Blloko
kiosk-exit = Mbyll aplikacionin
kiosk-sent-title = U dërgua, faleminderit
kiosk-sent-body = Ajo që dërguat do të dorëzohet kur pajisja të jetë në linjë. Asgjë tjetër nga ajo që bëtë këtu nuk ruhet.
kiosk-sent-home = Kthehu në fillim
print-card = Printo këtë kartelë
shortlist-add = Shto në listë
shortlist-remove = Hiq nga lista
shortlist-open = Lista ({ $count })
shortlist-title = Lista për personin që po ndihmoni
shortlist-hint = Ruhet vetëm derisa ta pastroni ose të mbarojë seanca. Asnjë emër nuk kërkohet dhe nuk ruhet.
shortlist-empty = Lista është bosh. Shtoni shërbime nga rezultatet ose nga kartela e një shërbimi.
shortlist-clear = Pastro listën
shortlist-sheet = Fletë drejtimi
mediator-title = Modaliteti i ndërmjetësit
mediator-toggle = Modaliteti i ndërmjetësit: një listë shërbimesh për personin përpara meje dhe një fletë për ta printuar
referral-title = Fletë drejtimi
referral-client-lang = Gjuha e personit
referral-print = Printo
referral-date = Data: { $date }
referral-helpline = Linja falas e ndihmës
referral-phone = Telefoni
referral-address = Adresa
