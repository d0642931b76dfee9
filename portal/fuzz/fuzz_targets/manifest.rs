//! Fuzz target: any bytes as `manifest.json` (`portal::fuzzing::manifest`);
//! must never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portal::fuzzing::manifest(data);
});
