//! Forms that write to the outbox (`catalog::user`): a correction to a record,
//! a new association, a service the app does not hold, a correction or
//! removal of an association, each a `catalog::SubmissionKind` with a uuid of
//! its own. They work offline; the outbox sends them when a connection
//! comes (the sync crate), and the uuid makes a resend harmless.
//!
//! Validation is `catalog::form`'s plain functions returning message keys
//! (the portal's public page checks with the same ones), so it is tested
//! without a browser and every message is translated.

use catalog::form::{
    AboutRecord, AboutRecordErrors, FieldError, MAX_MESSAGE, MAX_NAME, MIN_MESSAGE, NewAssociation,
    NewAssociationErrors, check_comune, check_email, check_phone, check_text, check_url,
};
use catalog::gazetteer::Gazetteer;
use catalog::taxonomy::Taxonomy;
use catalog::user::OutboxItem;
use catalog::{RecordKind, SubmissionKind, localized};
use dioxus::prelude::*;
use serde_json::json;

use crate::i18n::Tr;
use crate::session::{Screen, use_app, use_session};
use crate::state::AppState;

/// A field's problem in the reader's words (the rules are `catalog::form`'s,
/// shared with the portal's public page).
trait FieldErrorText {
    fn text(&self, tr: Tr) -> String;
}

impl FieldErrorText for FieldError {
    fn text(&self, tr: Tr) -> String {
        match self.max {
            Some(n) => tr.a(self.key, &[("max", n.into())]),
            None => tr.t(self.key),
        }
    }
}

fn enqueue(app: &AppState, kind: SubmissionKind, payload: serde_json::Value) -> Result<(), String> {
    let item = OutboxItem {
        uuid: uuid::Uuid::new_v4().to_string(),
        kind: kind.as_str().to_string(),
        payload: payload.to_string(),
        created_at: chrono::Utc::now().to_rfc3339(),
        attempts: 0,
        last_error: None,
    };
    app.user().enqueue(&item).map_err(|e| e.to_string())
}

/// A checked form: into the outbox and on to it, or its problems shown
/// beside its fields (`errors`); `failed` when the outbox could not keep it.
fn submit<E: Default + 'static>(
    app: &AppState,
    session: crate::session::Session,
    kind: SubmissionKind,
    checked: Result<serde_json::Value, E>,
    mut errors: Signal<E>,
    mut failed: Signal<Option<String>>,
) {
    match checked {
        Err(e) => errors.set(e),
        Ok(payload) => {
            errors.set(E::default());
            match enqueue(app, kind, payload) {
                Ok(()) => done(session),
                Err(e) => failed.set(Some(e)),
            }
        }
    }
}

/// After a submission: the outbox, with a word on what happens next.
fn done(session: crate::session::Session) {
    let mut notice = session.notice;
    notice.set(Some(crate::session::Notice::SavedToOutbox));
    let mut stack = session.stack;
    let mut s = stack.write();
    s.pop();
    s.push(Screen::Outbox);
}

#[component]
fn Field(
    id: String,
    label: String,
    error: Option<String>,
    hint: Option<String>,
    children: Element,
) -> Element {
    let class = if error.is_some() {
        "field field-error"
    } else {
        "field"
    };
    rsx! {
        div { class,
            label { r#for: "{id}", "{label}" }
            {children}
            if let Some(h) = hint { p { class: "hint", "{h}" } }
            if let Some(e) = error { p { class: "error", id: "{id}-error", role: "alert", "{e}" } }
        }
    }
}

/// A comune typed by name, with the gazetteer's match shown as it is typed.
#[component]
fn ComuneField(id: String, label: String, error: Option<String>, value: Signal<String>) -> Element {
    let tr = use_session().tr();
    let mut value = value;
    let found = Gazetteer::bundled()
        .find(&value(), 1)
        .first()
        .map(|m| tr.a("assoc-comune-match", &[("place", m.comune.label().into())]));
    rsx! {
        Field { id: id.clone(), label, error, hint: found,
            input { id: "{id}", value: "{value}", maxlength: "200", autocomplete: "off", oninput: move |ev: FormEvent| value.set(ev.value()) }
        }
    }
}

#[component]
pub fn CorrectionForm(kind: RecordKind, id: String) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let name = match app.catalog().record(kind, &id) {
        Ok(Some(catalog::Record::Service(s))) => {
            localized(&s.translations, &s.name, "name", tr.lang)
                .text
                .to_string()
        }
        Ok(Some(catalog::Record::Organization(o))) => o.name.clone(),
        _ => id.clone(),
    };
    let mut message = use_signal(String::new);
    let mut email = use_signal(String::new);
    let errors = use_signal(AboutRecordErrors::default);
    let failed = use_signal(|| None::<String>);
    let record_name = name.clone();
    let submit = move |_| {
        let checked = AboutRecord {
            kind,
            id: &id,
            name: &record_name,
            message: &message(),
            email: &email(),
        }
        .check();
        submit(
            &app,
            session,
            SubmissionKind::Correction,
            checked,
            errors,
            failed,
        );
    };
    let AboutRecordErrors {
        message: me,
        email: ee,
    } = errors();
    rsx! {
        section { class: "form", id: "correction-form",
            h1 { "{tr.t(\"correction-title\")}" }
            p { class: "hint", "{name}" }
            Field { id: "correction-message", label: tr.t("correction-message"), error: me.map(|e| e.text(tr)), hint: Some(tr.t("correction-message-hint")),
                textarea { id: "correction-message", rows: "6", value: "{message}", maxlength: "{MAX_MESSAGE * 2}",
                    oninput: move |e: FormEvent| message.set(e.value()) }
            }
            Field { id: "correction-email", label: tr.t("form-email-optional"), error: ee.map(|e| e.text(tr)), hint: None,
                input { id: "correction-email", r#type: "email", dir: "ltr", value: "{email}", oninput: move |e: FormEvent| email.set(e.value()) }
            }
            p { class: "hint", "{tr.t(\"form-offline-note\")}" }
            if let Some(f) = failed() { p { class: "error", role: "alert", "{tr.t(\"form-save-failed\")} ({f})" } }
            button { class: "button button-primary", id: "correction-submit", onclick: submit, "{tr.t(\"form-submit\")}" }
        }
    }
}

#[component]
pub fn NewAssociationForm() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let mut name = use_signal(String::new);
    let mut community = use_signal(String::new);
    let comune = use_signal(String::new);
    let mut activities = use_signal(Vec::<String>::new);
    let mut email = use_signal(String::new);
    let mut phone = use_signal(String::new);
    let mut website = use_signal(String::new);
    let mut description = use_signal(String::new);
    let errors = use_signal(NewAssociationErrors::default);
    let failed = use_signal(|| None::<String>);
    let submit = move |_| {
        let checked = NewAssociation {
            name: &name(),
            community: &community(),
            comune: &comune(),
            activities: &activities(),
            email: &email(),
            phone: &phone(),
            website: &website(),
            description: &description(),
        }
        .check();
        submit(
            &app,
            session,
            SubmissionKind::NewAssociation,
            checked.map_err(|e| *e),
            errors,
            failed,
        );
    };
    let e = errors();
    let tax = Taxonomy::bundled();
    rsx! {
        section { class: "form", id: "new-association-form",
            h1 { "{tr.t(\"assoc-report-new\")}" }
            p { class: "hint", "{tr.t(\"assoc-new-intro\")}" }
            Field { id: "assoc-name", label: tr.t("assoc-name"), error: e.name.map(|x| x.text(tr)), hint: None,
                input { id: "assoc-name", value: "{name}", maxlength: "{MAX_NAME * 2}", oninput: move |ev: FormEvent| name.set(ev.value()) }
            }
            Field { id: "assoc-community-input", label: tr.t("assoc-community"), error: None, hint: None,
                select { id: "assoc-community-input", onchange: move |ev: FormEvent| community.set(ev.value()),
                    option { value: "", "{tr.t(\"assoc-community-other\")}" }
                    for c in tax.terms("community").iter() { option { value: "{c.id}", selected: community() == c.id, "{c.name(lang)}" } }
                }
            }
            ComuneField { id: "assoc-comune", label: tr.t("assoc-comune"), error: e.comune.map(|x| x.text(tr)), value: comune }
            fieldset { class: "filter-group",
                legend { "{tr.t(\"assoc-activities\")}" }
                for a in tax.terms("activity").iter() {
                    label { class: "check",
                        input { r#type: "checkbox", checked: activities().contains(&a.id),
                            onchange: { let id = a.id.clone(); move |_| {
                                let mut list = activities.write();
                                if let Some(i) = list.iter().position(|x| *x == id) { list.remove(i); } else { list.push(id.clone()); }
                            } } }
                        "{a.name(lang)}"
                    }
                }
            }
            Field { id: "assoc-email", label: tr.t("form-email"), error: e.email.map(|x| x.text(tr)), hint: None,
                input { id: "assoc-email", r#type: "email", dir: "ltr", value: "{email}", oninput: move |ev: FormEvent| email.set(ev.value()) }
            }
            Field { id: "assoc-phone", label: tr.t("form-phone"), error: e.phone.map(|x| x.text(tr)), hint: None,
                input { id: "assoc-phone", r#type: "tel", dir: "ltr", value: "{phone}", oninput: move |ev: FormEvent| phone.set(ev.value()) }
            }
            Field { id: "assoc-website", label: tr.t("form-website"), error: e.website.map(|x| x.text(tr)), hint: None,
                input { id: "assoc-website", r#type: "url", dir: "ltr", value: "{website}", oninput: move |ev: FormEvent| website.set(ev.value()) }
            }
            if let Some(c) = e.contact { p { class: "error", id: "assoc-contact-error", role: "alert", "{c.text(tr)}" } }
            Field { id: "assoc-description", label: tr.t("assoc-description"), error: e.description.map(|x| x.text(tr)), hint: None,
                textarea { id: "assoc-description", rows: "4", value: "{description}", oninput: move |ev: FormEvent| description.set(ev.value()) }
            }
            p { class: "hint", "{tr.t(\"form-offline-note\")}" }
            if let Some(f) = failed() { p { class: "error", role: "alert", "{tr.t(\"form-save-failed\")} ({f})" } }
            button { class: "button button-primary", id: "assoc-submit", onclick: submit, "{tr.t(\"form-submit\")}" }
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
struct ServiceReportErrors {
    name: Option<FieldError>,
    comune: Option<FieldError>,
    area: Option<FieldError>,
    what: Option<FieldError>,
    address: Option<FieldError>,
    phone: Option<FieldError>,
    website: Option<FieldError>,
    email: Option<FieldError>,
}

/// The checks of a service report: what it is, where, in which area, and
/// optionally how to reach it and the reporter.
struct ServiceReport<'a> {
    name: &'a str,
    comune: &'a str,
    area: &'a str,
    what: &'a str,
    address: &'a str,
    phone: &'a str,
    website: &'a str,
    email: &'a str,
}

impl ServiceReport<'_> {
    /// The errors, or the payload to send.
    fn check(&self) -> Result<serde_json::Value, Box<ServiceReportErrors>> {
        let comune = check_comune(self.comune);
        let area_known = Taxonomy::bundled().is("area", self.area);
        let e = ServiceReportErrors {
            name: check_text(self.name, true, 2, MAX_NAME).err(),
            comune: comune.clone().err(),
            area: (!area_known).then(|| FieldError::new("form-error-required")),
            what: check_text(self.what, true, MIN_MESSAGE, MAX_MESSAGE).err(),
            address: check_text(self.address, false, 0, MAX_NAME).err(),
            phone: check_phone(self.phone, false).err(),
            website: check_url(self.website).err(),
            email: check_email(self.email, false).err(),
        };
        if e != ServiceReportErrors::default() {
            return Err(Box::new(e));
        }
        Ok(json!({
            "name": self.name.trim(),
            "comune_istat": comune.unwrap_or_default(),
            "area": self.area,
            "message": self.what.trim(),
            "address": self.address.trim(),
            "phone": self.phone.trim(),
            "website": self.website.trim(),
            "contact_email": self.email.trim(),
        }))
    }
}

/// Report a service the app does not hold: where an area is empty, and
/// from Help. The editors check it before anything is published.
#[component]
pub fn NewServiceForm(area: Option<String>) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let mut name = use_signal(String::new);
    let comune = use_signal(String::new);
    let mut chosen_area = use_signal(|| area.clone().unwrap_or_default());
    let mut what = use_signal(String::new);
    let mut address = use_signal(String::new);
    let mut phone = use_signal(String::new);
    let mut website = use_signal(String::new);
    let mut email = use_signal(String::new);
    let errors = use_signal(ServiceReportErrors::default);
    let failed = use_signal(|| None::<String>);
    let submit = move |_| {
        let report = ServiceReport {
            name: &name(),
            comune: &comune(),
            area: &chosen_area(),
            what: &what(),
            address: &address(),
            phone: &phone(),
            website: &website(),
            email: &email(),
        }
        .check();
        submit(
            &app,
            session,
            SubmissionKind::NewService,
            report.map_err(|e| *e),
            errors,
            failed,
        );
    };
    let e = errors();
    let tax = Taxonomy::bundled();
    rsx! {
        section { class: "form", id: "new-service-form",
            h1 { "{tr.t(\"service-report-new\")}" }
            p { class: "hint", "{tr.t(\"service-report-intro\")}" }
            Field { id: "service-name", label: tr.t("service-report-name"), error: e.name.map(|x| x.text(tr)), hint: None,
                input { id: "service-name", value: "{name}", maxlength: "{MAX_NAME * 2}", oninput: move |ev: FormEvent| name.set(ev.value()) }
            }
            ComuneField { id: "service-comune", label: tr.t("service-report-comune"), error: e.comune.map(|x| x.text(tr)), value: comune }
            Field { id: "service-area", label: tr.t("service-report-area"), error: e.area.map(|x| x.text(tr)), hint: None,
                select { id: "service-area", onchange: move |ev: FormEvent| chosen_area.set(ev.value()),
                    option { value: "", selected: chosen_area().is_empty(), "—" }
                    for a in tax.terms("area").iter() { option { value: "{a.id}", selected: chosen_area() == a.id, "{a.name(lang)}" } }
                }
            }
            Field { id: "service-what", label: tr.t("service-report-what"), error: e.what.map(|x| x.text(tr)), hint: Some(tr.t("service-report-what-hint")),
                textarea { id: "service-what", rows: "5", value: "{what}", maxlength: "{MAX_MESSAGE * 2}", oninput: move |ev: FormEvent| what.set(ev.value()) }
            }
            Field { id: "service-address", label: tr.t("service-report-address"), error: e.address.map(|x| x.text(tr)), hint: None,
                input { id: "service-address", value: "{address}", maxlength: "{MAX_NAME * 2}", oninput: move |ev: FormEvent| address.set(ev.value()) }
            }
            Field { id: "service-phone", label: tr.t("form-phone"), error: e.phone.map(|x| x.text(tr)), hint: None,
                input { id: "service-phone", r#type: "tel", dir: "ltr", value: "{phone}", oninput: move |ev: FormEvent| phone.set(ev.value()) }
            }
            Field { id: "service-website", label: tr.t("form-website"), error: e.website.map(|x| x.text(tr)), hint: None,
                input { id: "service-website", r#type: "url", dir: "ltr", value: "{website}", oninput: move |ev: FormEvent| website.set(ev.value()) }
            }
            Field { id: "service-email", label: tr.t("form-email-optional"), error: e.email.map(|x| x.text(tr)), hint: None,
                input { id: "service-email", r#type: "email", dir: "ltr", value: "{email}", oninput: move |ev: FormEvent| email.set(ev.value()) }
            }
            p { class: "hint", "{tr.t(\"form-offline-note\")}" }
            if let Some(f) = failed() { p { class: "error", role: "alert", "{tr.t(\"form-save-failed\")} ({f})" } }
            button { class: "button button-primary", id: "service-submit", onclick: submit, "{tr.t(\"form-submit\")}" }
        }
    }
}

#[component]
pub fn AssociationChangeForm(id: String) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let name = app
        .catalog()
        .organization(&id)
        .ok()
        .flatten()
        .map(|o| o.name)
        .unwrap_or_else(|| id.clone());
    let mut removal = use_signal(|| false);
    let mut message = use_signal(String::new);
    let mut email = use_signal(String::new);
    let errors = use_signal(AboutRecordErrors::default);
    let failed = use_signal(|| None::<String>);
    let record_name = name.clone();
    let submit = move |_| {
        let checked = AboutRecord {
            kind: RecordKind::Organization,
            id: &id,
            name: &record_name,
            message: &message(),
            email: &email(),
        }
        .check();
        let kind = if removal() {
            SubmissionKind::RemovalRequest
        } else {
            SubmissionKind::Correction
        };
        submit(&app, session, kind, checked, errors, failed);
    };
    let AboutRecordErrors {
        message: me,
        email: ee,
    } = errors();
    rsx! {
        section { class: "form", id: "association-change-form",
            h1 { "{tr.t(\"assoc-ask-change\")}" }
            p { class: "hint", "{name}" }
            fieldset { class: "filter-group",
                label { class: "check",
                    input { r#type: "radio", name: "change-kind", id: "change-correction", checked: !removal(), onchange: move |_| removal.set(false) }
                    "{tr.t(\"assoc-change-correction\")}"
                }
                label { class: "check",
                    input { r#type: "radio", name: "change-kind", id: "change-removal", checked: removal(), onchange: move |_| removal.set(true) }
                    "{tr.t(\"assoc-change-removal\")}"
                }
            }
            Field { id: "change-message", label: tr.t("correction-message"), error: me.map(|e| e.text(tr)), hint: None,
                textarea { id: "change-message", rows: "5", value: "{message}", oninput: move |e: FormEvent| message.set(e.value()) }
            }
            Field { id: "change-email", label: tr.t("form-email-optional"), error: ee.map(|e| e.text(tr)), hint: None,
                input { id: "change-email", r#type: "email", dir: "ltr", value: "{email}", oninput: move |e: FormEvent| email.set(e.value()) }
            }
            if let Some(f) = failed() { p { class: "error", role: "alert", "{tr.t(\"form-save-failed\")} ({f})" } }
            button { class: "button button-primary", id: "change-submit", onclick: submit, "{tr.t(\"form-submit\")}" }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report<'a>(
        name: &'a str,
        comune: &'a str,
        area: &'a str,
        what: &'a str,
    ) -> ServiceReport<'a> {
        ServiceReport {
            name,
            comune,
            area,
            what,
            address: "",
            phone: "",
            website: "",
            email: "",
        }
    }

    #[test]
    fn a_service_report_names_what_where_and_the_area() {
        let ok = report(
            "Scuola di italiano Penny Wirton",
            "Prato",
            "italian-language",
            "Corsi gratuiti di italiano per adulti, il sabato mattina.",
        )
        .check()
        .unwrap();
        assert_eq!(ok["comune_istat"], "100005");
        assert_eq!(ok["area"], "italian-language");

        let e = report("", "zzzzqqq", "no-such-area", "corto")
            .check()
            .unwrap_err();
        assert_eq!(e.name.unwrap().key, "form-error-required");
        assert_eq!(e.comune.unwrap().key, "form-error-comune");
        assert_eq!(e.area.unwrap().key, "form-error-required");
        assert_eq!(e.what.unwrap().key, "form-error-too-short");

        let mut hostile = report(
            "Sportello",
            "Prato",
            "work",
            "Orientamento al lavoro per stranieri.",
        );
        hostile.website = "javascript:alert(1)";
        hostile.phone = "not a phone";
        hostile.email = "nobody@";
        let e = hostile.check().unwrap_err();
        assert!(e.website.is_some() && e.phone.is_some() && e.email.is_some());
        assert!(e.name.is_none() && e.what.is_none());
    }
}
