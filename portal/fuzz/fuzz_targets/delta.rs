//! Fuzz target: any bytes as a feed file, decoded and its ops merged
//! (`portal::fuzzing::delta`); must never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portal::fuzzing::delta(data);
});
