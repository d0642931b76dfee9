//! Where the app process's memory goes, by part (measured, not asserted).
//!
//! `cargo bench -p integra-ui --bench memory` prints one line per part,
//! `memory/<part> bytes=<n>`, for the official catalog the app ships:
//! - `gazetteer_heap`: the ISTAT comuni, their name words, the lookup map;
//! - `app_state_heap`: opening the app (the catalog file, its in-memory
//!   search index, the user file), the gazetteer already loaded;
//! - `catalog_open_heap`: the catalog alone (its in-memory search index,
//!   its prepared statements), opened once more;
//! - `search_index_heap_estimate`: the search index's own estimate of its
//!   part of that;
//! - `session_vdom_heap`: one more window or tab at its first screen (its
//!   virtual DOM, signals and screen state);
//! - `sqlite_page_cache_bound`: SQLite's page cache is not Rust's heap, so
//!   it is given as its bound, `cache_size` × page size per connection;
//! - `fonts_static`: the bundled fonts, in the binary's read-only data
//!   (file-backed pages, shared, not heap).
//!
//! Heap figures are the net bytes Rust's allocator handed out in between
//! (allocated − freed), counted by an instrumented global allocator.
#![allow(clippy::print_stdout)]

use std::alloc::System;

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn net(region: &Region<'_, System>) -> isize {
    // A reallocation's growth or shrinkage is already in these two
    // (`bytes_reallocated` repeats it).
    let c = region.change();
    c.bytes_allocated as isize - c.bytes_deallocated as isize
}

fn print(part: &str, bytes: isize) {
    println!("memory/{part} bytes={bytes}");
}

fn main() {
    let region = Region::new(GLOBAL);
    let gazetteer = catalog::Gazetteer::bundled();
    print("gazetteer_heap", net(&region));
    assert!(gazetteer.by_istat("100005").is_some());

    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = ui::AppConfig {
        data_dir: dir.path().to_path_buf(),
        system_locales: vec!["it".into()],
        kiosk: false,
        catalog: ui::CatalogChoice::Official,
    };
    // The first start builds the catalog file; what a start costs is
    // measured on the second, as a person opens the app every other day.
    drop(ui::AppState::open(config.clone()).expect("the app starts"));
    let region = Region::new(GLOBAL);
    let state = ui::AppState::open(config).expect("the app opens");
    print("app_state_heap", net(&region));
    {
        let catalog = state.catalog();
        let path = catalog.path().expect("a catalog file").to_path_buf();
        let region = Region::new(GLOBAL);
        let again = catalog::Catalog::open(&path).expect("the catalog opens");
        print("catalog_open_heap", net(&region));
        drop(again);
        print(
            "search_index_heap_estimate",
            catalog.search_index_heap_bytes() as isize,
        );
        print(
            "sqlite_page_cache_bound",
            catalog.page_cache_bound_bytes().expect("pragmas") as isize,
        );
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        // One session first, so statics and caches the first one fills are
        // not counted as every session's.
        let mut first = ui::virtual_dom(state.clone());
        first.rebuild_in_place();
        settle(&mut first).await;
        let region = Region::new(GLOBAL);
        let mut dom = ui::virtual_dom(state.clone());
        dom.rebuild_in_place();
        settle(&mut dom).await;
        print("session_vdom_heap", net(&region));
        drop(first);
    });
    let fonts: usize = ui::fonts::BUNDLED_FONTS.iter().map(|f| f.woff2.len()).sum();
    print("fonts_static", fonts as isize);
}

/// Lets the session's tasks (its first search, its timers) run a while.
async fn settle(dom: &mut dioxus::prelude::VirtualDom) {
    for _ in 0..20 {
        if tokio::time::timeout(std::time::Duration::from_millis(50), dom.wait_for_work())
            .await
            .is_err()
        {
            break;
        }
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    }
}
