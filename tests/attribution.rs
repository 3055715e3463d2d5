//! Attribution fixtures (tests/fixtures/attribution/*.toml), robustness and linearity.

/// Analyses the file named by QL_DEBUG_FILE (for debugging a failure by hand).
#[test]
#[ignore]
fn debug_file() {
    let path = std::env::var("QL_DEBUG_FILE").unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let a = quotelens::analyze(&text, &quotelens::Options::default()).unwrap();
    for x in a.attributions {
        println!("{:?} | {:?} | {:?} | {}", x.kind, x.speaker.map(|s| s.text), x.cue.map(|s| s.text), x.content.text);
    }
}
