//! One module per screen (or pair of closely related screens).

pub mod associations;
pub mod culture;
pub mod data;
pub mod help;
pub mod home;
pub mod learn;
pub mod place;
pub mod record;
pub mod reports;
pub mod results;
pub mod second_gen;
pub mod settings;
pub mod whats_new;
