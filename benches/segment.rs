use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// An article-like text of about 1 MB, generated, so that no one's article is copied in.
fn article() -> String {
    let para = "WASHINGTON — The two leaders spoke by phone on Tuesday, Mr. Smith said. \"We are ready,\" Lavrov told reporters, \"but not at any price.\" According to state media, the talks at 3 p.m. were \"constructive.\"\n\n";
    para.repeat(1_000_000 / para.len() + 1)
}

fn bench(c: &mut Criterion) {
    let text = article();
    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("1MB article", |b| b.iter(|| quotelens::analyze(&text, &quotelens::Options::default()).unwrap()));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
