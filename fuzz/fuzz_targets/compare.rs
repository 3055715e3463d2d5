#![no_main]
//! See fuzz/harness.rs: compare_bytes.
#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::compare_bytes(data));
