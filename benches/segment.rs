//! Sentence segmentation throughput on a 1 MB English article: the byte-scan fast path
//! (`segment::sentences`) and the UAX#29 reference beside it, for the ratio.
//! Run: `cargo bench --bench segment`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotelens::lang::Lang;
use quotelens::segment;

/// An article-like text of about 1 MB, generated, so that no one's article is copied in: a
/// headline, datelines, quotations, abbreviations, numbers, teasers and CRLF paragraphs.
fn article() -> String {
    let paras = [
        "Leaders agree to seek a ceasefire in first call\n\n",
        "WASHINGTON — The two leaders spoke by phone on Tuesday, Mr. Smith said. \"We are ready,\" Lavrov told reporters, \"but not at any price.\" According to state media, the talks at 3 p.m. were \"constructive.\"\n\n",
        "The U.S. Treasury said prices rose 3.5 percent to $81.20 a barrel. Shares of Acme Inc. fell; analysts at Smith & Co. were surprised... Nobody expected it.\r\n\r\n",
        "\"We will not attack. We never have,\" the minister said in a statement (see p. 12). Officials in the E.U. were not available for comment, a spokeswoman for Dr. Jane E. Doe said.\n\n",
        "READ MORE: What would safe zones mean for the conflict?\n\n",
        "Since taking office, the president has raised the prospect of safe zones with world leaders\u{a0}\n\n",
    ];
    let block: String = paras.concat();
    block.repeat(1_000_000 / block.len() + 1)
}

fn bench(c: &mut Criterion) {
    let text = article();
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("fast path, 1MB English", |b| {
        b.iter(|| segment::sentences(&text, Lang::EN))
    });
    g.bench_function("UAX#29 reference, 1MB English", |b| {
        b.iter(|| segment::reference_sentences(&text, Lang::EN))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
