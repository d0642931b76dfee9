//! The client's own small state beside the catalog (`sync-client.json`): when
//! it last checked, the last error, and the newest `created` it has seen in a
//! verified manifest (the freeze check's clock when the device clock is behind).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::SyncError;

const FILE: &str = "sync-client.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientState {
    pub last_check: Option<String>,
    pub last_error: Option<String>,
    /// Fluent message id of the last error.
    pub last_error_id: Option<String>,
    pub last_created_seen: Option<String>,
}

impl ClientState {
    /// Reads the state; a missing or unreadable file is a fresh state (it
    /// holds nothing that cannot be learned again).
    pub fn load(dir: &Path) -> Result<ClientState, SyncError> {
        match std::fs::read(dir.join(FILE)) {
            Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap_or_default()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ClientState::default()),
            Err(e) => Err(SyncError::io(&dir.join(FILE), e)),
        }
    }

    /// Writes the state atomically (temporary file, then rename).
    pub fn save(&self, dir: &Path) -> Result<(), SyncError> {
        std::fs::create_dir_all(dir).map_err(|e| SyncError::io(dir, e))?;
        let tmp = dir.join(format!("{FILE}.tmp"));
        let bytes = serde_json::to_vec_pretty(self).expect("state serializes");
        std::fs::write(&tmp, bytes).map_err(|e| SyncError::io(&tmp, e))?;
        std::fs::rename(&tmp, dir.join(FILE)).map_err(|e| SyncError::io(dir, e))
    }

    pub fn last_created_seen(&self) -> Option<DateTime<Utc>> {
        self.last_created_seen
            .as_deref()
            .and_then(|s| feed::format::parse_time(s).ok())
    }

    pub fn saw_created(&mut self, created: &str) {
        let Ok(t) = feed::format::parse_time(created) else {
            return;
        };
        if self.last_created_seen().is_none_or(|seen| t > seen) {
            self.last_created_seen = Some(created.to_string());
        }
    }

    pub fn record_error(&mut self, e: &SyncError, now: DateTime<Utc>) {
        self.record_failure(e.to_string(), e.message_id(), now);
    }

    /// A check that failed: its technical text and the fluent id of its
    /// message (what `SyncStatus` shows).
    pub fn record_failure(&mut self, text: String, message_id: &str, now: DateTime<Utc>) {
        self.last_check = Some(now.to_rfc3339());
        self.last_error = Some(text);
        self.last_error_id = Some(message_id.to_string());
    }

    pub fn record_success(&mut self, now: DateTime<Utc>) {
        self.last_check = Some(now.to_rfc3339());
        self.last_error = None;
        self.last_error_id = None;
    }
}
