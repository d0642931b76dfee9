//! The one updater: [`run`] checks the manifest, plans, tries the delta,
//! falls back to the snapshot and keeps the client's state, whatever the
//! files come from. Where they come from is a [`Source`]: the network
//! ([`crate::client`]) or a folder ([`crate::folder`]).
//!
//! Blocking: the catalog is SQLite and the apply is one long transaction.
//! The network source runs it on tokio's blocking pool and waits for its
//! downloads there.

use std::path::Path;

use chrono::{DateTime, Utc};
use feed::format::{DeltaFile, FeedFile};
use feed::sign::TrustedKeys;

use crate::apply::{
    Phase, Plan, Progress, Route, UpdateOutcome, apply_file, check_manifest, local_state, plan,
};
use crate::error::SyncError;
use crate::state::ClientState;

/// Where a feed's files come from.
pub trait Source {
    /// `manifest.json` and `manifest.json.minisig`, each within its size
    /// limit; nothing is parsed yet.
    fn manifest(&mut self) -> Result<(Vec<u8>, Vec<u8>), SyncError>;

    /// One file the manifest names: never more than its declared size.
    /// Returns its bytes and how many bytes this call fetched or read (a
    /// resumed download fetches less than the file).
    fn file(
        &mut self,
        entry: &FeedFile,
        progress: &dyn Fn(Progress),
    ) -> Result<(Vec<u8>, u64), SyncError>;

    /// The file was applied or proven bad: whatever was kept to resume it
    /// can go.
    fn forget(&mut self, _entry: &FeedFile) {}
}

/// Where the updater writes: the catalog file and, when given, the client's
/// state folder (last check, last error, newest `created` seen).
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    pub catalog_path: &'a Path,
    pub state_dir: Option<&'a Path>,
}

/// Brings the catalog at `target` to the state of the feed in `source`.
/// On error the catalog is unchanged and the error is recorded in the state
/// folder for the data screen; on success the check is. Emits `Done` last
/// on success.
pub fn run(
    source: &mut dyn Source,
    target: Target<'_>,
    keys: &TrustedKeys,
    now: DateTime<Utc>,
    progress: &dyn Fn(Progress),
) -> Result<UpdateOutcome, SyncError> {
    let result = update(source, target, keys, now, progress);
    if let Some(dir) = target.state_dir {
        let mut st = ClientState::load(dir)?;
        match &result {
            Ok(_) => st.record_success(now),
            Err(e) => st.record_error(e, now),
        }
        st.save(dir)?;
    }
    if let Err(e) = &result {
        tracing::debug!(error = %e, "the update failed; the catalog is unchanged");
    } else {
        progress(Progress::phase(Phase::Done));
    }
    result
}

fn update(
    source: &mut dyn Source,
    target: Target<'_>,
    keys: &TrustedKeys,
    now: DateTime<Utc>,
    progress: &dyn Fn(Progress),
) -> Result<UpdateOutcome, SyncError> {
    progress(Progress::phase(Phase::Checking));
    let (manifest, sig) = source.manifest()?;
    let local = local_state(target.catalog_path)?;
    let mut state = target.state_dir.map(ClientState::load).transpose()?;
    let seen = state.as_ref().and_then(ClientState::last_created_seen);
    let (m, role) = check_manifest(&manifest, &sig, keys, local.as_ref(), seen, now)?;
    if let (Some(st), Some(dir)) = (state.as_mut(), target.state_dir) {
        st.saw_created(&m.created);
        st.save(dir)?;
    }
    let mut outcome = UpdateOutcome {
        from: local.as_ref().map(|s| s.seq),
        to: m.seq,
        route: Route::UpToDate,
        bytes: 0,
        ops: 0,
        signed_by: role,
    };
    let apply = |delta: Option<&DeltaFile>, bytes: &[u8]| {
        progress(Progress::phase(Phase::Verifying));
        apply_file(target.catalog_path, &m, delta, bytes, progress)
    };
    let route = match plan(&m, local.as_ref()) {
        Plan::UpToDate => return Ok(outcome),
        Plan::Delta(d) => {
            let attempt = source.file(&d.file, progress).and_then(|(bytes, fetched)| {
                outcome.bytes += fetched;
                apply(Some(&d), &bytes)
            });
            match attempt {
                Ok(ops) => {
                    source.forget(&d.file);
                    outcome.ops = ops;
                    outcome.route = Route::Delta;
                    return Ok(outcome);
                }
                Err(e) if falls_back(&e) => {
                    tracing::info!(error = %e, "the delta failed its checks; taking the snapshot");
                    source.forget(&d.file);
                    Route::SnapshotAfterDeltaFailed
                }
                Err(e) => return Err(e),
            }
        }
        Plan::Snapshot => Route::Snapshot,
    };
    let (bytes, fetched) = source.file(&m.snapshot, progress)?;
    outcome.bytes += fetched;
    let result = apply(None, &bytes);
    // A snapshot that is proven bad is fetched again next time; one that
    // failed for another reason (a full disk) is kept to resume from.
    if matches!(result, Ok(_) | Err(SyncError::Corrupt { .. })) {
        source.forget(&m.snapshot);
    }
    outcome.ops = result?;
    outcome.route = route;
    Ok(outcome)
}

/// A delta that fails these ways is abandoned for the snapshot.
pub(crate) fn falls_back(e: &SyncError) -> bool {
    matches!(
        e,
        SyncError::Corrupt { .. } | SyncError::InvalidRow(_) | SyncError::Http { .. }
    )
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::path::PathBuf;

    use catalog::sample::{SampleOptions, generate};
    use feed::SigningKey;
    use portal::Publication;
    use portal::publish::{PublishOptions, hashes_of, write_feed};

    use super::*;
    use crate::folder::FolderSource;

    fn key() -> SigningKey {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        SigningKey::from_file(&root.join("assets/feed/dev-keys/online.key")).unwrap()
    }

    /// A folder feed at seq 2 with a delta from seq 1, and a catalog at seq 1.
    fn two_publications(tmp: &Path) -> (PathBuf, PathBuf) {
        let feed = tmp.join("feed");
        let mut data = generate(SampleOptions {
            services: 60,
            associations: 10,
            cultural_experiences: 5,
            second_generation_associations: 2,
            protection_projects: 2,
            ..SampleOptions::default()
        });
        let first =
            write_feed(&data, &feed, &key(), 1, "t", &[], PublishOptions::default()).unwrap();
        let catalog = tmp.join("catalog.sqlite");
        let target = Target {
            catalog_path: &catalog,
            state_dir: None,
        };
        let keys = TrustedKeys::dev();
        run(
            &mut FolderSource::new(&feed),
            target,
            &keys,
            Utc::now(),
            &|_| {},
        )
        .unwrap();
        let previous = Publication {
            seq: 1,
            chain: "t".into(),
            created: first.manifest.created.clone(),
            digest: first.manifest.digest.clone(),
            hashes: hashes_of(&data),
            files: vec![first.manifest.snapshot.path.clone()],
        };
        data.services[0].description.push_str(" Orario aggiornato.");
        let opts = PublishOptions::default();
        let second = write_feed(&data, &feed, &key(), 2, "t", &[previous], opts).unwrap();
        assert_eq!(second.manifest.deltas.len(), 1, "the test needs a delta");
        (feed, catalog)
    }

    /// The folder's files, with one byte of the delta flipped; remembers
    /// what the updater told it to forget.
    struct BadDelta {
        inner: FolderSource,
        forgotten: RefCell<Vec<String>>,
    }

    impl Source for BadDelta {
        fn manifest(&mut self) -> Result<(Vec<u8>, Vec<u8>), SyncError> {
            self.inner.manifest()
        }
        fn file(
            &mut self,
            entry: &FeedFile,
            progress: &dyn Fn(Progress),
        ) -> Result<(Vec<u8>, u64), SyncError> {
            let (mut bytes, n) = self.inner.file(entry, progress)?;
            if entry.path.starts_with("delta/") {
                let last = bytes.len() - 1;
                bytes[last] ^= 0xff;
            }
            Ok((bytes, n))
        }
        fn forget(&mut self, entry: &FeedFile) {
            self.forgotten.borrow_mut().push(entry.path.clone());
        }
    }

    #[test]
    fn a_bad_delta_falls_back_to_the_snapshot_whatever_the_source() {
        let tmp = tempfile::tempdir().unwrap();
        let (feed, catalog) = two_publications(tmp.path());
        let state = tmp.path().join("state");
        let mut source = BadDelta {
            inner: FolderSource::new(&feed),
            forgotten: RefCell::default(),
        };
        let target = Target {
            catalog_path: &catalog,
            state_dir: Some(&state),
        };
        let phases = RefCell::new(Vec::new());
        let out = run(&mut source, target, &TrustedKeys::dev(), Utc::now(), &|p| {
            phases.borrow_mut().push(p.phase)
        })
        .unwrap();
        assert_eq!(out.route, Route::SnapshotAfterDeltaFailed);
        assert_eq!((out.from, out.to), (Some(1), 2));
        let forgotten = source.forgotten.into_inner();
        assert_eq!(forgotten.len(), 2, "{forgotten:?}");
        assert!(forgotten[0].starts_with("delta/") && forgotten[1].starts_with("snap/"));
        let phases = phases.into_inner();
        assert_eq!(phases.first(), Some(&Phase::Checking));
        assert_eq!(phases.last(), Some(&Phase::Done));
        assert!(phases.contains(&Phase::Verifying));
        let st = ClientState::load(&state).unwrap();
        assert!(st.last_check.is_some() && st.last_error.is_none());
        assert_eq!(local_state(&catalog).unwrap().unwrap().seq, 2);
    }

    #[test]
    fn a_failed_sideload_is_recorded_like_a_failed_download() {
        let tmp = tempfile::tempdir().unwrap();
        let (feed, catalog) = two_publications(tmp.path());
        let m =
            feed::format::FeedManifest::parse(&std::fs::read(feed.join("manifest.json")).unwrap())
                .unwrap();
        // Neither the delta nor the snapshot can be read.
        std::fs::write(feed.join(&m.deltas[0].file.path), b"not a delta").unwrap();
        std::fs::write(feed.join(&m.snapshot.path), b"not a snapshot").unwrap();
        let state = tmp.path().join("state");
        let target = Target {
            catalog_path: &catalog,
            state_dir: Some(&state),
        };
        let err = run(
            &mut FolderSource::new(&feed),
            target,
            &TrustedKeys::dev(),
            Utc::now(),
            &|_| {},
        )
        .unwrap_err();
        assert!(matches!(err, SyncError::Corrupt { .. }), "{err:?}");
        let st = ClientState::load(&state).unwrap();
        assert_eq!(st.last_error_id.as_deref(), Some(err.message_id()));
        assert!(st.last_created_seen.is_some(), "the manifest was verified");
        assert_eq!(local_state(&catalog).unwrap().unwrap().seq, 1, "unchanged");
    }
}
