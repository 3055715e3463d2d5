#![no_main]
//! See fuzz/harness.rs: analyze_bytes.
#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::analyze_bytes(data));
