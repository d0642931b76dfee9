//! Forms that write to the outbox (`catalog::user`): a correction to a record,
//! a new association, a service the app does not hold, a correction or
//! removal of an association, each a `catalog::SubmissionKind` with a uuid of
//! its own. They work offline; the outbox sends them when a connection
//! comes (the sync crate), and the uuid makes a resend harmless.
//!
//! Validation is plain functions returning message keys, so it is tested
//! without a browser and every message is translated.

use catalog::gazetteer::Gazetteer;
use catalog::submission::{RECORD_ID, RECORD_KIND};
use catalog::taxonomy::Taxonomy;
use catalog::user::OutboxItem;
use catalog::{RecordKind, SubmissionKind, localized};
use dioxus::prelude::*;
use serde_json::json;

use crate::i18n::Tr;
use crate::session::{Screen, use_app, use_session};
use crate::state::AppState;

pub const MAX_NAME: usize = 200;
pub const MAX_MESSAGE: usize = 2000;
pub const MIN_MESSAGE: usize = 10;

/// A field's problem, as a message key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub key: &'static str,
    pub max: Option<usize>,
}

impl FieldError {
    fn new(key: &'static str) -> FieldError {
        FieldError { key, max: None }
    }

    pub fn text(&self, tr: Tr) -> String {
        match self.max {
            Some(n) => tr.a(self.key, &[("max", n.into())]),
            None => tr.t(self.key),
        }
    }
}

/// Required or optional free text of at most `max` characters, no control
/// characters except line breaks.
pub fn check_text(value: &str, required: bool, min: usize, max: usize) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return if required {
            Err(FieldError::new("form-error-required"))
        } else {
            Ok(())
        };
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(FieldError::new("form-error-control"));
    }
    let n = v.chars().count();
    if n > max {
        return Err(FieldError {
            key: "form-error-too-long",
            max: Some(max),
        });
    }
    if n < min {
        return Err(FieldError {
            key: "form-error-too-short",
            max: Some(min),
        });
    }
    Ok(())
}

pub fn check_email(value: &str, required: bool) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return if required {
            Err(FieldError::new("form-error-required"))
        } else {
            Ok(())
        };
    }
    let ok = v.len() <= 254
        && !v.chars().any(|c| c.is_whitespace() || c.is_control())
        && match v.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
            }
            None => false,
        };
    if ok {
        Ok(())
    } else {
        Err(FieldError::new("form-error-email"))
    }
}

/// Italian and international numbers: digits with spaces, dots, dashes,
/// slashes or brackets, an optional leading `+`, 6 to 15 digits (E.164).
pub fn check_phone(value: &str, required: bool) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return if required {
            Err(FieldError::new("form-error-required"))
        } else {
            Ok(())
        };
    }
    let body = v.strip_prefix('+').unwrap_or(v);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || " .-/()".contains(c));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if allowed && (6..=15).contains(&digits) {
        Ok(())
    } else {
        Err(FieldError::new("form-error-phone"))
    }
}

pub fn check_url(value: &str) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(());
    }
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    match rest {
        Some(r)
            if !r.is_empty()
                && r.len() < 500
                && !r.chars().any(|c| c.is_whitespace() || c.is_control())
                && r.split('/').next().is_some_and(|h| h.contains('.')) =>
        {
            Ok(())
        }
        _ => Err(FieldError::new("form-error-url")),
    }
}

/// The comune a person typed, if the gazetteer recognizes it.
pub fn check_comune(value: &str) -> Result<String, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(FieldError::new("form-error-required"));
    }
    Gazetteer::bundled()
        .find(v, 1)
        .first()
        .map(|m| m.comune.istat.clone())
        .ok_or(FieldError::new("form-error-comune"))
}

/// A report about an existing record: a required message and an
/// optional e-mail for an answer (corrections, removal requests).
fn check_report(message: &str, email: &str) -> (Option<FieldError>, Option<FieldError>) {
    (
        check_text(message, true, MIN_MESSAGE, MAX_MESSAGE).err(),
        check_email(email, false).err(),
    )
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
    let mut errors = use_signal(|| (None::<FieldError>, None::<FieldError>));
    let mut failed = use_signal(|| None::<String>);
    let record_name = name.clone();
    let submit = move |_| {
        let checked = check_report(&message(), &email());
        errors.set(checked.clone());
        if checked != (None, None) {
            return;
        }
        let payload = json!({
            RECORD_KIND: kind.as_str(),
            RECORD_ID: id,
            "record_name": record_name,
            "message": message().trim(),
            "contact_email": email().trim(),
        });
        match enqueue(&app, SubmissionKind::Correction, payload) {
            Ok(()) => done(session),
            Err(e) => failed.set(Some(e)),
        }
    };
    let (me, ee) = errors();
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

#[derive(Debug, Clone, Default, PartialEq)]
struct AssociationErrors {
    name: Option<FieldError>,
    comune: Option<FieldError>,
    email: Option<FieldError>,
    phone: Option<FieldError>,
    website: Option<FieldError>,
    description: Option<FieldError>,
    contact: Option<FieldError>,
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
    let mut errors = use_signal(AssociationErrors::default);
    let mut failed = use_signal(|| None::<String>);
    let submit = move |_| {
        let comune_code = check_comune(&comune());
        let mut e = AssociationErrors {
            name: check_text(&name(), true, 2, MAX_NAME).err(),
            comune: comune_code.clone().err(),
            email: check_email(&email(), false).err(),
            phone: check_phone(&phone(), false).err(),
            website: check_url(&website()).err(),
            description: check_text(&description(), false, 0, MAX_MESSAGE).err(),
            contact: None,
        };
        if email().trim().is_empty() && phone().trim().is_empty() && website().trim().is_empty() {
            e.contact = Some(FieldError::new("form-error-contact"));
        }
        let ok = e == AssociationErrors::default();
        errors.set(e);
        if !ok {
            return;
        }
        let payload = json!({
            "name": name().trim(),
            "community": community(),
            "comune_istat": comune_code.unwrap_or_default(),
            "activities": activities(),
            "email": email().trim(),
            "phone": phone().trim(),
            "website": website().trim(),
            "description": description().trim(),
        });
        match enqueue(&app, SubmissionKind::NewAssociation, payload) {
            Ok(()) => done(session),
            Err(e) => failed.set(Some(e)),
        }
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
    let mut errors = use_signal(ServiceReportErrors::default);
    let mut failed = use_signal(|| None::<String>);
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
        match report {
            Err(e) => errors.set(*e),
            Ok(payload) => {
                errors.set(ServiceReportErrors::default());
                match enqueue(&app, SubmissionKind::NewService, payload) {
                    Ok(()) => done(session),
                    Err(e) => failed.set(Some(e)),
                }
            }
        }
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
    let mut errors = use_signal(|| (None::<FieldError>, None::<FieldError>));
    let mut failed = use_signal(|| None::<String>);
    let record_name = name.clone();
    let submit = move |_| {
        let checked = check_report(&message(), &email());
        errors.set(checked.clone());
        if checked != (None, None) {
            return;
        }
        let kind = if removal() {
            SubmissionKind::RemovalRequest
        } else {
            SubmissionKind::Correction
        };
        let payload = json!({
            RECORD_KIND: RecordKind::Organization.as_str(),
            RECORD_ID: id,
            "record_name": record_name,
            "message": message().trim(),
            "contact_email": email().trim(),
        });
        match enqueue(&app, kind, payload) {
            Ok(()) => done(session),
            Err(e) => failed.set(Some(e)),
        }
    };
    let (me, ee) = errors();
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

    #[test]
    fn text_rules() {
        assert_eq!(
            check_text("  ", true, 0, 10).unwrap_err().key,
            "form-error-required"
        );
        assert!(check_text("", false, 0, 10).is_ok());
        assert_eq!(
            check_text("abc\u{0}", true, 0, 10).unwrap_err().key,
            "form-error-control"
        );
        assert_eq!(
            check_text(&"x".repeat(11), true, 0, 10).unwrap_err().max,
            Some(10)
        );
        assert!(check_text("riga uno\nriga due", true, 0, 100).is_ok());
        assert!(check_text("مرحبا بكم في إيطاليا", true, 5, 100).is_ok());
        assert_eq!(
            check_text("ciao", true, 10, 100).unwrap_err().key,
            "form-error-too-short"
        );
    }

    #[test]
    fn email_rules() {
        assert!(check_email("a@b.it", true).is_ok());
        assert!(check_email("", false).is_ok());
        for bad in [
            "a", "a@b", "@b.it", "a@b.it x", "a@@b.it", "a@.it", "a@b..it", "a@b.it.",
        ] {
            assert!(check_email(bad, false).is_err(), "{bad}");
        }
    }

    #[test]
    fn phone_rules() {
        for good in [
            "+39 0574 123456",
            "0574/123456",
            "333-1234567",
            "(0574) 12 34 56",
            "803001",
        ] {
            assert!(check_phone(good, true).is_ok(), "{good}");
        }
        for bad in [
            "12345",
            "+39 abc 1234",
            "1234567890123456",
            "'; DROP TABLE x;--",
        ] {
            assert!(check_phone(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn url_and_comune_rules() {
        assert!(check_url("https://example.org/a").is_ok());
        assert!(check_url("").is_ok());
        assert!(check_url("javascript:alert(1)").is_err());
        assert!(check_url("https://").is_err());
        assert!(check_url("http://localhost").is_err());
        assert_eq!(check_comune("Prato").unwrap(), "100005");
        assert_eq!(check_comune("").unwrap_err().key, "form-error-required");
        assert_eq!(
            check_comune("zzzzqqq").unwrap_err().key,
            "form-error-comune"
        );
    }

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
