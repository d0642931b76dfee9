//! Kiosk mode: a device at an immigration desk, shared by strangers.
//!
//! The desk's settings (its comune, the idle timeout, the admin PIN) are
//! administration, not anyone's personal data: they live in the user file
//! under `kiosk.comune`, `kiosk.idle_seconds` and `kiosk.pin`. The PIN is kept
//! only as a salted, iterated SHA-256 (`sha256i$rounds$salt$hash`); wrong
//! guesses are rate-limited per data folder for the life of the process (a
//! visitor cannot restart a kiosk: exiting needs the PIN). The shell's
//! `--kiosk-comune`, `--idle-seconds` and `--set-kiosk-pin` write them through
//! [`configure`] before start.
//!
//! The idle reset itself is in the app's root (`app.rs`, `KioskFrame`): after
//! [`KioskSettings::idle`] without a touch or a key, a countdown shows, then
//! the whole session subtree is dropped and built again, so no signal, draft
//! or task of the old session survives. On a kiosk the outbox screen becomes a
//! thank-you: the outbox holds other visitors' sends.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use catalog::user::UserData;
use sha2::{Digest, Sha256};

use crate::session::Place;
use crate::state::{AppState, USER_FILE};

/// Overrides the idle timeout (seconds) over the saved setting, so tests
/// and benches can use a few seconds.
pub const IDLE_SECONDS_ENV: &str = "INTEGRA_KIOSK_IDLE_SECONDS";
pub const DEFAULT_IDLE_SECONDS: u64 = 90;
/// The countdown before a reset ("Restarting in 10 s").
pub const COUNTDOWN_SECONDS: u64 = 10;
pub const MIN_IDLE_SECONDS: u64 = 2;
pub const MAX_IDLE_SECONDS: u64 = 3600;

const PIN_KEY: &str = "kiosk.pin";
const COMUNE_KEY: &str = "kiosk.comune";
const IDLE_KEY: &str = "kiosk.idle_seconds";
/// Enough to make each guess of a stolen file cost something; a short PIN
/// is still guessable offline, so the rate limit is the real protection.
const PIN_ROUNDS: u32 = 20_000;
/// Wrong guesses allowed before the first pause.
pub const FREE_GUESSES: u32 = 3;
const FIRST_PAUSE: Duration = Duration::from_secs(30);
const LONGEST_PAUSE: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, thiserror::Error)]
pub enum KioskError {
    #[error("the user data file cannot be used: {0}")]
    Store(#[from] catalog::Error),
    #[error("the admin PIN must be 4 to 12 digits")]
    BadPin,
    #[error("{0:?} is not the ISTAT code of a comune")]
    UnknownComune(String),
    #[error("the idle timeout must be {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS} seconds, not {0}")]
    BadIdle(u64),
    #[error("no randomness for the PIN's salt: {0}")]
    Randomness(String),
}

/// What the admin configured for this desk.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskSettings {
    /// ISTAT code of the desk's comune: the fixed place of every session.
    pub comune: Option<String>,
    pub idle_seconds: u64,
    pub pin_set: bool,
}

impl KioskSettings {
    pub fn idle(&self) -> Duration {
        Duration::from_secs(self.idle_seconds)
    }

    /// The countdown's length: ten seconds, or half a very short timeout
    /// (tests), so there is always some idle time before it shows.
    pub fn countdown(&self) -> Duration {
        Duration::from_secs(COUNTDOWN_SECONDS.min(self.idle_seconds / 2).max(1))
    }

    pub fn place(&self) -> Option<Place> {
        self.comune.as_deref().and_then(Place::of_comune)
    }
}

/// The desk's settings, the environment's idle timeout first.
pub fn settings(app: &AppState) -> KioskSettings {
    read_settings(&app.user())
}

fn read_settings(user: &UserData) -> KioskSettings {
    let from_env = std::env::var(IDLE_SECONDS_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok());
    let saved = user
        .setting(IDLE_KEY)
        .ok()
        .flatten()
        .and_then(|v| v.parse::<u64>().ok());
    let idle_seconds = from_env
        .or(saved)
        .unwrap_or(DEFAULT_IDLE_SECONDS)
        .clamp(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS);
    KioskSettings {
        comune: user.setting(COMUNE_KEY).ok().flatten(),
        idle_seconds,
        pin_set: user.setting(PIN_KEY).ok().flatten().is_some(),
    }
}

pub fn set_comune(user: &UserData, istat: &str) -> Result<(), KioskError> {
    let istat = istat.trim();
    if Place::of_comune(istat).is_none() {
        return Err(KioskError::UnknownComune(istat.to_string()));
    }
    user.set_setting(COMUNE_KEY, istat)?;
    Ok(())
}

pub fn set_idle_seconds(user: &UserData, seconds: u64) -> Result<(), KioskError> {
    if !(MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS).contains(&seconds) {
        return Err(KioskError::BadIdle(seconds));
    }
    user.set_setting(IDLE_KEY, &seconds.to_string())?;
    Ok(())
}

fn valid_pin(pin: &str) -> bool {
    (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

fn hash_pin(salt: &[u8], pin: &str) -> [u8; 32] {
    let mut digest: [u8; 32] = Sha256::new()
        .chain_update(salt)
        .chain_update(pin.as_bytes())
        .finalize()
        .into();
    for _ in 1..PIN_ROUNDS {
        digest = Sha256::new()
            .chain_update(salt)
            .chain_update(digest)
            .finalize()
            .into();
    }
    digest
}

/// Stores a new admin PIN as `sha256i$<rounds>$<salt hex>$<hash hex>`.
pub fn set_pin(user: &UserData, pin: &str) -> Result<(), KioskError> {
    let pin = pin.trim();
    if !valid_pin(pin) {
        return Err(KioskError::BadPin);
    }
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| KioskError::Randomness(e.to_string()))?;
    let stored = format!(
        "sha256i${PIN_ROUNDS}${}${}",
        hex::encode(salt),
        hex::encode(hash_pin(&salt, pin))
    );
    user.set_setting(PIN_KEY, &stored)?;
    Ok(())
}

/// Whether `pin` matches the stored hash (constant-time comparison).
fn pin_matches(stored: &str, pin: &str) -> bool {
    let mut parts = stored.split('$');
    let (Some("sha256i"), Some(rounds), Some(salt), Some(hash)) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let (Ok(salt), Ok(hash)) = (hex::decode(salt), hex::decode(hash)) else {
        return false;
    };
    if rounds.parse::<u32>().ok() != Some(PIN_ROUNDS) || hash.len() != 32 {
        return false;
    }
    let given = hash_pin(&salt, pin.trim());
    given
        .iter()
        .zip(hash.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

/// The answer to one PIN guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinCheck {
    Correct,
    /// Wrong; `left` more guesses before a pause.
    Wrong {
        left: u32,
    },
    /// Too many wrong guesses: nothing is checked for `seconds`.
    Locked {
        seconds: u64,
    },
    /// No PIN was ever set: the kiosk cannot be unlocked from the screen.
    NotSet,
}

/// Consecutive wrong guesses and the pause they earned.
#[derive(Debug, Default)]
struct Guesses {
    wrong: u32,
    locked_until: Option<Instant>,
}

impl Guesses {
    fn locked(&self, now: Instant) -> Option<u64> {
        let until = self.locked_until?;
        (until > now).then(|| (until - now).as_secs_f64().ceil() as u64)
    }

    fn record(&mut self, correct: bool, now: Instant) -> PinCheck {
        if correct {
            *self = Guesses::default();
            return PinCheck::Correct;
        }
        self.wrong += 1;
        if self.wrong < FREE_GUESSES {
            return PinCheck::Wrong {
                left: FREE_GUESSES - self.wrong,
            };
        }
        // 30 s after the third wrong guess, doubling with each further one.
        let doublings = (self.wrong - FREE_GUESSES).min(10);
        let pause = FIRST_PAUSE
            .saturating_mul(1 << doublings)
            .min(LONGEST_PAUSE);
        self.locked_until = Some(now + pause);
        PinCheck::Locked {
            seconds: pause.as_secs(),
        }
    }
}

fn guesses() -> &'static Mutex<HashMap<PathBuf, Guesses>> {
    static G: std::sync::OnceLock<Mutex<HashMap<PathBuf, Guesses>>> = std::sync::OnceLock::new();
    G.get_or_init(Default::default)
}

/// Checks a PIN typed on the kiosk, counting wrong guesses.
pub fn check_pin(app: &AppState, pin: &str) -> PinCheck {
    check_pin_at(app, pin, Instant::now())
}

fn check_pin_at(app: &AppState, pin: &str, now: Instant) -> PinCheck {
    let Some(stored) = app.user().setting(PIN_KEY).ok().flatten() else {
        return PinCheck::NotSet;
    };
    let mut all = guesses().lock().unwrap_or_else(|p| p.into_inner());
    let g = all.entry(app.config().data_dir.clone()).or_default();
    if let Some(seconds) = g.locked(now) {
        return PinCheck::Locked { seconds };
    }
    g.record(pin_matches(&stored, pin), now)
}

/// What the command line sets for a desk (`--kiosk-comune`,
/// `--idle-seconds`, `--set-kiosk-pin`), applied to the user file in
/// `data_dir` before the app starts.
#[derive(Debug, Default, Clone)]
pub struct KioskSetup {
    pub comune: Option<String>,
    pub idle_seconds: Option<u64>,
    pub pin: Option<String>,
}

pub fn configure(data_dir: &Path, setup: &KioskSetup) -> Result<(), KioskError> {
    let user = UserData::open(data_dir.join(USER_FILE))?;
    if let Some(c) = &setup.comune {
        set_comune(&user, c)?;
    }
    if let Some(s) = setup.idle_seconds {
        set_idle_seconds(&user, s)?;
    }
    if let Some(p) = &setup.pin {
        set_pin(&user, p)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_are_salted_and_checked() {
        let user = UserData::open_in_memory().unwrap();
        assert!(matches!(set_pin(&user, "12a4"), Err(KioskError::BadPin)));
        assert!(matches!(set_pin(&user, "123"), Err(KioskError::BadPin)));
        set_pin(&user, "2468").unwrap();
        let first = user.setting(PIN_KEY).unwrap().unwrap();
        assert!(!first.contains("2468"), "never the PIN itself");
        assert!(pin_matches(&first, "2468"));
        assert!(!pin_matches(&first, "2469"));
        assert!(!pin_matches(&first, ""));
        set_pin(&user, "2468").unwrap();
        let second = user.setting(PIN_KEY).unwrap().unwrap();
        assert_ne!(first, second, "a new salt each time");
        assert!(pin_matches(&second, "2468"));
        assert!(!pin_matches("garbage", "2468"));
    }

    #[test]
    fn wrong_guesses_earn_growing_pauses() {
        let t0 = Instant::now();
        let mut g = Guesses::default();
        assert_eq!(g.record(false, t0), PinCheck::Wrong { left: 2 });
        assert_eq!(g.record(false, t0), PinCheck::Wrong { left: 1 });
        assert_eq!(g.record(false, t0), PinCheck::Locked { seconds: 30 });
        assert_eq!(g.locked(t0 + Duration::from_secs(10)), Some(20));
        assert_eq!(g.locked(t0 + Duration::from_secs(31)), None);
        let t1 = t0 + Duration::from_secs(31);
        assert_eq!(g.record(false, t1), PinCheck::Locked { seconds: 60 });
        let t2 = t1 + Duration::from_secs(61);
        assert_eq!(g.record(true, t2), PinCheck::Correct);
        assert_eq!(g.record(false, t2), PinCheck::Wrong { left: 2 });
        let mut many = Guesses::default();
        let mut last = PinCheck::Correct;
        for _ in 0..30 {
            last = many.record(false, t0);
        }
        assert_eq!(last, PinCheck::Locked { seconds: 15 * 60 });
    }

    #[test]
    fn settings_validate_and_the_environment_wins() {
        let user = UserData::open_in_memory().unwrap();
        let s = read_settings(&user);
        assert!(s.comune.is_none() && !s.pin_set);
        assert!(matches!(
            set_comune(&user, "999999"),
            Err(KioskError::UnknownComune(_))
        ));
        set_comune(&user, "058091").unwrap();
        assert!(matches!(
            set_idle_seconds(&user, 1),
            Err(KioskError::BadIdle(1))
        ));
        set_idle_seconds(&user, 120).unwrap();
        let s = read_settings(&user);
        assert_eq!(s.comune.as_deref(), Some("058091"));
        assert_eq!(s.place().unwrap().istat.as_deref(), Some("058091"));
        if std::env::var_os(IDLE_SECONDS_ENV).is_none() {
            assert_eq!(s.idle_seconds, 120);
        }
        assert_eq!(s.countdown(), Duration::from_secs(10));
        let short = KioskSettings {
            idle_seconds: 4,
            ..s
        };
        assert_eq!(short.countdown(), Duration::from_secs(2));
    }
}
