# Kiosk mode, mediator shortlist and referral sheet.

kiosk-still-there = ¿Sigue ahí?
kiosk-restarting = Reinicio en { $seconds } s
kiosk-continue = Continuar
kiosk-admin-title = Administración de la ventanilla
kiosk-pin-label = PIN de administración
kiosk-unlock = Desbloquear
kiosk-pin-wrong = { $left ->
    [one] PIN incorrecto. Queda un intento antes de una pausa.
   *[other] PIN incorrecto. Quedan { $left } intentos antes de una pausa.
}
kiosk-pin-locked = Demasiados PIN incorrectos. Vuelva a intentarlo en { $seconds } s.
kiosk-pin-not-set = Este quiosco no tiene PIN de administración: solo se puede establecer desde el ordenador (integra --set-kiosk-pin).
kiosk-comune-label = Municipio de la ventanilla (código ISTAT)
kiosk-idle-label = Reiniciar tras estos segundos sin uso
kiosk-new-pin-label = Nuevo PIN de administración (4–12 cifras)
kiosk-save = Guardar
kiosk-saved = Guardado.
kiosk-invalid = Un valor no es válido: no se cambió nada para él.
kiosk-lock = Bloquear
kiosk-exit = Cerrar la aplicación
kiosk-sent-title = Enviado, gracias
kiosk-sent-body = Lo que envió se entregará cuando el dispositivo esté en línea. No se guarda nada más de lo que hizo aquí.
kiosk-sent-home = Volver al inicio
print-card = Imprimir esta ficha
shortlist-add = Añadir a la lista
shortlist-remove = Quitar de la lista
shortlist-open = Lista ({ $count })
shortlist-title = Lista para la persona a la que está ayudando
shortlist-hint = Se guarda solo hasta que usted la vacíe o termine la sesión. Nunca se pide ni se guarda un nombre.
shortlist-empty = La lista está vacía. Añade servicios desde los resultados o desde la ficha de un servicio.
shortlist-clear = Vaciar la lista
shortlist-sheet = Hoja de derivación
mediator-title = Modo mediador
mediator-toggle = Modo mediador: una lista de servicios para la persona que tengo delante y una hoja para imprimir
referral-title = Hoja de derivación
referral-client-lang = El idioma de la persona
referral-print = Imprimir
referral-date = Fecha: { $date }
referral-helpline = Teléfono gratuito de ayuda
referral-phone = Teléfono
referral-address = Dirección
