//! Fuzz target: any bytes as one feed op line, its row validated
//! (`portal::fuzzing::row`); must never panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portal::fuzzing::row(data);
});
