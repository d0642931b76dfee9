#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    portal::fuzzing::row(data);
});
