//! What a person types into the forms that send submissions: one set of
//! rules for the app's forms and the portal's public page, each problem a
//! message id (with a number where the message needs one) that both sides
//! translate, and the payload a form sends ([`crate::submission`]).
//!
//! The portal checks the payload again when it arrives; these checks are
//! what the person is told beside the field before anything is sent.

use serde_json::{Value, json};

use crate::gazetteer::Gazetteer;
use crate::record::RecordKind;
use crate::submission::{RECORD_ID, RECORD_KIND};
use crate::taxonomy::Taxonomy;

/// The longest name, and the longest free text, a form takes.
pub const MAX_NAME: usize = 200;
pub const MAX_MESSAGE: usize = 2000;
/// The shortest message about a record (a word or two says nothing).
pub const MIN_MESSAGE: usize = 10;

/// Every message id these checks return: the app's and the portal's
/// locales have each.
pub const MESSAGES: [&str; 9] = [
    "form-error-required",
    "form-error-control",
    "form-error-too-long",
    "form-error-too-short",
    "form-error-email",
    "form-error-phone",
    "form-error-url",
    "form-error-comune",
    "form-error-contact",
];

/// A field's problem, as a message id and its number (`$max`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub key: &'static str,
    pub max: Option<usize>,
}

impl FieldError {
    pub fn new(key: &'static str) -> FieldError {
        FieldError { key, max: None }
    }
}

/// An empty field: fine when optional.
fn empty(required: bool) -> Result<(), FieldError> {
    if required {
        Err(FieldError::new("form-error-required"))
    } else {
        Ok(())
    }
}

/// Required or optional free text of `min` to `max` characters, no control
/// characters except line breaks and tabs.
pub fn check_text(value: &str, required: bool, min: usize, max: usize) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return empty(required);
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
        return empty(required);
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
        return empty(required);
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

/// An optional web address: `http://` or `https://` and a host with a dot.
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

/// The ISTAT code of the comune a person typed, if the gazetteer
/// recognizes it.
pub fn check_comune(value: &str) -> Result<String, FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(FieldError::new("form-error-required"));
    }
    if v.chars().count() > MAX_NAME {
        return Err(FieldError {
            key: "form-error-too-long",
            max: Some(MAX_NAME),
        });
    }
    Gazetteer::bundled()
        .find(v, 1)
        .first()
        .map(|m| m.comune.istat.clone())
        .ok_or(FieldError::new("form-error-comune"))
}

/// "Report a new association", as typed.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewAssociation<'a> {
    pub name: &'a str,
    /// A `community` taxonomy id, or empty for other or several.
    pub community: &'a str,
    /// The comune by name.
    pub comune: &'a str,
    /// `activity` taxonomy ids.
    pub activities: &'a [String],
    pub email: &'a str,
    pub phone: &'a str,
    pub website: &'a str,
    pub description: &'a str,
}

/// The problems of a new association, field by field; `contact` when it
/// gives no e-mail, phone or website.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewAssociationErrors {
    pub name: Option<FieldError>,
    pub comune: Option<FieldError>,
    pub email: Option<FieldError>,
    pub phone: Option<FieldError>,
    pub website: Option<FieldError>,
    pub description: Option<FieldError>,
    pub contact: Option<FieldError>,
}

impl NewAssociation<'_> {
    /// The payload of a `new_association` submission, or what to fix. A
    /// community or activity that is not the taxonomy's (only a forged
    /// form sends one) is left out.
    pub fn check(&self) -> Result<Value, Box<NewAssociationErrors>> {
        let comune = check_comune(self.comune);
        let no_contact = [self.email, self.phone, self.website]
            .iter()
            .all(|f| f.trim().is_empty());
        let e = NewAssociationErrors {
            name: check_text(self.name, true, 2, MAX_NAME).err(),
            comune: comune.clone().err(),
            email: check_email(self.email, false).err(),
            phone: check_phone(self.phone, false).err(),
            website: check_url(self.website).err(),
            description: check_text(self.description, false, 0, MAX_MESSAGE).err(),
            contact: no_contact.then(|| FieldError::new("form-error-contact")),
        };
        if e != NewAssociationErrors::default() {
            return Err(Box::new(e));
        }
        let tax = Taxonomy::bundled();
        let community = if tax.is("community", self.community) {
            self.community
        } else {
            ""
        };
        let activities: Vec<&str> = self
            .activities
            .iter()
            .map(String::as_str)
            .filter(|a| tax.is("activity", a))
            .collect();
        Ok(json!({
            "name": self.name.trim(),
            "community": community,
            "comune_istat": comune.unwrap_or_default(),
            "activities": activities,
            "email": self.email.trim(),
            "phone": self.phone.trim(),
            "website": self.website.trim(),
            "description": self.description.trim(),
        }))
    }
}

/// A correction or removal request about a record the catalog holds: a
/// required message and an optional e-mail for an answer.
#[derive(Debug, Clone, Copy)]
pub struct AboutRecord<'a> {
    pub kind: RecordKind,
    pub id: &'a str,
    /// The record's name as the person saw it (for the moderators).
    pub name: &'a str,
    pub message: &'a str,
    pub email: &'a str,
}

/// The problems of a message about a record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AboutRecordErrors {
    pub message: Option<FieldError>,
    pub email: Option<FieldError>,
}

impl AboutRecord<'_> {
    /// The payload of a `correction` or `removal_request`, or what to fix.
    pub fn check(&self) -> Result<Value, AboutRecordErrors> {
        let e = AboutRecordErrors {
            message: check_text(self.message, true, MIN_MESSAGE, MAX_MESSAGE).err(),
            email: check_email(self.email, false).err(),
        };
        if e != AboutRecordErrors::default() {
            return Err(e);
        }
        Ok(json!({
            RECORD_KIND: self.kind.as_str(),
            RECORD_ID: self.id,
            "record_name": self.name,
            "message": self.message.trim(),
            "contact_email": self.email.trim(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_returned_is_listed() {
        let src = include_str!("form.rs");
        let mut seen = 0;
        for part in src.split("\"form-error-").skip(1) {
            let rest = part.split('"').next().unwrap_or("");
            if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                continue; // this test's own pattern
            }
            let key = format!("form-error-{rest}");
            assert!(MESSAGES.contains(&key.as_str()), "{key}");
            seen += 1;
        }
        assert!(
            seen >= MESSAGES.len(),
            "the checks return every listed message"
        );
    }

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
            check_text("a\u{1b}[31m", true, 0, 10).unwrap_err().key,
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
        assert_eq!(
            check_comune(&"Roma".repeat(60)).unwrap_err().key,
            "form-error-too-long"
        );
    }

    #[test]
    fn a_new_association_needs_a_name_a_comune_and_a_contact() {
        let activities = vec!["cultural-events".to_string(), "<b>".to_string()];
        let ok = NewAssociation {
            name: " <script>alert(1)</script> ",
            community: "not-a-community",
            comune: "Prato",
            activities: &activities,
            email: "info@example.org",
            ..NewAssociation::default()
        }
        .check()
        .unwrap();
        assert_eq!(
            ok["name"], "<script>alert(1)</script>",
            "text, kept as typed"
        );
        assert_eq!(ok["comune_istat"], "100005");
        assert_eq!(ok["community"], "");
        assert_eq!(ok["activities"], json!(["cultural-events"]));

        let e = NewAssociation {
            name: "x",
            comune: "zzzzqqq",
            phone: "12",
            description: "a\u{7}b",
            ..NewAssociation::default()
        }
        .check()
        .unwrap_err();
        assert_eq!(e.name.unwrap().key, "form-error-too-short");
        assert_eq!(e.comune.unwrap().key, "form-error-comune");
        assert_eq!(e.phone.unwrap().key, "form-error-phone");
        assert_eq!(e.description.unwrap().key, "form-error-control");
        assert!(e.contact.is_none(), "a phone was given, if a wrong one");
        let none = NewAssociation {
            name: "Associazione",
            comune: "Prato",
            ..NewAssociation::default()
        }
        .check()
        .unwrap_err();
        assert_eq!(none.contact.unwrap().key, "form-error-contact");
    }

    #[test]
    fn a_message_about_a_record_names_it_and_says_what_is_wrong() {
        let about = |message| AboutRecord {
            kind: RecordKind::Organization,
            id: "assoc-1",
            name: "Al Amal",
            message,
            email: "",
        };
        let ok = about(" Il telefono è cambiato. ").check().unwrap();
        assert_eq!(
            (&ok[RECORD_KIND], &ok[RECORD_ID], &ok["message"]),
            (
                &json!("association"),
                &json!("assoc-1"),
                &json!("Il telefono è cambiato.")
            )
        );
        let e = about("corto").check().unwrap_err();
        assert_eq!(e.message.unwrap().key, "form-error-too-short");
    }
}
