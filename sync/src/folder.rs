//! A feed from a folder (a USB stick, a copied directory, the app's bundled
//! starter feed): [`sideload`] runs the one updater ([`crate::update`]) over
//! [`FolderSource`], so a sideload gets the same checks, plan, fallback and
//! single-transaction apply as a network update.

use std::path::{Path, PathBuf};

use chrono::Utc;
use feed::format::{FeedFile, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES};
use feed::sign::TrustedKeys;

use crate::apply::{Progress, UpdateOutcome};
use crate::error::SyncError;
use crate::update::{Source, Target};

/// The feed files in `dir`, laid out as the portal publishes them.
#[derive(Debug, Clone)]
pub struct FolderSource {
    dir: PathBuf,
}

impl FolderSource {
    pub fn new(dir: impl Into<PathBuf>) -> FolderSource {
        FolderSource { dir: dir.into() }
    }
}

impl Source for FolderSource {
    fn manifest(&mut self) -> Result<(Vec<u8>, Vec<u8>), SyncError> {
        let manifest = self.dir.join("manifest.json");
        let sig = self.dir.join("manifest.json.minisig");
        if !manifest.is_file() || !sig.is_file() {
            return Err(SyncError::NoFeed(self.dir.display().to_string()));
        }
        Ok((
            read_limited(&manifest, MAX_MANIFEST_BYTES)?,
            read_limited(&sig, MAX_SIGNATURE_BYTES)?,
        ))
    }

    fn file(
        &mut self,
        entry: &FeedFile,
        _progress: &dyn Fn(Progress),
    ) -> Result<(Vec<u8>, u64), SyncError> {
        let path = self.dir.join(&entry.path);
        let len = std::fs::metadata(&path)
            .map_err(|e| SyncError::corrupt(&entry.path, format!("cannot read: {e}")))?
            .len();
        if len > entry.size {
            return Err(SyncError::corrupt(
                &entry.path,
                format!("{len} bytes, the manifest says {}", entry.size),
            ));
        }
        let bytes = read_limited(&path, entry.size)?;
        let read = bytes.len() as u64;
        Ok((bytes, read))
    }
}

/// Loads the feed in `dir` into the catalog at `catalog_path`. `state_dir`,
/// when given, is the client's state folder (shared with
/// [`crate::Client`]: the newest `created` seen, the last check and its
/// error). Blocking.
pub fn sideload(
    dir: &Path,
    catalog_path: &Path,
    keys: &TrustedKeys,
    state_dir: Option<&Path>,
    progress: &dyn Fn(Progress),
) -> Result<UpdateOutcome, SyncError> {
    let target = Target {
        catalog_path,
        state_dir,
    };
    crate::update::run(
        &mut FolderSource::new(dir),
        target,
        keys,
        Utc::now(),
        progress,
    )
}

/// Reads at most `limit` bytes of `path`; a longer file is refused.
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, SyncError> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| SyncError::io(path, e))?;
    let mut buf = Vec::new();
    f.take(limit + 1)
        .read_to_end(&mut buf)
        .map_err(|e| SyncError::io(path, e))?;
    if buf.len() as u64 > limit {
        return Err(SyncError::TooLarge {
            path: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            size: std::fs::metadata(path)
                .map(|m| m.len())
                .unwrap_or(limit + 1),
            limit,
        });
    }
    Ok(buf)
}
