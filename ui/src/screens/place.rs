//! Picking a place: any of the 7,896 comuni by name (typos forgiven), or
//! the device's position, which is turned into the nearest comune here and
//! never leaves the device.

use catalog::gazetteer::Gazetteer;
use dioxus::prelude::*;

use crate::session::{Place, save_place, use_app, use_session};

#[component]
pub fn PlacePicker() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut query = use_signal(String::new);
    let mut locating = use_signal(|| false);
    let mut error = use_signal(|| None::<String>);
    let q = query();
    let matches: Vec<(String, String, String)> = if q.trim().is_empty() {
        Vec::new()
    } else {
        Gazetteer::bundled()
            .find(&q, 12)
            .into_iter()
            .map(|m| {
                let c = m.comune;
                (
                    c.istat.clone(),
                    c.label(),
                    format!("{} · {}", c.province_name, c.region_name),
                )
            })
            .collect()
    };
    let pick = {
        let app = app.clone();
        move |place: Place| {
            save_place(&app, Some(&place));
            let mut p = session.place;
            p.set(Some(place));
            let mut s = session.search;
            let mut w = s.write();
            w.by_distance = true;
            w.page = 0;
            if w.text.trim().is_empty() && w.radius_km.is_none() {
                w.radius_km = Some(crate::search::BROWSE_RADIUS_KM);
            }
            drop(w);
            session.back();
        }
    };
    let pick_device = pick.clone();
    let locate = move |_| {
        locating.set(true);
        error.set(None);
        let pick = pick_device.clone();
        let tr = session.tr();
        spawn(async move {
            // The webview asks the platform (and the person) for permission;
            // the coordinates come back to this process only.
            let mut ev = document::eval(
                r#"if (!navigator.geolocation) { dioxus.send(null); } else {
                     navigator.geolocation.getCurrentPosition(
                       p => dioxus.send([p.coords.latitude, p.coords.longitude]),
                       () => dioxus.send(null),
                       { timeout: 15000, maximumAge: 600000 });
                   }"#,
            );
            let got = ev.recv::<Option<(f64, f64)>>().await.ok().flatten();
            locating.set(false);
            match got.and_then(|(lat, lon)| {
                Gazetteer::bundled()
                    .nearest(lat, lon)
                    .map(|c| (lat, lon, c))
            }) {
                Some((lat, lon, c)) => pick(Place {
                    label: c.label(),
                    latitude: lat,
                    longitude: lon,
                    istat: Some(c.istat.clone()),
                    from_device: true,
                }),
                None => error.set(Some(tr.t("place-position-unavailable"))),
            }
        });
    };
    let forget = {
        let app = app.clone();
        move |_| {
            save_place(&app, None);
            let mut p = session.place;
            p.set(None);
        }
    };
    rsx! {
        section { class: "place-picker",
            h1 { "{tr.t(\"place-title\")}" }
            p { class: "hint", "{tr.t(\"place-privacy\")}" }
            label { r#for: "place-input", "{tr.t(\"place-search-label\")}" }
            input { id: "place-input", r#type: "search", class: "search-input", value: "{q}",
                placeholder: tr.t("place-placeholder"), maxlength: "200", autocomplete: "off",
                oninput: move |e: FormEvent| query.set(e.value()) }
            if !q.trim().is_empty() && matches.is_empty() {
                p { class: "empty", id: "place-empty", "{tr.t(\"place-no-match\")}" }
            }
            ul { class: "place-options", id: "place-options",
                for (istat, label, detail) in matches {
                    li { key: "{istat}",
                        button { class: "place-option", "data-istat": "{istat}",
                            onclick: {
                                let pick = pick.clone();
                                let istat = istat.clone();
                                move |_| { if let Some(p) = Place::of_comune(&istat) { pick(p) } }
                            },
                            span { class: "place-option-name", "{label}" }
                            span { class: "place-option-detail", "{detail}" }
                        }
                    }
                }
            }
            div { class: "actions",
                button { class: "button", id: "use-position", disabled: locating(), onclick: locate,
                    if locating() { "{tr.t(\"place-locating\")}" } else { "{tr.t(\"place-use-position\")}" } }
                if (session.place)().is_some() {
                    button { class: "button link", id: "forget-place", onclick: forget, "{tr.t(\"place-forget\")}" }
                }
            }
            if let Some(e) = error() {
                p { class: "error", role: "alert", "{e}" }
            }
        }
    }
}
