//! The flat form both serializations share: HSDS tables of rows.
//!
//! Export builds [`Tables`] from a `CatalogData` and then nests them into
//! compiled JSON objects or writes them as CSV; import flattens JSON or reads
//! CSV into [`Tables`] and maps them back. One mapping, two syntaxes.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde_json::{Map, Value};

use super::{BadRow, HsdsError};

/// A column's type, as declared in `datapackage.json` (Table Schema types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ty {
    Str,
    Num,
    Int,
    Bool,
    Date,
    DateTime,
    Time,
    /// A JSON array of strings (Table Schema `array`).
    List,
}

impl Ty {
    pub(crate) fn table_schema_type(self) -> &'static str {
        match self {
            Str => "string",
            Num => "number",
            Int => "integer",
            Bool => "boolean",
            Date => "date",
            DateTime => "datetime",
            Time => "time",
            List => "array",
        }
    }
}

/// One table: its HSDS (or extension) name, file and columns.
#[derive(Debug)]
pub(crate) struct TableDef {
    pub name: &'static str,
    pub file: &'static str,
    pub columns: &'static [(&'static str, Ty)],
    /// Column whose values are unique (None: no single-column key).
    pub key: Option<&'static str>,
    pub description: &'static str,
}

impl TableDef {
    pub(crate) fn is_extension(&self) -> bool {
        self.name.starts_with("x_integra_")
    }
}

use Ty::*;

/// The HSDS tables Integra reads and writes, with every column of the HSDS
/// 3.0 schema in schema order (columns Integra leaves empty included).
pub(crate) const HSDS_TABLES: &[TableDef] = &[
    TableDef {
        name: "organization",
        file: "organizations.csv",
        columns: &[
            ("id", Str),
            ("name", Str),
            ("alternate_name", Str),
            ("description", Str),
            ("email", Str),
            ("website", Str),
            ("tax_status", Str),
            ("tax_id", Str),
            ("year_incorporated", Num),
            ("legal_status", Str),
            ("logo", Str),
            ("uri", Str),
            ("parent_organization_id", Str),
        ],
        key: Some("id"),
        description: "Organizations: service providers and migrant associations.",
    },
    TableDef {
        name: "service",
        file: "services.csv",
        columns: &[
            ("id", Str),
            ("organization_id", Str),
            ("program_id", Str),
            ("name", Str),
            ("alternate_name", Str),
            ("description", Str),
            ("url", Str),
            ("email", Str),
            ("status", Str),
            ("interpretation_services", Str),
            ("application_process", Str),
            ("fees_description", Str),
            ("wait_time", Str),
            ("fees", Str),
            ("accreditations", Str),
            ("eligibility_description", Str),
            ("minimum_age", Num),
            ("maximum_age", Num),
            ("assured_date", Date),
            ("assurer_email", Str),
            ("licenses", Str),
            ("alert", Str),
            ("last_modified", DateTime),
        ],
        key: Some("id"),
        description: "Services.",
    },
    TableDef {
        name: "location",
        file: "locations.csv",
        columns: &[
            ("id", Str),
            ("location_type", Str),
            ("url", Str),
            ("organization_id", Str),
            ("name", Str),
            ("alternate_name", Str),
            ("description", Str),
            ("transportation", Str),
            ("latitude", Num),
            ("longitude", Num),
            ("external_identifier", Str),
            ("external_identifier_type", Str),
        ],
        key: Some("id"),
        description: "Locations (WGS84 points).",
    },
    TableDef {
        name: "address",
        file: "addresses.csv",
        columns: &[
            ("id", Str),
            ("location_id", Str),
            ("attention", Str),
            ("address_1", Str),
            ("address_2", Str),
            ("city", Str),
            ("region", Str),
            ("state_province", Str),
            ("postal_code", Str),
            ("country", Str),
            ("address_type", Str),
        ],
        key: Some("id"),
        description: "Addresses of locations.",
    },
    TableDef {
        name: "phone",
        file: "phones.csv",
        columns: &[
            ("id", Str),
            ("location_id", Str),
            ("service_id", Str),
            ("organization_id", Str),
            ("contact_id", Str),
            ("service_at_location_id", Str),
            ("number", Str),
            ("extension", Num),
            ("type", Str),
            ("description", Str),
        ],
        key: Some("id"),
        description: "Phone numbers of services and organizations.",
    },
    TableDef {
        name: "service_at_location",
        file: "service_at_location.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("location_id", Str),
            ("description", Str),
        ],
        key: Some("id"),
        description: "Where each service is delivered.",
    },
    TableDef {
        name: "language",
        file: "languages.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("location_id", Str),
            ("phone_id", Str),
            ("name", Str),
            ("code", Str),
            ("note", Str),
        ],
        key: Some("id"),
        description: "Languages spoken at services (ISO 639 codes).",
    },
    TableDef {
        name: "required_document",
        file: "required_documents.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("document", Str),
            ("uri", Str),
        ],
        key: Some("id"),
        description: "Documents a service requires.",
    },
    TableDef {
        name: "service_area",
        file: "service_areas.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("name", Str),
            ("description", Str),
            ("extent", Str),
            ("extent_type", Str),
            ("uri", Str),
        ],
        key: Some("id"),
        description: "Territories a service covers (uri urn:istat:<ISTAT code>).",
    },
    TableDef {
        name: "schedule",
        file: "schedules.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("location_id", Str),
            ("service_at_location_id", Str),
            ("valid_from", Date),
            ("valid_to", Date),
            ("dtstart", Date),
            ("timezone", Num),
            ("until", Date),
            ("count", Num),
            ("wkst", Str),
            ("freq", Str),
            ("interval", Num),
            ("byday", Str),
            ("byweekno", Str),
            ("bymonthday", Str),
            ("byyearday", Str),
            ("description", Str),
            ("opens_at", Time),
            ("closes_at", Time),
            ("schedule_link", Str),
            ("attending_type", Str),
            ("notes", Str),
        ],
        key: Some("id"),
        description: "Opening hours (description: OpenStreetMap opening_hours syntax).",
    },
    TableDef {
        name: "cost_option",
        file: "cost_options.csv",
        columns: &[
            ("id", Str),
            ("service_id", Str),
            ("valid_from", Date),
            ("valid_to", Date),
            ("option", Str),
            ("currency", Str),
            ("amount", Num),
            ("amount_description", Str),
        ],
        key: Some("id"),
        description: "What a service costs: Integra writes one option of amount 0 for a free service; a service whose options cost nothing is free.",
    },
    TableDef {
        name: "attribute",
        file: "attributes.csv",
        columns: &[
            ("id", Str),
            ("link_id", Str),
            ("taxonomy_term_id", Str),
            ("link_type", Str),
            ("link_entity", Str),
            ("value", Str),
        ],
        key: Some("id"),
        description: "Links from records to taxonomy terms.",
    },
    TableDef {
        name: "taxonomy",
        file: "taxonomies.csv",
        columns: &[
            ("id", Str),
            ("name", Str),
            ("description", Str),
            ("uri", Str),
            ("version", Str),
        ],
        key: Some("id"),
        description: "Integra's vocabularies (names integra:<taxonomy>).",
    },
    TableDef {
        name: "taxonomy_term",
        file: "taxonomy_terms.csv",
        columns: &[
            ("id", Str),
            ("code", Str),
            ("name", Str),
            ("description", Str),
            ("parent_id", Str),
            ("taxonomy", Str),
            ("language", Str),
            ("taxonomy_id", Str),
            ("term_uri", Str),
        ],
        key: Some("id"),
        description: "Terms of Integra's vocabularies (code: the Integra term id).",
    },
];

/// The Integra extension: what HSDS has no place for.
pub(crate) const EXTENSION_TABLES: &[TableDef] = &[
    TableDef {
        name: "x_integra_organizations",
        file: "x_integra_organizations.csv",
        columns: &[
            ("organization_id", Str),
            ("integra_id", Str),
            ("sample", Bool),
            ("updated_at", Str),
            ("association", Bool),
            ("nationalities", List),
            ("region_code", Str),
            ("second_generation", Bool),
            ("themes", List),
            ("source", Str),
        ],
        key: Some("organization_id"),
        description: "Integra extension: organization fields HSDS lacks (association profile, second-generation flag and themes, sample flag, updated_at, official source key).",
    },
    TableDef {
        name: "x_integra_services",
        file: "x_integra_services.csv",
        columns: &[
            ("service_id", Str),
            ("integra_id", Str),
            ("free", Bool),
            ("sample", Bool),
            ("protection_who_may_apply", List),
            ("protection_referral", Str),
            ("protection_places", Int),
            ("source", Str),
            ("kind", Str),
        ],
        key: Some("service_id"),
        description: "Integra extension: service fields HSDS lacks (free of charge, sample flag, international-protection project: who may apply, referral, places; official source key; the kind of place the source says it is, e.g. cpia-site, school-primaria, hospital).",
    },
    TableDef {
        name: "x_integra_locations",
        file: "x_integra_locations.csv",
        columns: &[
            ("location_id", Str),
            ("integra_id", Str),
            ("comune_istat", Str),
            ("precision", Str),
        ],
        key: Some("location_id"),
        description: "Integra extension: ISTAT comune of each location, and how its point was placed (address, postcode or comune; empty: address).",
    },
    TableDef {
        name: "x_integra_phones",
        file: "x_integra_phones.csv",
        columns: &[("phone_id", Str), ("integra_id", Str)],
        key: Some("phone_id"),
        description: "Integra extension: Integra ids of phones.",
    },
    TableDef {
        name: "x_integra_translations",
        file: "x_integra_translations.csv",
        columns: &[
            ("record_type", Str),
            ("record_id", Str),
            ("field", Str),
            ("language", Str),
            ("text", Str),
        ],
        key: None,
        description: "Integra extension: translations of text fields (Italian is in the record itself).",
    },
    TableDef {
        name: "x_integra_learning_resources",
        file: "x_integra_learning_resources.csv",
        columns: &[
            ("id", Str),
            ("kind", Str),
            ("title", Str),
            ("description", Str),
            ("levels", List),
            ("instruction_languages", List),
            ("free", Bool),
            ("works_offline", Bool),
            ("url", Str),
            ("organization_id", Str),
            ("location_id", Str),
            ("opening_hours", Str),
            ("sample", Bool),
            ("updated_at", Str),
            ("source", Str),
        ],
        key: Some("id"),
        description: "Integra extension: Italian-language learning resources.",
    },
    TableDef {
        name: "x_integra_reports",
        file: "x_integra_reports.csv",
        columns: &[
            ("id", Str),
            ("topic", Str),
            ("community", Str),
            ("year", Int),
            ("title", Str),
            ("summary", Str),
            ("sections", List),
            ("sample", Bool),
            ("updated_at", Str),
        ],
        key: Some("id"),
        description: "Integra extension: summaries of the portal's reports.",
    },
    TableDef {
        name: "x_integra_news",
        file: "x_integra_news.csv",
        columns: &[
            ("id", Str),
            ("date", Date),
            ("title", Str),
            ("body", Str),
            ("sample", Bool),
            ("updated_at", Str),
        ],
        key: Some("id"),
        description: "Integra extension: news items.",
    },
    TableDef {
        name: "x_integra_cultural_experiences",
        file: "x_integra_cultural_experiences.csv",
        columns: &[
            ("id", Str),
            ("section", Str),
            ("name", Str),
            ("description", Str),
            ("kind_of_work", Str),
            ("comune_istat", Str),
            ("latitude", Num),
            ("longitude", Num),
            ("address", Str),
            ("languages", List),
            ("website", Str),
            ("email", Str),
            ("phone", Str),
            ("sample", Bool),
            ("updated_at", Str),
        ],
        key: Some("id"),
        description: "Integra extension: cultural experiences of the portal's Cultural Area.",
    },
];

pub(crate) fn all_tables() -> impl Iterator<Item = &'static TableDef> {
    HSDS_TABLES.iter().chain(EXTENSION_TABLES)
}

pub(crate) fn table(name: &str) -> &'static TableDef {
    all_tables()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no table definition named {name}"))
}

/// Where a row came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: Arc<str>,
    pub at: At,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum At {
    /// A CSV row, the header being row 1; cells are text.
    Row(u64),
    /// A JSON path such as `$.services[2].phones[0]`; values are typed.
    Path(String),
    /// Built by the exporter.
    Generated,
}

impl Origin {
    pub(crate) fn generated() -> Origin {
        Origin {
            file: Arc::from("export"),
            at: At::Generated,
        }
    }

    /// CSV cells are all text: numbers and booleans are parsed from them.
    pub(crate) fn text_cells(&self) -> bool {
        matches!(self.at, At::Row(_))
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            At::Row(n) => write!(f, "{} row {n}", self.file),
            At::Path(p) => write!(f, "{} at {p}", self.file),
            At::Generated => write!(f, "{}", self.file),
        }
    }
}

/// One record of one table: column -> value (absent when empty).
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub table: &'static str,
    pub origin: Origin,
    pub values: Map<String, Value>,
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

impl Row {
    pub(crate) fn new(table: &'static str, origin: Origin) -> Row {
        Row {
            table,
            origin,
            values: Map::new(),
        }
    }

    /// Sets a column; `None` and empty strings leave it absent.
    pub(crate) fn set(&mut self, column: &str, value: impl Into<Value>) -> &mut Row {
        let value = value.into();
        match &value {
            Value::Null => {}
            Value::String(s) if s.is_empty() => {}
            _ => {
                self.values.insert(column.to_string(), value);
            }
        }
        self
    }

    /// Sets a text column even when empty (HSDS-required columns).
    pub(crate) fn set_text(&mut self, column: &str, value: &str) -> &mut Row {
        self.values
            .insert(column.to_string(), Value::String(value.to_string()));
        self
    }

    /// The record's key, for messages.
    pub(crate) fn key(&self) -> Option<&str> {
        let def = table(self.table);
        let key = def.key.unwrap_or("id");
        self.values.get(key).and_then(Value::as_str)
    }

    pub(crate) fn error(&self, field: &str, reason: impl Into<String>) -> HsdsError {
        HsdsError::Field(Box::new(BadRow {
            at: self.origin.to_string(),
            entity: self.table.to_string(),
            id: self.key().map(clip),
            field: Some(field.to_string()),
            reason: reason.into(),
            remedy: None,
        }))
    }

    fn wrong_type(&self, field: &str, expected: &str, found: &Value) -> HsdsError {
        self.error(
            field,
            format!("expected {expected}, found {}", type_name(found)),
        )
    }

    fn raw(&self, field: &str) -> Option<&Value> {
        match self.values.get(field) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.is_empty() => None,
            Some(v) => Some(v),
        }
    }

    /// Text, or None when absent or empty.
    pub(crate) fn str(&self, field: &str) -> Result<Option<&str>, HsdsError> {
        match self.raw(field) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(v) => Err(self.wrong_type(field, "text", v)),
        }
    }

    pub(crate) fn text(&self, field: &str) -> Result<Option<String>, HsdsError> {
        Ok(self.str(field)?.map(str::to_string))
    }

    /// Text that must be there.
    pub(crate) fn required(&self, field: &str) -> Result<&str, HsdsError> {
        self.str(field)?
            .ok_or_else(|| self.error(field, "is required and missing"))
    }

    pub(crate) fn f64(&self, field: &str) -> Result<Option<f64>, HsdsError> {
        match self.raw(field) {
            None => Ok(None),
            Some(Value::Number(n)) => Ok(n.as_f64()),
            Some(Value::String(s)) if self.origin.text_cells() => s
                .trim()
                .parse::<f64>()
                .map(Some)
                .map_err(|_| self.error(field, format!("{:?} is not a number", clip(s)))),
            Some(v) => Err(self.wrong_type(field, "a number", v)),
        }
    }

    pub(crate) fn int(&self, field: &str) -> Result<Option<i64>, HsdsError> {
        match self.raw(field) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .map(Some)
                .ok_or_else(|| self.error(field, format!("{n} is not an integer"))),
            Some(Value::String(s)) if self.origin.text_cells() => s
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| self.error(field, format!("{:?} is not an integer", clip(s)))),
            Some(v) => Err(self.wrong_type(field, "an integer", v)),
        }
    }

    pub(crate) fn bool(&self, field: &str) -> Result<Option<bool>, HsdsError> {
        match self.raw(field) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) if self.origin.text_cells() => match s.trim() {
                "true" | "True" | "TRUE" | "1" => Ok(Some(true)),
                "false" | "False" | "FALSE" | "0" => Ok(Some(false)),
                other => Err(self.error(field, format!("{:?} is not true or false", clip(other)))),
            },
            Some(v) => Err(self.wrong_type(field, "true or false", v)),
        }
    }

    /// A list of strings: a JSON array (in CSV, a cell holding one).
    pub(crate) fn list(&self, field: &str) -> Result<Vec<String>, HsdsError> {
        let strings = |items: &[Value]| -> Result<Vec<String>, HsdsError> {
            items
                .iter()
                .map(|v| match v {
                    Value::String(s) => Ok(s.clone()),
                    v => Err(self.wrong_type(field, "a list of text", v)),
                })
                .collect()
        };
        match self.raw(field) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => strings(items),
            Some(Value::String(s)) if self.origin.text_cells() => {
                match serde_json::from_str::<Vec<Value>>(s) {
                    Ok(items) => strings(&items),
                    Err(_) => Err(self.error(
                        field,
                        format!(
                            "{:?} is not a JSON list of text such as [\"A1\",\"A2\"]",
                            clip(s)
                        ),
                    )),
                }
            }
            Some(v) => Err(self.wrong_type(field, "a list of text", v)),
        }
    }
}

/// A file read into tables: the rows, what was left out, and the rows
/// that could not be read (the file goes on being read past them).
pub(crate) struct Read {
    pub tables: Tables,
    pub warnings: Vec<String>,
    pub problems: Vec<HsdsError>,
}

/// Rows by table name, in document order.
#[derive(Debug, Default)]
pub(crate) struct Tables {
    rows: BTreeMap<&'static str, Vec<Row>>,
}

impl Tables {
    pub(crate) fn push(&mut self, row: Row) -> usize {
        let rows = self.rows.entry(row.table).or_default();
        rows.push(row);
        rows.len() - 1
    }

    pub(crate) fn rows(&self, table: &str) -> &[Row] {
        self.rows.get(table).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn row_mut(&mut self, table: &'static str, index: usize) -> &mut Row {
        &mut self.rows.get_mut(table).expect("table has rows")[index]
    }
}
