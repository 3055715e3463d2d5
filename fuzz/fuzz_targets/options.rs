#![no_main]
//! See fuzz/harness.rs: options_bytes.
#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::options_bytes(data));
