//! HSDS 3.0 import and export: round trips, the official schemas and
//! example (read from `../shared/hsds-3.0/`, or `$HSDS_DIR`), bad input,
//! all-or-nothing imports into the store.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::LazyLock;

use catalog::hsds::{self, HsdsError, ImportOptions, Imported, Package};
use catalog::sample::{SampleOptions, generate};
use catalog::{Catalog, CatalogData, ValidationOptions};
use integra_tests::data_path;
use integra_tests::hsds_support::{
    assert_mentions, assert_no_code_words, assert_valid, col, compiled, csv_validates, edit_csv,
    hsds_dir, json_bytes, parse_csv, unknown_keys, validator,
};
use serde_json::{Value, json};

static SAMPLE: LazyLock<CatalogData> = LazyLock::new(|| {
    generate(SampleOptions {
        services: 300,
        associations: 40,
        ..Default::default()
    })
});

/// The records the app ships (derived from official open data), as the
/// starter feed holds them.
static OFFICIAL: LazyLock<CatalogData> = LazyLock::new(|| {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/data/official");
    let texts = catalog::official::OfficialTexts::read_dir(dir).unwrap();
    catalog::official::build(&texts.texts(), Default::default())
        .unwrap()
        .data
});

fn strict() -> ImportOptions {
    ImportOptions::default()
}

/// What the official example needs: bounds off and explicit defaults.
fn example_options() -> ImportOptions {
    ImportOptions {
        validation: ValidationOptions {
            italy_bounds: false,
        },
        default_area: Some("health-services".into()),
        default_updated_at: Some("2024-01-01T00:00:00Z".into()),
        ..ImportOptions::default()
    }
}

fn import_json_err(doc: &Value) -> String {
    match hsds::import_json("doc.json", &json_bytes(doc), &strict()) {
        Ok(_) => panic!("import should fail"),
        Err(e) => e.to_string(),
    }
}

// ------------------------------------------------------------ round trips

#[test]
fn json_round_trip_is_identity() {
    let doc = hsds::export_json(&SAMPLE).unwrap();
    let back = hsds::import_json("sample.json", &json_bytes(&doc), &strict()).unwrap();
    assert_eq!(back.warnings, Vec::<String>::new());
    assert!(back.data == *SAMPLE, "JSON round trip changed the catalog");
}

#[test]
fn package_round_trip_is_identity_in_memory_and_on_disk() {
    let package = hsds::export_package(&SAMPLE).unwrap();
    let back = hsds::import_package(&package, &strict()).unwrap();
    assert_eq!(back.warnings, Vec::<String>::new());
    assert!(
        back.data == *SAMPLE,
        "in-memory package round trip changed the catalog"
    );

    let dir = tempfile::tempdir().unwrap();
    hsds::write_package_dir(&package, dir.path()).unwrap();
    assert_eq!(hsds::read_package_dir(dir.path()).unwrap(), package);
    let back = hsds::import_package_dir(dir.path(), &strict()).unwrap();
    assert!(
        back.data == *SAMPLE,
        "on-disk package round trip changed the catalog"
    );
}

#[test]
fn shared_organizations_and_empty_catalogs_round_trip() {
    // A provider with several services is nested in each of them: its
    // translations and extension come back once.
    let mut data = SAMPLE.clone();
    let shared = data
        .services
        .iter()
        .map(|s| s.organization_id.clone())
        .find(|o| {
            data.services
                .iter()
                .filter(|s| s.organization_id == *o)
                .count()
                > 1
        })
        .expect("a provider with two services");
    let org = data
        .organizations
        .iter_mut()
        .find(|o| o.id == shared)
        .unwrap();
    org.translations
        .entry("name".into())
        .or_default()
        .insert(catalog::Lang::En, "Sample provider".into());
    org.description = Some("Fornitore di esempio".into());
    let doc = hsds::export_json(&data).unwrap();
    let back = hsds::import_json("x.json", &json_bytes(&doc), &strict()).unwrap();
    assert!(back.data == data);
    let back = hsds::import_package(&hsds::export_package(&data).unwrap(), &strict()).unwrap();
    assert!(back.data == data);

    let empty = CatalogData::default();
    let doc = hsds::export_json(&empty).unwrap();
    assert_eq!(
        hsds::import_json("e.json", &json_bytes(&doc), &strict())
            .unwrap()
            .data,
        empty
    );
    let package = hsds::export_package(&empty).unwrap();
    assert_eq!(
        hsds::import_package(&package, &strict()).unwrap().data,
        empty
    );
}

#[test]
fn coordinates_survive_exactly_whatever_their_digits() {
    let mut data = SAMPLE.clone();
    let odd = [
        (43.877_723_456_789_01, 11.102_200_000_000_001),
        (37.5 + 1e-13, 15.083_333_333_333_334),
        (45.0, 9.0),
    ];
    for (s, (lat, lon)) in data.services.iter_mut().zip(odd) {
        s.locations[0].latitude = lat;
        s.locations[0].longitude = lon;
    }
    let doc = hsds::export_json(&data).unwrap();
    let from_json = hsds::import_json("x.json", &json_bytes(&doc), &strict()).unwrap();
    let from_csv = hsds::import_package(&hsds::export_package(&data).unwrap(), &strict()).unwrap();
    for back in [from_json.data, from_csv.data] {
        for (a, b) in back.services.iter().zip(&data.services).take(3) {
            assert_eq!(
                a.locations[0].latitude.to_bits(),
                b.locations[0].latitude.to_bits()
            );
            assert_eq!(
                a.locations[0].longitude.to_bits(),
                b.locations[0].longitude.to_bits()
            );
        }
    }
}

#[test]
fn store_export_round_trips_and_imports_back() {
    let mut catalog = Catalog::open_in_memory().unwrap();
    catalog.import(&SAMPLE, Default::default()).unwrap();
    let stored = catalog.export().unwrap();
    let package = hsds::export_package(&stored).unwrap();
    let imported = hsds::import_package(&package, &strict()).unwrap();
    assert!(imported.data == stored);

    let mut other = Catalog::open_in_memory().unwrap();
    let report = hsds::import_into(&mut other, &imported, &strict()).unwrap();
    assert_eq!(report.records, stored.len());
    assert!(other.export().unwrap() == stored);
}

#[test]
fn non_uuid_ids_become_uuids_and_come_back_from_the_extension() {
    let doc = hsds::export_json(&SAMPLE).unwrap();
    let service = &doc["services"][0];
    let original = &SAMPLE.services[0];
    assert_eq!(service["id"], json!(hsds::hsds_id("service", &original.id)));
    assert_eq!(service["x-integra"]["integra_id"], json!(original.id));
    assert_eq!(
        service["schedules"][0]["description"],
        json!(original.opening_hours)
    );
    let phone = &service["phones"][0];
    assert_eq!(
        phone["x-integra"]["integra_id"],
        json!(original.phones[0].id)
    );
    let kinds: BTreeSet<&str> = service["attributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["taxonomy_term"]["taxonomy"].as_str().unwrap())
        .collect();
    assert!(kinds.contains("integra:area"), "{kinds:?}");
    let associations = doc["organizations"].as_array().unwrap();
    assert_eq!(
        associations.len(),
        // The 40 migrant associations and the 40 second-generation ones.
        80,
        "associations have no services: listed on their own"
    );
    assert_eq!(
        doc["x-integra"]["news"].as_array().unwrap().len(),
        SAMPLE.news.len()
    );
}

// ------------------------------------------------------------ official schemas

#[test]
fn exported_json_validates_against_the_compiled_schemas() {
    json_validates(&SAMPLE);
}

#[test]
fn the_official_records_export_valid_hsds() {
    json_validates(&OFFICIAL);
    csvs_validate(&OFFICIAL, false);
    // Both forms carry what the source says of each place.
    let back = hsds::import_json(
        "official.json",
        &serde_json::to_vec(&hsds::export_json(&OFFICIAL).unwrap()).unwrap(),
        &strict(),
    )
    .unwrap()
    .data;
    let kinds = |d: &CatalogData| d.services.iter().filter(|s| s.kind.is_some()).count();
    assert_eq!(kinds(&back), OFFICIAL.services.len());
    assert_eq!(kinds(&OFFICIAL), OFFICIAL.services.len());
}

fn json_validates(data: &CatalogData) {
    let doc = hsds::export_json(data).unwrap();
    let service_schema = compiled("service.json");
    let organization_schema = compiled("organization.json");
    let services = validator(&service_schema);
    let organizations = validator(&organization_schema);
    let mut unknown = Vec::new();
    for (i, s) in doc["services"].as_array().unwrap().iter().enumerate() {
        assert_valid(&services, s, &format!("services[{i}]"));
        unknown_keys(&service_schema, s, &format!("services[{i}]"), &mut unknown);
    }
    for (i, o) in doc["organizations"].as_array().unwrap().iter().enumerate() {
        assert_valid(&organizations, o, &format!("organizations[{i}]"));
        unknown_keys(
            &organization_schema,
            o,
            &format!("organizations[{i}]"),
            &mut unknown,
        );
    }
    assert!(
        unknown.is_empty(),
        "keys the HSDS schema does not define: {:?}",
        &unknown[..unknown.len().min(10)]
    );
}

#[test]
fn uuid_format_is_really_checked() {
    let doc = hsds::export_json(&SAMPLE).unwrap();
    let services = validator(&compiled("service.json"));
    let mut s = doc["services"][0].clone();
    s["id"] = json!("sample-svc-0000000");
    assert!(
        !services.is_valid(&s),
        "a non-UUID id must fail the format check"
    );
}

#[test]
fn exported_csvs_have_the_hsds_columns_and_valid_rows() {
    csvs_validate(&SAMPLE, true);
}

/// `every_table`: the data fills every table Integra writes (the sample
/// does; the official records have no phones, schedules or languages).
fn csvs_validate(data: &CatalogData, every_table: bool) {
    let package = hsds::export_package(data).unwrap();
    let tabular = compiled("tabular.json");
    let tables = tabular["properties"].as_object().unwrap();
    let descriptor: Value = serde_json::from_slice(&package["datapackage.json"]).unwrap();
    let resources = descriptor["resources"].as_array().unwrap();
    let mut hsds_files = 0;
    let mut example_files = 0;
    for (name, def) in tables {
        let item = &def["items"];
        let path = item["path"].as_str().unwrap();
        let Some(bytes) = package.get(path) else {
            continue;
        };
        hsds_files += 1;
        let header = csv_validates(path, item, bytes);
        // In the schema's order, as the official example writes them.
        if let Ok(example) = std::fs::read(example().join(path)) {
            assert_eq!(
                header,
                parse_csv(&example).0,
                "{path}: column order differs from the example"
            );
            example_files += 1;
        }
        let declared = resources
            .iter()
            .find(|r| r["path"] == json!(path))
            .unwrap_or_else(|| panic!("{path} is not declared in datapackage.json"));
        assert_eq!(declared["name"], json!(name));
    }
    if every_table {
        assert_eq!(hsds_files, 14, "the HSDS tables Integra writes");
        assert_eq!(
            example_files, 14,
            "the example has every table Integra writes"
        );
    }
    // Every file is declared, with the columns it has.
    for (file, bytes) in &package {
        if file == "datapackage.json" {
            continue;
        }
        let declared = resources.iter().find(|r| r["path"] == json!(file)).unwrap();
        let fields: Vec<&str> = declared["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(parse_csv(bytes).0, fields, "{file}");
        assert_eq!(
            file.starts_with("x_integra_"),
            declared["x-integra"] == json!(true),
            "{file}"
        );
    }
}

// ------------------------------------------------------------ the official example

fn example() -> PathBuf {
    hsds_dir().join("examples/csv")
}

#[test]
fn official_example_imports_with_italy_bounds_off() {
    let imported = hsds::import_package_dir(example(), &example_options()).unwrap();
    let data = &imported.data;
    assert_eq!(data.organizations.len(), 1);
    assert_eq!(data.services.len(), 1);
    let s = &data.services[0];
    assert_eq!(s.id, "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(s.organization_id, "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
    assert_eq!(s.name, "Community Counselling");
    assert_eq!(s.area, "health-services");
    assert_eq!(s.updated_at, "2023-03-15T10:30:45.123Z");
    assert_eq!(s.assured_date.as_deref(), Some("2005-01-01"));
    assert_eq!(s.languages, ["ur"]);
    assert_eq!(s.phones.len(), 1);
    assert_eq!(s.phones[0].number, "+44 1234 234567");
    assert!(
        s.phones[0]
            .description
            .as_deref()
            .unwrap()
            .starts_with("interno 100 — Our main reception")
    );
    assert!(s.locations.is_empty(), "(100, 101) is no point on Earth");
    assert_eq!(s.opening_hours, None);
    // "Any official identification document (Passport, Driver's Licence,
    // identity card) and evidence of address …": no one term, so the
    // publisher's words.
    assert!(s.required_documents.is_empty());
    assert_eq!(s.other_documents.len(), 1);
    assert!(s.other_documents[0].starts_with("Any official identification document ("));
    assert_eq!(data.organizations[0].updated_at, "2024-01-01T00:00:00Z");
    let warnings = imported.warnings.join("\n");
    assert_mentions(
        &warnings,
        &[
            "datapackage.json is not usable",
            "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
            "contacts.csv",
            "service area",
            "schedules of service",
        ],
    );

    let mut store = Catalog::open_in_memory().unwrap();
    hsds::import_into(&mut store, &imported, &example_options()).unwrap();
    assert_eq!(store.export().unwrap(), *data);
}

#[test]
fn official_example_fails_with_italy_bounds_on_naming_the_location() {
    let opts = ImportOptions {
        validation: ValidationOptions { italy_bounds: true },
        ..example_options()
    };
    let err = hsds::import_package_dir(example(), &opts)
        .unwrap_err()
        .to_string();
    assert_mentions(
        &err,
        &[
            "locations.csv row 2",
            "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
            "`latitude`",
            "(100, 101)",
        ],
    );
}

/// A change to the options, and what the error must then mention.
type Case = (fn(&mut ImportOptions), &'static [&'static str]);

#[test]
fn official_example_needs_each_default_explicitly() {
    let cases: [Case; 2] = [
        (
            |o| o.default_area = None,
            &[
                "services.csv row 2",
                "ac148810-d857-441c-9679-408f346de14b",
                "`area`",
                "choose its area",
            ],
        ),
        (
            |o| o.default_updated_at = None,
            &[
                "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
                "`updated_at`",
                "choose the date",
            ],
        ),
    ];
    for (change, parts) in cases {
        let mut opts = example_options();
        change(&mut opts);
        let err = hsds::import_package_dir(example(), &opts)
            .unwrap_err()
            .to_string();
        assert_mentions(&err, parts);
        // An editor reads these, on a command line or in the console: no
        // option of either, and nothing of the library's.
        assert_no_code_words(&err);
    }
}

#[test]
fn a_foreign_service_maps_by_the_documented_rules() {
    let bytes = std::fs::read(data_path("hsds/foreign-service.json")).unwrap();
    let opts = ImportOptions {
        default_updated_at: Some("2025-06-01T00:00:00Z".into()),
        ..strict()
    };
    let Imported { data, warnings } =
        hsds::import_json("foreign-service.json", &bytes, &opts).unwrap();
    let s = &data.services[0];
    assert_eq!(
        s.status,
        catalog::ServiceStatus::Active,
        "status read case-insensitively"
    );
    assert_eq!(s.area, "work");
    assert_eq!(
        s.target_groups,
        ["workers"],
        "term found through its taxonomy_id"
    );
    assert_eq!(
        s.required_documents,
        ["passport", "residence-permit"],
        "documents matched by name"
    );
    assert_eq!(s.languages, ["en", "ar"]);
    assert_eq!(
        s.opening_hours.as_deref(),
        Some("Mo,We,Fr 09:00-13:00; Tu,Th 09:00-13:00,15:00-17:30")
    );
    assert_eq!(s.service_areas, ["100005", "048"]);
    assert_eq!(
        s.locations[0].address.as_ref().unwrap().address_1,
        "Via Roma 1, interno 3"
    );
    assert_eq!(s.locations[0].latitude, 43.8777);
    let org = &data.organizations[0];
    assert_eq!(
        org.phones[0].description.as_deref(),
        Some("fax — interno 12")
    );
    assert_eq!(org.updated_at, "2025-06-01T00:00:00Z");
    assert_mentions(
        &warnings.join("\n"),
        &[
            "Tutta la Toscana",
            "contacts",
            "\"Open Eligibility\" are not Integra terms",
        ],
    );
}

/// Another publisher says "free" with HSDS cost options, not Integra's
/// extension: an option of amount 0 (and none costing more) makes the
/// service free; a price makes it not free; a negative amount is an error
/// naming the field. Integra writes a free service's cost option back.
#[test]
fn cost_options_say_whether_a_foreign_service_is_free() {
    let bytes = std::fs::read(data_path("hsds/foreign-service.json")).unwrap();
    let opts = ImportOptions {
        default_updated_at: Some("2025-06-01T00:00:00Z".into()),
        ..strict()
    };
    let with_options = |options: Value| {
        let mut doc: Value = serde_json::from_slice(&bytes).unwrap();
        doc[0]["cost_options"] = options;
        json_bytes(&doc)
    };
    let option = |id: &str, amount: Value| {
        serde_json::json!({
            "id": id,
            "service_id": "5f0c8a52-6d1e-4f0b-9a43-2e8f6b1c7d90",
            "option": "Colloquio",
            "currency": "EUR",
            "amount": amount,
        })
    };
    let free_of = |options: Value| -> bool {
        let imported =
            hsds::import_json("foreign-service.json", &with_options(options), &opts).unwrap();
        assert!(
            !imported.warnings.join("\n").contains("cost_options"),
            "cost options are read, not ignored: {:?}",
            imported.warnings
        );
        imported.data.services[0].free
    };
    let a = "0b6c1f0e-1111-4a4a-9c9c-000000000001";
    let b = "0b6c1f0e-1111-4a4a-9c9c-000000000002";
    assert!(free_of(serde_json::json!([option(a, 0.into())])));
    assert!(!free_of(serde_json::json!([
        option(a, 0.into()),
        option(b, 25.5.into())
    ])));
    assert!(
        !free_of(serde_json::json!([option(a, Value::Null)])),
        "no amount says nothing"
    );
    assert!(!free_of(serde_json::json!([])));
    let err = hsds::import_json(
        "foreign-service.json",
        &with_options(serde_json::json!([option(a, (-5).into())])),
        &opts,
    )
    .unwrap_err()
    .to_string();
    assert_mentions(&err, &["amount", "negative"]);

    // Written back: a free service carries an option of amount 0.
    let free = hsds::import_json(
        "foreign-service.json",
        &with_options(serde_json::json!([option(a, 0.into())])),
        &opts,
    )
    .unwrap()
    .data;
    let doc = hsds::export_json(&free).unwrap();
    let amounts: Vec<f64> = doc["services"][0]["cost_options"]
        .as_array()
        .expect("cost_options written")
        .iter()
        .map(|o| o["amount"].as_f64().unwrap())
        .collect();
    assert_eq!(amounts, [0.0]);
}

// ------------------------------------------------------------ bad input

#[test]
fn malformed_json_names_line_and_column() {
    let err = hsds::import_json(
        "feed.json",
        b"{\n  \"services\": [\n    {\"id\": }\n  ]\n}",
        &strict(),
    )
    .unwrap_err();
    assert!(matches!(err, HsdsError::Json { line: 3, .. }), "{err}");
    assert_mentions(&err.to_string(), &["feed.json", "line 3, column"]);
}

fn sample_package() -> Package {
    hsds::export_package(&SAMPLE).unwrap()
}

fn package_err(package: &Package) -> String {
    hsds::import_package(package, &strict())
        .unwrap_err()
        .to_string()
}

#[test]
fn malformed_csv_names_file_and_row() {
    let mut package = sample_package();
    let mut text = String::from_utf8(package["phones.csv"].clone()).unwrap();
    text.push_str("x,y\r\n");
    package.insert("phones.csv".into(), text.into_bytes());
    let rows = parse_csv(&sample_package()["phones.csv"]).1.len();
    let err = package_err(&package);
    assert_mentions(
        &err,
        &[
            &format!("phones.csv row {}", rows + 2),
            "malformed CSV",
            "2 fields",
        ],
    );
}

#[test]
fn missing_required_fields_are_named() {
    for (file, field, entity) in [
        ("services.csv", "name", "service"),
        ("services.csv", "status", "service"),
        ("organizations.csv", "name", "organization"),
        ("phones.csv", "number", "phone"),
    ] {
        let mut package = sample_package();
        let mut id = String::new();
        edit_csv(&mut package, file, |h, rows| {
            rows[4][col(h, field)].clear();
            id = rows[4][col(h, "id")].clone();
        });
        let err = package_err(&package);
        assert_mentions(
            &err,
            &[
                &format!("{file} row 6"),
                &format!("{entity} \"{id}\""),
                &format!("`{field}`"),
                "required",
            ],
        );
    }
    let mut package = sample_package();
    edit_csv(&mut package, "services.csv", |h, rows| {
        rows[0][col(h, "id")].clear()
    });
    assert_mentions(
        &package_err(&package),
        &["services.csv row 2", "service (without id)", "`id`"],
    );
}

#[test]
fn wrong_types_are_named() {
    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][2]["service_at_locations"][0]["location"]["latitude"] = json!("43.1");
    let err = import_json_err(&doc);
    assert_mentions(
        &err,
        &[
            "doc.json at $.services[2].service_at_locations[0].location",
            "`latitude`",
            "expected a number, found text",
        ],
    );

    let mut package = sample_package();
    edit_csv(&mut package, "locations.csv", |h, rows| {
        rows[1][col(h, "longitude")] = "east".into()
    });
    assert_mentions(
        &package_err(&package),
        &[
            "locations.csv row 3",
            "`longitude`",
            "\"east\" is not a number",
        ],
    );

    let mut package = sample_package();
    edit_csv(&mut package, "x_integra_services.csv", |h, rows| {
        rows[0][col(h, "free")] = "yes".into()
    });
    assert_mentions(
        &package_err(&package),
        &[
            "x_integra_services.csv row 2",
            "`free`",
            "\"yes\" is not true or false",
        ],
    );

    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][0]["phones"] = json!("0574 123456");
    let id = hsds::hsds_id("service", &SAMPLE.services[0].id);
    assert_mentions(
        &import_json_err(&doc),
        &[
            "$.services[0]",
            &format!("service \"{id}\""),
            "`phones`",
            "expected a list",
        ],
    );
}

#[test]
fn impossible_coordinates_are_named() {
    let mut package = sample_package();
    let mut id = String::new();
    edit_csv(&mut package, "locations.csv", |h, rows| {
        rows[3][col(h, "latitude")] = "NaN".into();
        id = rows[3][col(h, "id")].clone();
    });
    assert_mentions(
        &package_err(&package),
        &[
            "locations.csv row 5",
            &format!("location \"{id}\""),
            "`latitude`",
            "NaN",
        ],
    );

    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][1]["service_at_locations"][0]["location"]["longitude"] = json!(181.5);
    assert_mentions(
        &import_json_err(&doc),
        &["$.services[1]", "`longitude`", "181.5", "not a WGS84 point"],
    );
}

#[test]
fn coordinates_outside_italy_fail_validation_naming_the_record() {
    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][7]["service_at_locations"][0]["location"]["latitude"] = json!(51.5);
    let id = &SAMPLE.services[7].id;
    let err = hsds::import_json("doc.json", &json_bytes(&doc), &strict()).unwrap_err();
    assert!(matches!(err, HsdsError::Invalid { .. }));
    assert_mentions(
        &err.to_string(),
        &[
            "doc.json at $.services[7]",
            &format!("service \"{id}\""),
            "locations[0].latitude",
            "outside Italy",
        ],
    );
    assert!(
        matches!(catalog::Error::from(err), catalog::Error::Invalid(v) if v.field == "locations[0].latitude")
    );
}

#[test]
fn duplicate_ids_are_named() {
    let mut package = sample_package();
    edit_csv(&mut package, "services.csv", |_, rows| {
        let first = rows[0].clone();
        rows.push(first);
    });
    let rows = parse_csv(&sample_package()["services.csv"]).1.len();
    assert_mentions(
        &package_err(&package),
        &[
            &format!("services.csv row {}", rows + 2),
            "`id`",
            "duplicate id (first at row 2)",
        ],
    );

    // Two HSDS records carrying the same Integra id: caught by validation.
    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][5]["x-integra"]["integra_id"] = json!(SAMPLE.services[4].id);
    assert_mentions(
        &import_json_err(&doc),
        &[
            "$.services[5]",
            &format!("service \"{}\"", SAMPLE.services[4].id),
            "`id`",
            "duplicate id",
        ],
    );

    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    let copy = doc["services"][3].clone();
    doc["services"].as_array_mut().unwrap().push(copy);
    assert_mentions(
        &import_json_err(&doc),
        &[
            &format!("$.services[{}]", SAMPLE.services.len()),
            "duplicate id (first at doc.json at $.services[3])",
        ],
    );
}

#[test]
fn unknown_taxonomy_terms_fail_validation() {
    let mut package = sample_package();
    edit_csv(&mut package, "taxonomy_terms.csv", |h, rows| {
        for r in rows
            .iter_mut()
            .filter(|r| r[col(h, "taxonomy")] == "integra:area")
        {
            r[col(h, "code")] = format!("{}-x", r[col(h, "code")]);
        }
    });
    let err = package_err(&package);
    assert_mentions(
        &err,
        &[
            "services.csv row 2",
            &format!("service \"{}\"", SAMPLE.services[0].id),
            "`area`",
            "unknown taxonomy term",
        ],
    );
}

#[test]
fn a_ten_megabyte_string_is_rejected() {
    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][9]["description"] = json!("x".repeat(10 * 1024 * 1024));
    let err = import_json_err(&doc);
    assert_mentions(
        &err,
        &[
            "$.services[9]",
            &format!("service \"{}\"", SAMPLE.services[9].id),
            "`description`",
            "10485760 characters long",
        ],
    );
}

#[test]
fn unsafe_package_paths_are_refused() {
    let mut package = sample_package();
    let mut descriptor: Value = serde_json::from_slice(&package["datapackage.json"]).unwrap();
    descriptor["resources"][0]["path"] = json!("../../etc/passwd");
    package.insert("datapackage.json".into(), json_bytes(&descriptor));
    assert_mentions(
        &package_err(&package),
        &["datapackage.json", "leaves the package"],
    );
}

// ------------------------------------------------------------ all or nothing

#[test]
fn a_failed_import_leaves_the_store_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.sqlite");
    let mut store = Catalog::open(&path).unwrap();
    let first = generate(SampleOptions {
        services: 40,
        associations: 5,
        seed: 7,
        ..Default::default()
    });
    store.import(&first, Default::default()).unwrap();
    let before = store.export().unwrap();
    let counts = store.counts().unwrap();

    // A package that gives two phones (of different services) the same
    // Integra id is refused by validation, naming the record and field.
    let mut package = sample_package();
    edit_csv(&mut package, "x_integra_phones.csv", |h, rows| {
        let n = rows.len();
        rows[n - 1][col(h, "integra_id")] = rows[n - 2][col(h, "integra_id")].clone();
    });
    let err = hsds::import_package(&package, &strict()).unwrap_err();
    assert!(err.to_string().contains("used by another record"), "{err}");
    assert!(err.to_string().contains("phones[0].id"), "{err}");

    // Records that pass validation but fail inside the store's transaction
    // (a service whose organization is nowhere) roll everything back.
    let mut orphan = first.services[0].clone();
    orphan.id = "orphan".into();
    orphan.organization_id = "no-such-organization".into();
    orphan.phones.clear();
    orphan.locations[0].id = "orphan-location".into();
    let mut batch = first.clone();
    batch.services.push(orphan);
    let imported = Imported {
        data: batch,
        warnings: Vec::new(),
    };
    let err = hsds::import_into(&mut store, &imported, &strict()).unwrap_err();
    assert!(err.to_string().contains("no-such-organization"), "{err}");

    // A package that fails validation never reaches the store.
    let mut doc = hsds::export_json(&SAMPLE).unwrap();
    doc["services"][0]["status"] = json!("open");
    assert!(hsds::import_json("doc.json", &json_bytes(&doc), &strict()).is_err());

    assert!(store.export().unwrap() == before, "the store changed");
    assert_eq!(store.counts().unwrap(), counts);
    drop(store);
    let reopened = Catalog::open(&path).unwrap();
    assert!(reopened.export().unwrap() == before, "the file changed");
}
