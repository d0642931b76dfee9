//! One module per screen (or pair of closely related screens). A new screen
//! also gets an entry in `tests/browser/screens.js`, so the axe and
//! right-to-left checks (`tests/a11y.rs`) cover it.

pub mod accessibility;
pub mod associations;
pub mod culture;
pub mod data;
pub mod help;
pub mod home;
pub mod learn;
pub mod phrasebook;
pub mod place;
pub mod record;
pub mod reports;
pub mod results;
pub mod second_gen;
pub mod settings;
pub mod shortlist;
pub mod whats_new;
