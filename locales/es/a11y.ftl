# Accessibility: skip link, landmarks, the accessibility statement, read aloud.

skip-to-content = Ir al contenido
nav-main-label = Navegación principal
footer-label = Acerca de la aplicación
footer-accessibility = Declaración de accesibilidad
a11y-title = Declaración de accesibilidad
a11y-intro = Esta declaración se refiere a la aplicación Integra del Portale Integrazione Migranti, según la ley italiana 4/2004 y las directrices de AgID sobre la accesibilidad de las herramientas informáticas (WCAG 2.1, nivel AA).
a11y-status-title = Estado de conformidad
a11y-status-body = La aplicación es parcialmente conforme: los controles automáticos (axe-core) no encuentran problemas graves ni críticos en ninguna pantalla en italiano, árabe y chino; toda la aplicación se usa con el teclado, con el foco visible. Quedan los límites indicados abajo.
a11y-limits-title = Límites conocidos
a11y-limit-map = El mapa de resultados es un dibujo: los mismos resultados están en la lista, con dirección y distancia.
a11y-limit-voices = La lectura en voz alta usa las voces instaladas en el dispositivo: para algunos idiomas puede no haber ninguna.
a11y-limit-italian = Algunas fichas existen solo en italiano: están señaladas y marcadas como texto italiano para los lectores de pantalla.
a11y-feedback-title = Comentarios y contacto
a11y-feedback-body = Para señalar un problema de accesibilidad o pedir información en un formato accesible, use «{ card-report-correction }» en una ficha o llame al número gratuito.
a11y-enforcement = Si la respuesta no es satisfactoria, puede dirigirse a la Agencia para la Italia Digital (AgID) mediante el procedimiento previsto por la ley 4/2004.
a11y-date = Declaración redactada el { $date } mediante autoevaluación.
speech-read-aloud = Leer en voz alta
speech-stop = Detener la lectura
speech-no-voice = Este dispositivo no tiene una voz para { $language }: el texto sigue en la pantalla.
speech-unavailable = Este dispositivo no puede leer en voz alta.
