use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// An article-like text of about 1 MB, generated, so that no one's article is copied in.
fn article() -> String {
    let para = "WASHINGTON — The two leaders spoke by phone on Tuesday, Mr. Smith said. \"We are ready,\" Lavrov told reporters, \"but not at any price.\" According to state media, the talks at 3 p.m. were \"constructive.\"\n\n";
    para.repeat(1_000_000 / para.len() + 1)
}

/// The worst case for quotation pairing and attribution: one paragraph of quote marks and cues.
fn quote_storm() -> String {
    "\"We are here,\" he said, \"and 'ready'\" “she” told ".repeat(1_000_000 / 48 + 1)
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyze");
    g.sample_size(10);
    for (name, text) in [
        ("1MB article", article()),
        ("1MB quote storm", quote_storm()),
    ] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| quotelens::analyze(&text, &quotelens::Options::default()).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
