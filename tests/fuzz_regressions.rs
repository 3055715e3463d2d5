//! The fuzz targets' inputs that are kept: the hand-written seeds of their corpora and every
//! crash they found (tests/fixtures/fuzz/<target>/), replayed through the same harness
//! (fuzz/harness.rs), so that a fixed crash stays fixed without nightly or cargo-fuzz.

#[path = "../fuzz/harness.rs"]
mod harness;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(outcome.is_ok(), "{} fails", path.display());
        n += 1;
    }
    assert!(n >= 2, "{target}: {n} inputs in {}", dir.display());
}

#[test]
fn analyze_inputs() {
    replay("analyze", harness::analyze_bytes);
}

#[test]
fn options_inputs() {
    replay("options", harness::options_bytes);
}

#[test]
fn compare_inputs() {
    replay("compare", harness::compare_bytes);
}
