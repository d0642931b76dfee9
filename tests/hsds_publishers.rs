//! HSDS 3.0 files from other publishers: a comune's social services as a
//! JSON document (`tests/data/hsds/comune-valdiserchio.json`, an HSDS API
//! page) and a union of comuni's as a Tabular Data Package
//! (`tests/data/hsds/unione-valle-orsa/`). Both are valid HSDS, written as
//! an Italian organization would (free-text documents, weekly schedules on
//! a service and on a service_at_location, cost options, terms of other
//! vocabularies, no Integra area), and both import: documents kept as text
//! or linked to a term, schedules as opening hours, "free" from the cost
//! options, areas chosen for the file or per service. The dry run lists
//! what stands in the way, every bad row at once; the import refuses, in
//! words an editor reads.

use std::collections::BTreeMap;

use catalog::hsds::{self, DryRun, HsdsError, ImportOptions, Package, Remedy};
use catalog::{Catalog, CatalogData, RecordKind, Service};
use integra_tests::data_path;
use integra_tests::hsds_support::{
    assert_mentions, assert_no_code_words, assert_valid, col, compiled, csv_validates, edit_csv,
    json_bytes, unknown_keys, validator,
};
use serde_json::{Value, json};

const COMUNE: &str = "comune-valdiserchio.json";
/// The comune's services, in the file's order.
const SPORTELLO: &str = "4dae0784-95f9-4234-a636-741d6ddbd49a";
const CORSO: &str = "641725f7-25b4-47fe-bfdb-6728c51a6164";
const MEDIAZIONE: &str = "b657b222-87d2-4e30-81ae-c1234a66ff01";
/// The union's services.
const SEGRETARIATO: &str = "18796532-7301-4867-a44c-d8718c59bb4b";
const ORIENTAMENTO: &str = "882ad462-d0ec-44ed-9e0c-136d03f810fc";

fn comune_bytes() -> Vec<u8> {
    std::fs::read(data_path(&format!("hsds/{COMUNE}"))).unwrap()
}

fn comune_doc() -> Value {
    serde_json::from_slice(&comune_bytes()).unwrap()
}

fn union_package() -> Package {
    hsds::read_package_dir(data_path("hsds/unione-valle-orsa")).unwrap()
}

/// What an editor chooses before importing: the date recorded for the
/// records HSDS gives none (organizations), and an area for the file.
fn chosen(area: Option<&str>) -> ImportOptions {
    ImportOptions {
        default_updated_at: Some("2025-03-10T12:00:00+01:00".into()),
        default_area: area.map(Into::into),
        ..ImportOptions::default()
    }
}

fn service<'a>(data: &'a CatalogData, id: &str) -> &'a Service {
    data.services.iter().find(|s| s.id == id).unwrap()
}

/// Every message of an import an editor may read.
fn messages(report: &DryRun) -> Vec<String> {
    let mut all = report.warnings.clone();
    all.extend(report.bad_rows.iter().map(ToString::to_string));
    for s in &report.needs_area {
        all.push(s.name.clone());
        all.extend(s.terms.iter().map(ToString::to_string));
    }
    all
}

// ------------------------------------------------------------ the fixtures are HSDS

#[test]
fn the_fixtures_are_valid_hsds() {
    let schema = compiled("service.json");
    let services = validator(&schema);
    let doc = comune_doc();
    let mut unknown = Vec::new();
    let contents = doc["contents"].as_array().unwrap();
    assert_eq!(contents.len(), 3);
    for (i, s) in contents.iter().enumerate() {
        assert_valid(&services, s, &format!("{COMUNE} contents[{i}]"));
        unknown_keys(&schema, s, &format!("contents[{i}]"), &mut unknown);
    }
    assert_eq!(unknown, Vec::<String>::new(), "keys HSDS does not define");

    let tabular = compiled("tabular.json");
    let tables = tabular["properties"].as_object().unwrap();
    let package = union_package();
    let mut files = 0;
    for (file, bytes) in &package {
        if file == "datapackage.json" {
            continue;
        }
        let item = tables
            .values()
            .map(|t| &t["items"])
            .find(|item| item["path"] == json!(file))
            .unwrap_or_else(|| panic!("{file} is no HSDS table"));
        csv_validates(file, item, bytes);
        files += 1;
    }
    assert_eq!(files, 15);
}

// ------------------------------------------------------------ they import

/// The comune's JSON with one area for the whole file.
#[test]
fn a_comunes_json_imports_with_an_area_for_the_file() {
    let imported =
        hsds::import_json(COMUNE, &comune_bytes(), &chosen(Some("health-services"))).unwrap();
    let data = &imported.data;
    assert_eq!(data.services.len(), 3);
    assert_eq!(data.organizations.len(), 1);
    assert!(data.services.iter().all(|s| s.area == "health-services"));

    let sportello = service(data, SPORTELLO);
    // "Codice fiscale" is a document Integra knows; the others stay as the
    // comune wrote them.
    assert_eq!(sportello.required_documents, ["tax-code"]);
    assert_eq!(
        sportello.other_documents,
        [
            "Copia del contratto di affitto",
            "Passaporto o altro documento di riconoscimento valido"
        ]
    );
    // Weekly schedules on the service, one with Italian time's offset.
    assert_eq!(
        sportello.opening_hours.as_deref(),
        Some("Mo,We 09:00-12:30; Th 15:00-17:30")
    );
    assert!(sportello.free, "a cost option of amount 0");
    assert_eq!(sportello.languages, ["it", "en", "fr", "ar"]);
    assert_eq!(sportello.assured_date.as_deref(), Some("2025-01-20"));
    assert_eq!(sportello.phones[0].number, "0583 555 142");
    let address = sportello.locations[0].address.as_ref().unwrap();
    assert_eq!(address.address_1, "Piazza del Municipio 1");

    let corso = service(data, CORSO);
    // Matched whatever the case, accents and apostrophe.
    assert_eq!(
        corso.required_documents,
        ["residence-permit", "identity-card"]
    );
    assert!(corso.other_documents.is_empty());
    // The schedule is the service_at_location's.
    assert_eq!(corso.opening_hours.as_deref(), Some("Tu,Th 18:00-20:00"));
    assert!(corso.free, "an option that says only \"Gratuito\"");

    let mediazione = service(data, MEDIAZIONE);
    assert_eq!(mediazione.opening_hours.as_deref(), Some("Fr 09:00-13:00"));
    // The town hall hosts two services: each has its own copy of it.
    assert_eq!(sportello.locations[0].name, mediazione.locations[0].name);
    assert_ne!(sportello.locations[0].id, mediazione.locations[0].id);
    assert!(!mediazione.free, "no cost option says nothing of cost");
    assert!(mediazione.needs_no_documents());
    assert!(!sportello.needs_no_documents());

    assert_mentions(
        &imported.warnings.join("\n"),
        &[
            "\"Open Eligibility\" are not Integra terms",
            "\"Catalogo servizi Comune di Valdiserchio\" are not Integra terms",
            "Comune di Valdiserchio",
            "is where 2 services are delivered",
        ],
    );
    assert!(
        !imported.warnings.join("\n").contains("schedules"),
        "every schedule is read: {:?}",
        imported.warnings
    );

    // Written as it was read, and it comes back from the store whole.
    let mut store = Catalog::open_in_memory().unwrap();
    hsds::import_into(&mut store, &imported, &chosen(None)).unwrap();
    assert_eq!(store.export().unwrap(), *data);
}

/// The union's package with an area for each service; one chosen for a
/// service wins over the file's.
#[test]
fn a_unions_package_imports_with_an_area_per_service() {
    let per_service = ImportOptions {
        area_by_service: BTreeMap::from([
            (
                SEGRETARIATO.to_string(),
                "intercultural-mediation".to_string(),
            ),
            (ORIENTAMENTO.to_string(), "work".to_string()),
        ]),
        ..chosen(None)
    };
    let imported = hsds::import_package(&union_package(), &per_service).unwrap();
    let data = &imported.data;
    let segretariato = service(data, SEGRETARIATO);
    let orientamento = service(data, ORIENTAMENTO);
    assert_eq!(segretariato.area, "intercultural-mediation");
    assert_eq!(orientamento.area, "work");

    assert_eq!(segretariato.required_documents, ["tax-code"]);
    assert_eq!(
        segretariato.other_documents,
        ["Dichiarazione di ospitalità"]
    );
    assert_eq!(orientamento.required_documents, ["residence-permit"]);
    assert_eq!(
        orientamento.other_documents,
        ["Curriculum vitae aggiornato"]
    );
    assert_eq!(
        segretariato.opening_hours.as_deref(),
        Some("Mo,Tu,Th,Fr 08:30-12:30; We 08:30-12:30,14:30-16:30")
    );
    // On the service_at_location (service_at_location_id set in the CSV).
    assert_eq!(
        orientamento.opening_hours.as_deref(),
        Some("Tu 09:00-13:00; Th 14:00-17:00")
    );
    assert!(segretariato.free && orientamento.free);
    assert_eq!(
        segretariato.phones[0].description.as_deref(),
        Some("interno 4")
    );
    assert_eq!(orientamento.phones[0].number, "051 555 0180");
    assert_eq!(
        orientamento.locations[0]
            .address
            .as_ref()
            .unwrap()
            .address_1,
        "Piazza della Stazione 3, primo piano"
    );
    assert_mentions(
        &imported.warnings.join("\n"),
        &["contacts.csv", "Nomenclatore interregionale"],
    );

    let one_chosen = ImportOptions {
        area_by_service: BTreeMap::from([(SEGRETARIATO.to_string(), "work".to_string())]),
        ..chosen(Some("housing"))
    };
    let data = hsds::import_package(&union_package(), &one_chosen)
        .unwrap()
        .data;
    assert_eq!(service(&data, SEGRETARIATO).area, "work");
    assert_eq!(service(&data, ORIENTAMENTO).area, "housing");
}

/// Written back as HSDS, a service's own words come back as they were, and
/// the export is still valid HSDS.
#[test]
fn documents_in_the_publishers_words_round_trip() {
    let data = hsds::import_package(&union_package(), &chosen(Some("work")))
        .unwrap()
        .data;
    let doc = hsds::export_json(&data).unwrap();
    let back = hsds::import_json("back.json", &json_bytes(&doc), &ImportOptions::default())
        .unwrap()
        .data;
    assert_eq!(back, data);
    let back = hsds::import_package(
        &hsds::export_package(&data).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap()
    .data;
    assert_eq!(back, data);
    let documents: Vec<&str> = doc["services"][0]["required_documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["document"].as_str().unwrap())
        .collect();
    assert_eq!(documents, ["Codice fiscale", "Dichiarazione di ospitalità"]);
    let services = validator(&compiled("service.json"));
    assert_valid(&services, &doc["services"][0], "the exported service");
}

// ------------------------------------------------------------ the dry run

/// Without an area the file cannot be imported: the dry run says which
/// services need one, with the terms their publisher gave them, so that
/// an editor can choose; with the choices made, it can.
#[test]
fn the_dry_run_lists_the_services_that_need_an_area_with_their_terms() {
    let report = hsds::dry_run_package(&union_package(), &chosen(None)).unwrap();
    assert!(!report.importable());
    assert_eq!(report.bad_rows, []);
    assert_eq!(
        report.records,
        BTreeMap::from([(RecordKind::Organization, 1), (RecordKind::Service, 2)])
    );
    let needs: Vec<(&str, &str)> = report
        .needs_area
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        needs,
        [
            (SEGRETARIATO, "Segretariato sociale per cittadini stranieri"),
            (
                ORIENTAMENTO,
                "Orientamento al lavoro per cittadini stranieri"
            ),
        ]
    );
    let terms: Vec<String> = report.needs_area[0]
        .terms
        .iter()
        .map(|t| format!("{}|{}", t.code.as_deref().unwrap_or(""), t.name))
        .collect();
    assert_eq!(
        terms,
        [
            "A1|Segretariato sociale/porta unitaria per l'accesso ai servizi",
            "B2|Interventi per l'integrazione sociale dei soggetti deboli o a rischio",
        ]
    );
    let employment = &report.needs_area[1].terms[0];
    assert_eq!(employment.taxonomy.as_deref(), Some("Open Eligibility"));
    assert_eq!(employment.name, "Employment");
    assert_eq!(report.needs_area[0].at, "services.csv row 2");

    // The import refuses, naming both services.
    let err = hsds::import_package(&union_package(), &chosen(None)).unwrap_err();
    let HsdsError::Rows(rows) = &err else {
        panic!("not a list of rows: {err}")
    };
    assert!(rows.iter().all(|r| r.remedy == Some(Remedy::ChooseArea)));
    assert_mentions(
        &err.to_string(),
        &[
            "2 rows cannot be imported",
            SEGRETARIATO,
            ORIENTAMENTO,
            "`area`",
            "Employment",
        ],
    );

    // The JSON's, likewise.
    let report = hsds::dry_run_json(COMUNE, &comune_bytes(), &chosen(None)).unwrap();
    assert_eq!(report.needs_area.len(), 3);
    let sportello: Vec<String> = report.needs_area[0]
        .terms
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        sportello,
        [
            "Open Eligibility: Immigration",
            "Open Eligibility: Legal Assistance"
        ]
    );

    // Chosen: importable, nothing left to say but the warnings.
    let report = hsds::dry_run_package(&union_package(), &chosen(Some("work"))).unwrap();
    assert!(report.importable(), "{report:?}");
    assert!(report.needs_area.is_empty());
}

/// A file with two bad rows in different tables: the dry run lists both
/// (with where, which record, which field), the import refuses naming both,
/// and nothing reaches the store.
#[test]
fn every_bad_row_is_listed_and_nothing_is_written() {
    let mut package = union_package();
    edit_csv(&mut package, "services.csv", |h, rows| {
        rows[0][col(h, "status")] = "aperto".into();
    });
    edit_csv(&mut package, "locations.csv", |h, rows| {
        rows[1][col(h, "latitude")] = "quarantaquattro".into();
    });
    let opts = chosen(Some("work"));
    let report = hsds::dry_run_package(&package, &opts).unwrap();
    assert!(!report.importable());
    assert_eq!(report.bad_rows.len(), 2, "{:#?}", report.bad_rows);
    let at = |place: &str| {
        report
            .bad_rows
            .iter()
            .find(|r| r.at == place)
            .unwrap_or_else(|| panic!("{place} is not listed: {:#?}", report.bad_rows))
    };
    let status = at("services.csv row 2");
    assert_eq!(status.id.as_deref(), Some(SEGRETARIATO));
    assert_eq!(status.field.as_deref(), Some("status"));
    assert_mentions(
        &status.to_string(),
        &["\"aperto\" is not an HSDS status", "active"],
    );
    let latitude = at("locations.csv row 3");
    assert_eq!(latitude.field.as_deref(), Some("latitude"));
    assert_mentions(
        &latitude.to_string(),
        &["\"quarantaquattro\" is not a number"],
    );

    let mut store = Catalog::open_in_memory().unwrap();
    store
        .import(&integra_tests::search_fixture(), Default::default())
        .unwrap();
    let before = store.export().unwrap();
    let result = hsds::import_package(&package, &opts)
        .map_err(catalog::Error::from)
        .and_then(|imported| hsds::import_into(&mut store, &imported, &opts));
    let err = result.unwrap_err().to_string();
    assert_mentions(
        &err,
        &[
            "2 rows cannot be imported",
            "services.csv row 2",
            "locations.csv row 3",
        ],
    );
    assert_eq!(store.export().unwrap(), before, "the store changed");

    // In JSON, a row HSDS cannot map and a record Integra's checks refuse.
    let mut doc = comune_doc();
    doc["contents"][0]["status"] = json!("aperto");
    doc["contents"][2]["languages"][0]["code"] = json!("arabo");
    let report = hsds::dry_run_json(COMUNE, &json_bytes(&doc), &opts).unwrap();
    let rows: Vec<String> = report.bad_rows.iter().map(ToString::to_string).collect();
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert_mentions(&rows[0], &["$.contents[0]", SPORTELLO, "`status`"]);
    assert_mentions(
        &rows[1],
        &["$.contents[2]", MEDIAZIONE, "`languages`", "arabo"],
    );
    assert_eq!(report.records[&RecordKind::Service], 2, "the other two map");
    let err = hsds::import_json(COMUNE, &json_bytes(&doc), &opts).unwrap_err();
    assert!(matches!(&err, HsdsError::Rows(r) if r.len() == 2), "{err}");
}

/// A list of bad rows is capped in the error's message, not in the report.
#[test]
fn a_long_list_of_bad_rows_is_cut_in_the_message_only() {
    // Sixty more services, each with a bad status.
    let mut package = union_package();
    edit_csv(&mut package, "services.csv", |h, rows| {
        let template = rows[0].clone();
        for i in 0..60 {
            let mut r = template.clone();
            r[col(h, "id")] = format!("00000000-0000-4000-8000-{i:012}");
            r[col(h, "status")] = "chiuso".into();
            rows.push(r);
        }
    });
    let opts = chosen(Some("work"));
    let report = hsds::dry_run_package(&package, &opts).unwrap();
    assert_eq!(report.bad_rows.len(), 60);
    let err = hsds::import_package(&package, &opts)
        .unwrap_err()
        .to_string();
    assert_mentions(&err, &["60 rows cannot be imported", "and 10 more"]);
    assert_eq!(err.lines().count(), 1 + 50 + 1, "{err}");
}

// ------------------------------------------------------------ words

/// Warnings and errors are written for an editor: what is wrong, where,
/// and what to do, with no word of code in them (the web console shows
/// them as they are; the command line adds its own options).
#[test]
fn messages_speak_to_an_editor() {
    let mut all = Vec::new();
    // Nothing chosen: undated organizations, services without an area.
    let report = hsds::dry_run_package(&union_package(), &ImportOptions::default()).unwrap();
    assert!(
        report
            .bad_rows
            .iter()
            .any(|r| r.remedy == Some(Remedy::ChooseUpdatedAt))
    );
    all.extend(messages(&report));
    all.extend(messages(
        &hsds::dry_run_json(COMUNE, &comune_bytes(), &ImportOptions::default()).unwrap(),
    ));
    all.push(
        hsds::import_package(&union_package(), &ImportOptions::default())
            .unwrap_err()
            .to_string(),
    );
    all.push(
        hsds::import_json(COMUNE, &comune_bytes(), &chosen(None))
            .unwrap_err()
            .to_string(),
    );
    // A choice that is no area of Integra's.
    let unknown = ImportOptions {
        area_by_service: BTreeMap::from([(SEGRETARIATO.to_string(), "salute".to_string())]),
        ..chosen(None)
    };
    let err = hsds::import_package(&union_package(), &unknown).unwrap_err();
    assert!(matches!(err, HsdsError::Choice { .. }), "{err}");
    assert_mentions(
        &err.to_string(),
        &["\"salute\"", SEGRETARIATO, "health-services"],
    );
    all.push(err.to_string());
    // A choice for a service the file does not have.
    let stray = ImportOptions {
        area_by_service: BTreeMap::from([("non-esiste".to_string(), "work".to_string())]),
        ..chosen(Some("work"))
    };
    let imported = hsds::import_package(&union_package(), &stray).unwrap();
    assert_mentions(
        &imported.warnings.join("\n"),
        &["\"non-esiste\"", "not in this file"],
    );
    all.extend(imported.warnings);
    // Unreadable rows of both forms.
    let mut doc = comune_doc();
    doc["contents"][1]["cost_options"][0]["amount"] = json!(-3);
    doc["contents"][2]["service_at_locations"][0]["schedules"][0]["freq"] = json!("MONTHLY");
    all.extend(messages(
        &hsds::dry_run_json(COMUNE, &json_bytes(&doc), &chosen(Some("work"))).unwrap(),
    ));
    assert!(all.len() > 10, "{all:#?}");
    for m in &all {
        assert_no_code_words(m);
    }
    let text = all.join("\n");
    assert_mentions(
        &text,
        &[
            "choose the date to record for the records of this file that have none",
            "choose its area, or one for every service of the file that names none",
            "write 0 for an option that is free",
            "write them in OpenStreetMap syntax",
        ],
    );
}
