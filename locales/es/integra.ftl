# Integra — Español. Every file in locales/<lang>/ has exactly these keys.
# Placeables ({ $x }) are filled in by the app; keep them as they are.

## La aplicación y sus idiomas
app-title = Integra
# This language's name, written in itself (shown in every language picker).
language-name = Español
picker-title = Elija su idioma

## Acciones
action-back = Volver
action-dismiss = Cerrar
action-search = Buscar
action-open-card = Abrir la ficha

## Avisos
notice-catalog-built = El catálogo se preparó en este dispositivo con los datos incluidos en la aplicación en { $seconds } s. Funciona sin internet.
notice-catalog-rebuilt = El archivo del catálogo en este dispositivo estaba dañado, así que se apartó y se preparó de nuevo con los datos incluidos en la aplicación. Se conservaron sus ajustes y sus mensajes pendientes de envío.

## Inicio
search-label = ¿Qué busca?
search-placeholder = p. ej. curso de italiano, médico, vivienda, trabajo
home-areas = Servicios por tema
home-more = Más
nav-associations = Asociaciones de migrantes
nav-learn = Aprender italiano
nav-reports = Informes sobre comunidades y trabajo
nav-news = Noticias
nav-help = Ayuda y línea gratuita
nav-settings = Ajustes e información
helpline-short = ¿Tiene preguntas? Llame a la línea gratuita.
helpline-call = Llamar al { $number }
data-status = { $source } · { $count ->
    [one] 1 servicio
   *[other] { $services } servicios
} · actualizado el { $date } · funciona sin conexión
data-sample = Datos de ejemplo
data-official = Datos oficiales

## Lugar
place-label = Lugar:
place-none = elija un lugar
place-near = cerca de { $place }
place-title = ¿Dónde está usted?
place-privacy = Su lugar se queda en este dispositivo. Solo se usa para ordenar los servicios por distancia.
place-search-label = Ciudad o municipio (comune)
place-placeholder = p. ej. Prato
place-no-match = Ningún municipio coincide. Revise cómo está escrito o pruebe con una ciudad cercana.
place-use-position = Usar mi ubicación
place-locating = Buscando su ubicación…
place-position-unavailable = Su ubicación no está disponible. Elija una ciudad.
place-forget = Olvidar mi lugar

## Resultados
results-count = { $count ->
    [0] Sin resultados
    [one] Un resultado
   *[other] { $shown } resultados
}
results-show-map = Ver en el mapa
search-failed = La búsqueda no funcionó.
filters-title = Filtros
filters-active = { $count ->
    [one] { $shown } filtro activo
   *[other] { $shown } filtros activos
}
filter-open-now = Abierto ahora
filter-free = Gratis
filter-no-documents = No se piden documentos
filter-area = Tema
filter-target-group = Para quién
filter-language = Idioma hablado
filter-any-language = Cualquier idioma
filter-territory = Región
filter-all-italy = Toda Italia
filter-radius = A menos de
filter-radius-any = cualquier distancia
filter-clear = Quitar todos los filtros
filter-kind = Mostrar
filter-kind-service = Servicios
filter-kind-learning_resource = Cursos
filter-kind-organization = Asociaciones
row-kind-service = Servicio
row-kind-learning_resource = Curso
row-kind-organization = Asociación
results-mentions = Estos solo mencionan sus palabras en la descripción:
sort-label = Ordenar por
sort-distance = distancia
sort-relevance = más relevantes
distance-m = { $m } m
distance-km = { $km } km
distance-about = unos { $distance }
distance-in-comune = en { $comune }
languages-spoken = Idiomas hablados
badge-free = Gratis
badge-no-documents = No se piden documentos
badge-sample = Ejemplo
sample-explained = Ficha de ejemplo: creada para mostrar cómo funciona la aplicación. No es un servicio real.
open-now = Abierto ahora
closed-now = Cerrado ahora
hours-unknown = Horario desconocido: llame antes

## Sin resultados
empty-title = No se encontró nada
empty-check-words = Revise cómo está escrito, o use menos palabras o palabras más sencillas.
empty-widen = Buscar a menos de { $distance }
empty-any-distance = Buscar a cualquier distancia
empty-drop-filter = Quitar el filtro: { $filter }
empty-helpline = La línea gratuita puede ayudarle a encontrar un servicio.
empty-area-none-title = Todavía no hay fichas del tema “{ $area }” en la aplicación
empty-area-none = La aplicación contiene datos abiertos oficiales: los cursos de italiano de los CPIA, las escuelas públicas y los hospitales. Las fichas del portal para este tema todavía no están publicadas; llegarán con las actualizaciones.

## Páginas
pager-label = Páginas
pager-previous = Anterior
pager-next = Siguiente
pager-page = Página { $page } de { $pages }

## Mapa
map-title = Mapa de los resultados
map-pins = { $count ->
    [one] Un lugar en el mapa
   *[other] { $shown } lugares en el mapa
}
map-zoom-region = Acercar a una región
map-zoom-province = Acercar a una provincia
map-whole-region = Toda la región
map-attribution = Límites: ISTAT, Openpolis (CC BY 4.0). El mapa funciona sin conexión.

## Ficha del servicio
card-description = Qué ofrece
card-contacts = Dónde y cómo contactar
card-directions = Cómo llegar
card-osm = Abrir en OpenStreetMap
card-call = Llamar
card-no-phone = La fuente no indica un número de teléfono para este lugar. La línea gratuita puede ayudarle:
card-hours = Horario de atención
card-details = Detalles
card-documents = Documentos que hay que llevar
card-no-documents = No se piden documentos
card-not-stated = No se indica
card-cost = Costo
card-paid = De pago
card-eligibility = Quién puede usarlo
card-how-to-apply = Cómo acceder
card-target-groups = Para quién
card-service-area = Zona atendida
card-verified = Última verificación
card-qr = Código QR de esta ficha
card-qr-hint = Escanéelo con un teléfono para guardar la dirección, el teléfono y el horario.
card-save = Guardar
card-unsave = Quitar de guardados
card-report-correction = Informar de una corrección
card-updated = Ficha actualizada el { $date }
card-source = Fuente: { $publisher }, “{ $dataset }”, datos { $date }, licencia { $licence }
card-source-portal = Fuente: Portale Integrazione Migranti (su redacción y los responsables regionales)
card-source-geonames = ubicaciones de los códigos postales (CAP): { $attribution }
card-position-comune = Ubicación aproximada: el mapa muestra el centro de { $comune }, no el edificio. Verifique la dirección antes de ir.
card-position-postcode = Ubicación aproximada: el mapa muestra la zona del código postal (CAP) { $postcode } en { $comune }, no el edificio. Verifique la dirección antes de ir.
kind-title = Qué es este lugar
kind-cpia-site = El CPIA (centro provincial para la educación de adultos) es una escuela pública para adultos. Aquí los adultos de cualquier nacionalidad, desde los 16 años, aprenden italiano desde los primeros pasos hasta el nivel A2 y pueden obtener el título italiano de secundaria (licenza media). Pregunte en esta sede o en la secretaría del CPIA cuándo empiezan los cursos y cómo inscribirse.
kind-school-infanzia = Escuela pública de educación inicial (scuola dell'infanzia), para niñas y niños de 3 a 6 años. No es obligatoria.
kind-school-primaria = Escuela primaria pública (scuola primaria), para niñas y niños de 6 a 11 años. La escuela es obligatoria para todos de los 6 a los 16 años.
kind-school-secondaria-1 = Escuela secundaria básica pública (scuola secondaria di primo grado, “scuola media”), para chicas y chicos de 11 a 14 años. La escuela es obligatoria para todos de los 6 a los 16 años.
kind-school-secondaria-2 = Escuela secundaria superior pública (liceo, instituto técnico o profesional), para jóvenes de 14 a 19 años. La escuela es obligatoria hasta los 16 años.
kind-school-enrolment = Todo menor de edad que vive en Italia puede inscribirse en la escuela pública en cualquier momento del año, incluso sin permiso de residencia (permesso di soggiorno): la escuela no puede rechazarlo por ese motivo. Para la inscripción, diríjase a la secretaría del instituto (segreteria).
kind-adult-secondary = Cursos nocturnos para adultos de una escuela secundaria superior pública (cursos de segundo nivel): permiten obtener un diploma. Pueden inscribirse los adultos que tienen el título italiano de secundaria (licenza media) o un título equivalente: pregunte en la secretaría de la escuela.
kind-hospital = Hospital del Servicio Sanitario Nacional (público, o privado equiparado al público). En caso de emergencia, llame al 112. Incluso sin permiso de residencia (permesso di soggiorno), la atención urgente y esencial está garantizada (con el código STP).
kind-private-clinic = Clínica privada (casa di cura). Algunas trabajan para el Servicio Sanitario Nacional y otras solo atienden con pago: antes de ir, pregunte si tendrá que pagar. En caso de emergencia, llame al 112.
place-kind-cpia-site = CPIA: italiano para adultos
place-kind-school-infanzia = Escuela inicial
place-kind-school-primaria = Escuela primaria
place-kind-school-secondaria-1 = Escuela secundaria básica
place-kind-school-secondaria-2 = Escuela secundaria superior
place-kind-adult-secondary = Escuela nocturna para adultos
place-kind-hospital = Hospital
place-kind-private-clinic = Clínica privada
service-not-active = No activo
italian-fallback = No disponible en su idioma: se muestra en italiano.
hours-not-stated = El horario no se indica: llame antes de ir.
hours-open-until =
    { $when ->
        [today] Abierto ahora, hasta las { $time }
        [week] Abierto ahora, cierra { hours-weekday-on } a las { $time }
       *[later] Abierto ahora, cierra el { $date } a las { $time }
    }
hours-closed-opens =
    { $when ->
        [today] Cerrado ahora, abre a las { $time }
        [week] Cerrado ahora, abre { hours-weekday-on } a las { $time }
       *[later] Cerrado ahora, abre el { $date } a las { $time }
    }
hours-closed-day = Cerrado
hours-appointment = con cita previa
record-missing = Esta ficha ya no está en el catálogo.
record-failed = No se pudo leer esta ficha.

## Días y meses
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miércoles
weekday-4 = Jueves
weekday-5 = Viernes
weekday-6 = Sábado
weekday-7 = Domingo
hours-weekday-on = { $weekday ->
    [monday] el lunes
    [tuesday] el martes
    [wednesday] el miércoles
    [thursday] el jueves
    [friday] el viernes
    [saturday] el sábado
   *[sunday] el domingo
}
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
date-long = { $day } de { $month } de { $year }

## Idiomas que se hablan en un servicio
spoken-it = Italiano
spoken-en = Inglés
spoken-fr = Francés
spoken-es = Español
spoken-sq = Albanés
spoken-ar = Árabe
spoken-zh = Chino
spoken-pa = Panyabí
spoken-ru = Ruso
spoken-tl = Tagalo
spoken-uk = Ucraniano
spoken-ro = Rumano
spoken-bn = Bengalí
spoken-ur = Urdu
spoken-wo = Wolof
spoken-de = Alemán
spoken-pt = Portugués
spoken-fa = Persa
spoken-ti = Tigriña
spoken-so = Somalí
spoken-hi = Hindi

## Asociaciones
assoc-intro = Asociaciones de personas de origen migrante, activas en toda Italia. Cualquier persona puede informar de una nueva o pedir una corrección.
assoc-report-new = Informar de una nueva asociación
assoc-search-placeholder = Nombre de la asociación
assoc-community = Comunidad
assoc-any-community = Cualquier comunidad
assoc-community-other = Otra comunidad o varias comunidades
assoc-region = Región
assoc-activities = Actividades
assoc-any-activity = Cualquier actividad
assoc-count = { $count ->
    [0] No se encontró ninguna asociación
    [one] Una asociación
   *[other] { $shown } asociaciones
}
assoc-ask-change = Pedir una corrección o que se elimine
assoc-change-correction = Algo está mal o falta
assoc-change-removal = La asociación ya no existe: eliminarla
assoc-new-intro = Cuéntenos sobre una asociación que todavía no está en el mapa. La redacción revisa cada aviso antes de publicarlo.
assoc-name = Nombre de la asociación
assoc-comune = Ciudad o municipio (comune)
assoc-comune-match = Reconocido: { $place }
assoc-description = Qué hace (opcional)

## Formularios
correction-title = Informar de una corrección
correction-message = ¿Qué hay que corregir?
correction-message-hint = Por ejemplo: cambió el número de teléfono, hay un horario nuevo, la oficina se trasladó.
form-email = Correo electrónico
form-email-optional = Su correo electrónico, si quiere una respuesta (opcional)
form-phone = Teléfono
form-website = Sitio web
form-submit = Enviar
form-offline-note = Funciona sin internet: su mensaje espera en este dispositivo y se envía cuando hay conexión.
form-saved-outbox = Guardado. Se enviará cuando el dispositivo tenga conexión.
form-save-failed = No se pudo guardar su mensaje.
form-error-required = Este campo es obligatorio.
form-error-too-long = { $max ->
    [one] Demasiado largo: como máximo un carácter.
   *[other] Demasiado largo: como máximo { $max } caracteres.
}
form-error-too-short = { $max ->
    [one] Demasiado corto: al menos un carácter.
   *[other] Demasiado corto: al menos { $max } caracteres.
}
form-error-control = Contiene caracteres que no se pueden usar.
form-error-email = Esta dirección de correo electrónico no es válida.
form-error-phone = Este número de teléfono no es válido.
form-error-url = Esta dirección web no es válida (empieza por https://).
form-error-comune = Este municipio (comune) no se reconoce.
form-error-contact = Indique al menos una forma de contactar con la asociación: correo electrónico, teléfono o sitio web.
service-report-new = Informar de un servicio
service-report-intro = ¿Conoce una oficina, un curso o un servicio para personas extranjeras que no está en la aplicación? Cuéntenos. La redacción revisa cada aviso antes de publicarlo.
service-report-name = Nombre del servicio o de la oficina
service-report-comune = Municipio (comune) donde se encuentra
service-report-area = Tema
service-report-what = ¿Qué ofrece y a quién?
service-report-what-hint = Por ejemplo: curso de italiano gratuito los martes y jueves por la noche, para adultos.
service-report-address = Dirección (opcional)

## Mensajes por enviar
outbox-title = Mensajes por enviar
outbox-intro = Avisos que hizo en este dispositivo. Se envían a la redacción del portal cuando el dispositivo tiene conexión.
outbox-empty = No hay nada pendiente de envío.
outbox-open = Abrir
outbox-pending = { $count ->
    [0] No hay nada pendiente de envío
    [one] Un mensaje pendiente de envío
   *[other] { $shown } mensajes pendientes de envío
}
outbox-state-pending = Pendiente de envío
outbox-attempts = { $count ->
    [one] Un intento hasta ahora
   *[other] { $count } intentos hasta ahora
}
outbox-kind-correction = Corrección de un servicio
outbox-kind-new_association = Nueva asociación
outbox-kind-association_correction = Corrección de una asociación
outbox-kind-association_removal = Eliminación de una asociación
outbox-kind-new_service = Nuevo servicio

## Aprender italiano
learn-intro = Cursos de italiano en las escuelas públicas para adultos (CPIA), cursos en línea, aplicaciones y libros.
learn-cpia-near = Cursos de italiano en los CPIA cerca de usted
learn-level = Nivel
learn-any-level = Cualquier nivel
learn-kind = Tipo
learn-any-kind = Cualquier tipo
learn-levels-explained = Los niveles siguen el marco europeo: A1 y A2 son principiantes; B1 y B2, usuarios independientes.
learn-count = { $count ->
    [0] No se encontró nada
    [one] Un recurso
   *[other] { $shown } recursos
}
learn-offline = Funciona sin conexión
learn-taught-in = Se enseña en

## Informes y noticias
reports-intro = Resúmenes de los informes anuales sobre las principales comunidades extranjeras en Italia y sobre el mercado laboral. Cada uno se puede leer en cualquiera de los idiomas de la aplicación.
reports-labour = Mercado laboral
reports-communities = Comunidades
report-read-in = Leer en
news-none = No hay noticias.

## Ayuda
help-helpline-title = Línea gratuita 803.001
help-helpline-body = Información sobre los servicios para personas extranjeras, en varios idiomas. Gratis desde teléfonos fijos y móviles.
help-protection-title = Protección internacional (asilo)
help-protection-body = Si tiene miedo de volver a su país, puede pedir protección internacional. La solicitud se presenta en la policía (Questura) o en la frontera, y es gratuita.
help-protection-where = Hay servicios que pueden ayudarle a preparar la solicitud y a encontrar asesoramiento legal.
help-qualifications-title = Reconocimiento de títulos
help-qualifications-body = Un diploma, un título universitario o una profesión obtenidos en el extranjero se pueden reconocer en Italia para estudiar o trabajar.
help-qualifications-where = Los servicios de empleo y los CPIA explican qué oficina es la competente y qué documentos se necesitan.
help-find-services = Buscar servicios
help-emergency-title = Emergencias
help-emergency-body = En caso de peligro o de emergencia médica, llame al 112 a cualquier hora, gratis.
help-privacy-link = Privacidad y fuentes

## Ajustes e información
settings-language = Idioma
settings-data = Datos en este dispositivo
settings-count-services = { $count ->
    [one] Un servicio
   *[other] { $shown } servicios
}
settings-count-associations = { $count ->
    [one] Una asociación
   *[other] { $shown } asociaciones
}
settings-count-learning = { $count ->
    [one] Un recurso para aprender
   *[other] { $shown } recursos para aprender
}
settings-offline = Todo lo que se muestra aquí está guardado en este dispositivo y funciona sin internet.
privacy-title = Privacidad
privacy-body = Su lugar, sus búsquedas y lo que guarda nunca salen de este dispositivo. La aplicación no tiene analítica ni publicidad.
privacy-submissions = Solo los avisos que usted decide enviar (correcciones, nuevas asociaciones) llegan a la redacción del portal, con el correo electrónico que indique, si lo indica.
sources-title = Fuentes y licencias
sources-istat = Lista de municipios: ISTAT (Instituto Nacional de Estadística de Italia), CC BY 4.0.
sources-openpolis = Coordenadas y límites: Openpolis, a partir de datos del ISTAT, CC BY 4.0.
sources-official = Fichas: { $publisher }, “{ $dataset }” ({ $date }), licencia { $licence }.
sources-geonames = Ubicaciones de los códigos postales (CAP): { $attribution }.
sources-fonts = Tipos de letra: Noto (Google), SIL Open Font License 1.1.
sources-sample = Los servicios, asociaciones y cursos que se muestran ahora son datos de ejemplo generados y situados en municipios reales; están marcados como “Ejemplo”.
sources-app = Integra, la aplicación del Portale Integrazione Migranti, es software libre (EUPL 1.2).

## Actualizaciones (el canal firmado)
sync-title = Actualizaciones
sync-origin = Datos
sync-origin-local = Preparados en este dispositivo
sync-publication = Publicación
sync-publication-value = número { $seq }, { $date }
sync-last-check = Última comprobación
sync-never = nunca
sync-last-problem = Último problema
sync-update-now = Actualizar ahora
sync-not-configured = Esta copia de la aplicación no tiene dirección de actualización: usa los datos con los que venía.
sync-sideload = Cargar una actualización desde una carpeta o una memoria USB
sync-sideload-hint = Copie los archivos de la actualización (manifest.json y sus carpetas) en una memoria USB y luego escriba aquí la carpeta. Se comprueban exactamente igual que una descarga.
sync-sideload-button = Cargar desde la carpeta
sync-phase-checking = Buscando actualizaciones…
sync-phase-downloading = Descargando…
sync-phase-verifying = Comprobando los archivos…
sync-phase-applying = Guardando los datos nuevos…
sync-phase-done = Listo
sync-updated = Actualizado a la publicación { $seq }.
sync-up-to-date = Los datos están actualizados.
sync-error-network = No hay conexión con el servidor de actualizaciones. Sus datos no se han modificado; se volverá a intentar más tarde.
sync-error-signature = No se pudo verificar la actualización; sus datos no se han modificado.
sync-error-expired = La actualización ofrecida está caducada; sus datos no se han modificado.
sync-error-rollback = La actualización ofrecida es más antigua que sus datos; sus datos no se han modificado.
sync-error-app-too-old = Esta actualización necesita una versión más reciente de la aplicación; sus datos no se han modificado.
sync-error-corrupt = Los archivos de la actualización están dañados; sus datos no se han modificado.
sync-error-no-feed = No se encontró ninguna actualización en ese lugar; sus datos no se han modificado.
sync-error-storage = No se pudieron guardar los datos nuevos en este dispositivo; sus datos no se han modificado.
outbox-state-rejected = Rechazado por la redacción
outbox-send-now = Enviar ahora
outbox-sent = { $count ->
    [0] Por ahora no se pudo enviar nada: se volverá a intentar más tarde.
    [one] Un mensaje enviado.
   *[other] { $shown } mensajes enviados.
}
sent-title = Mensajes enviados
sent-intro = Lo que la redacción decidió sobre los mensajes enviados desde este dispositivo.
sent-state-received = Recibido, a la espera de la redacción
sent-state-accepted = Aceptado
sent-state-rejected = No aceptado
sent-reason = Motivo: { $reason }
sent-clear = Vaciar la lista
