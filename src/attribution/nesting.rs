//! One claim, one attribution: reports nested in another attribution's content.
//!
//! "Holm said in the letter that the ad suggests that Phoenix supports Trump" holds two cues;
//! what Holm said is the whole clause, and the ad's suggestion is part of it. Two passes:
//! the engine drops an inner reading with a weak cue before confidence is given
//! ([`drop_weak_inner`]); of the attributions kept after the minimum confidence, any report still
//! inside another's content goes ([`drop_nested`]). A reader sees the claim once, and PolNeAR,
//! which marks the outer report, never nests two contents: on train the second pass leaves out
//! 710 predictions, 479 of them matching no annotated content, and with the confidence refitted
//! attribution F1 rose from 0.6346 to 0.6393 (dev 0.6544 to 0.6618).
//!
//! A quotation is the speaker's own words and stays inside any report; a partial quote is left
//! out only when a mixed content of the same cue already holds it (`called Trump "unhinged"`
//! gives both "Trump “unhinged”" and "unhinged"). A report that only passes a claim on
//! ("…, according to a statement") becomes the claim's `via`, which PolNeAR does not do (it
//! gives the claim to the channel): that costs 0.001 of train's F1.

use crate::analysis::{Attribution, Kind, Span};

/// Leaves out every indirect or mixed attribution whose content lies strictly inside another
/// attribution's content, and every partial quote inside a content of its own cue. `found` is
/// sorted by content (start, then end), as [`super::attribute`] returns it; one sweep.
///
/// A report that ends with its cue and holds another's speaker ("The union said its members
/// would stay out, according to a statement") is the channel of that claim: the claim stays,
/// with the channel's speaker as its `via`, and the channel goes.
pub fn drop_nested(found: &mut Vec<Attribution>) {
    debug_assert!(found.windows(2).all(|w| {
        let (a, b) = (w[0].content, w[1].content);
        (a.start, a.end) <= (b.start, b.end)
    }));
    let mut nested = vec![false; found.len()];
    let by_cue = by_cue(found);
    // The content reaching furthest among those that start before the current group.
    let mut before: Option<(usize, usize)> = None; // (end, index)
    let mut g = 0;
    while g < found.len() {
        let start = found[g].content.start;
        let next = g + found[g..]
            .iter()
            .take_while(|a| a.content.start == start)
            .count();
        // Within a group of one start the last content is the longest.
        let longest = next - 1;
        for i in g..next {
            let c = found[i].content;
            let holder = if found[longest].content.end > c.end {
                Some(longest)
            } else {
                before.filter(|&(end, _)| end >= c.end).map(|(_, h)| h)
            };
            let Some(h) = holder else { continue };
            if let Some(via) = channel(&found[h], &found[i]) {
                nested[h] = true;
                let claim = &mut found[i];
                claim.via = claim.via.or(via);
                continue;
            }
            nested[i] = match found[i].kind {
                Kind::Indirect | Kind::Mixed => true,
                Kind::Partial => same_cue_holds(found, &by_cue, i),
                Kind::Direct => false,
            };
        }
        let end = found[longest].content.end;
        if before.is_none_or(|(e, _)| end > e) {
            before = Some((end, longest));
        }
        g = next;
    }
    let mut i = 0;
    found.retain(|_| {
        i += 1;
        !nested[i - 1]
    });
}

/// The engine's pass, on every reading before the calibrated confidence: an attribution whose own
/// words (its cue) lie inside another's content is a claim within a claim ("X said Y expects …").
/// With a weaker cue than a plain speech cue ("said", "told") the inner words are part of what X
/// said (PolNeAR train: 5 in 6 such inner attributions are not annotated), and the reading goes
/// here. A strong inner claim is weighed again once the weak readings are gone
/// ([`drop_nested`]). A partial quote keeps its own speaker: its quoted words are evidence
/// enough ("in what the White House called a \"very good\" call").
pub(super) fn drop_weak_inner(text: &str, out: &mut Vec<Attribution>) {
    // Not the speaker: a quotation that continues the previous speaker points back at that name.
    let anchor = |a: &Attribution| a.cue.unwrap_or(a.content).start;
    // Contents sorted by start, with the two largest ends (of different attributions) so far:
    // an anchor is inside another content when the largest end of the contents that start at or
    // before it, leaving out its own, lies beyond it.
    let mut by_start: Vec<(usize, usize, usize)> = out
        .iter()
        .enumerate()
        .map(|(i, a)| (a.content.start, a.content.end, i))
        .collect();
    crate::order::by_key(&mut by_start, |&k| k);
    let mut best: Vec<[(usize, usize); 2]> = Vec::with_capacity(by_start.len());
    let mut top = [(0, usize::MAX); 2];
    for &(_, end, i) in &by_start {
        if end > top[0].0 {
            top = [(end, i), top[0]];
        } else if end > top[1].0 {
            top[1] = (end, i);
        }
        best.push(top);
    }
    let inside: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let at = anchor(a);
            let k = by_start.partition_point(|&(s, _, _)| s <= at);
            k > 0 && {
                let [first, second] = best[k - 1];
                let end = if first.1 == i { second.0 } else { first.0 };
                end > at
            }
        })
        .collect();
    let mut i = 0;
    out.retain(|a| {
        let keep = !inside[i]
            || a.kind == Kind::Partial
            || a.cue.is_some_and(|c| {
                super::cues::weight(&super::tokens::to_lower(c.text(text)))
                    .is_some_and(|w| w.0 >= super::STRONG_CUE)
            });
        i += 1;
        keep
    });
}

/// Is `outer` only the channel of `claim`: a cue after its content ("…, according to a
/// statement", "…, the Post reported") and the claim's speaker inside that content? Then the
/// channel's speaker, as the claim's `via`.
fn channel(outer: &Attribution, claim: &Attribution) -> Option<Option<Span>> {
    let cue = outer.cue?;
    let speaker = claim.speaker?;
    (cue.start >= outer.content.end && outer.content.contains(speaker)).then_some(outer.speaker)
}

/// The attributions that have a cue, as (cue, index) pairs in the order of their cues.
fn by_cue(found: &[Attribution]) -> Vec<(Span, usize)> {
    let mut pairs: Vec<(Span, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((a.cue?, i)))
        .collect();
    crate::order::by_key(&mut pairs, |&(c, i)| (c.start, c.end, i));
    pairs
}

/// Does another attribution of the same cue hold partial quote `p`'s content? A cue gives few
/// attributions: those of `p`'s cue are found in log time in `by_cue`.
fn same_cue_holds(found: &[Attribution], by_cue: &[(Span, usize)], p: usize) -> bool {
    let a = &found[p];
    let Some(cue) = a.cue else { return false };
    let first = by_cue.partition_point(|&(c, _)| (c.start, c.end) < (cue.start, cue.end));
    by_cue[first..]
        .iter()
        .take_while(|&&(c, _)| c == cue)
        .any(|&(_, i)| {
            let b = &found[i];
            i != p && b.content.contains(a.content) && b.content != a.content
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{CueClass, Sourcing};

    fn attribution(kind: Kind, content: (usize, usize), cue: usize) -> Attribution {
        Attribution {
            kind,
            content: Span::new(content.0, content.1),
            cue: Some(Span::new(cue, cue + 4)),
            speaker: None,
            resolved: None,
            via: None,
            source: None,
            cue_class: CueClass::Speech,
            sourcing: Sourcing::Unattributed,
            confidence: 0.5,
            sentence: 0,
        }
    }

    fn kept(found: &[(Kind, (usize, usize), usize)]) -> Vec<(usize, usize)> {
        let mut found: Vec<_> = found
            .iter()
            .map(|&(k, c, q)| attribution(k, c, q))
            .collect();
        // Sorted by content, as `attribute` returns them.
        found.sort_by_key(|a| (a.content.start, a.content.end));
        drop_nested(&mut found);
        found
            .iter()
            .map(|a| (a.content.start, a.content.end))
            .collect()
    }

    #[test]
    fn a_report_inside_another_content_is_left_out() {
        use Kind::*;
        // (name, attributions as (kind, content, cue start), contents kept)
        #[rustfmt::skip]
        let cases: &[(&str, &[(Kind, (usize, usize), usize)], &[(usize, usize)])] = &[
            ("inner report", &[(Indirect, (10, 90), 0), (Indirect, (50, 90), 40)], &[(10, 90)]),
            ("inner first in the list", &[(Mixed, (50, 60), 40), (Indirect, (10, 90), 0)], &[(10, 90)]),
            ("two levels", &[(Indirect, (0, 90), 0), (Indirect, (20, 90), 10), (Indirect, (40, 80), 30)], &[(0, 90)]),
            ("same start, shorter", &[(Indirect, (10, 90), 0), (Indirect, (10, 50), 95)], &[(10, 90)]),
            ("the same span twice stays", &[(Indirect, (10, 90), 0), (Indirect, (10, 90), 95)], &[(10, 90), (10, 90)]),
            ("overlap is not nesting", &[(Indirect, (10, 60), 0), (Indirect, (50, 90), 40)], &[(10, 60), (50, 90)]),
            ("a direct quote stays", &[(Indirect, (0, 90), 0), (Direct, (20, 40), 50)], &[(0, 90), (20, 40)]),
            ("a partial quote of another cue stays", &[(Mixed, (0, 90), 0), (Partial, (20, 40), 10)], &[(0, 90), (20, 40)]),
            ("a partial quote of the same cue goes", &[(Mixed, (0, 90), 0), (Partial, (20, 40), 0)], &[(0, 90)]),
            ("apart", &[(Indirect, (0, 10), 0), (Indirect, (20, 30), 15)], &[(0, 10), (20, 30)]),
        ];
        for (name, found, want) in cases {
            assert_eq!(kept(found), *want, "{name}");
        }
    }

    #[test]
    fn a_report_held_by_its_channel_stays_with_the_channel_as_via() {
        // "The union said its members would stay out, according to a statement."
        let mut outer = attribution(Kind::Indirect, (0, 60), 62);
        outer.speaker = Some(Span::new(75, 86));
        let mut claim = attribution(Kind::Indirect, (15, 60), 10);
        claim.speaker = Some(Span::new(0, 9));
        let mut found = vec![outer.clone(), claim.clone()];
        drop_nested(&mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, Span::new(15, 60));
        assert_eq!(found[0].via, Some(Span::new(75, 86)));
        // With its speaker outside the outer content, the inner report is the one left out.
        claim.speaker = Some(Span::new(90, 95));
        let mut found = vec![outer, claim];
        drop_nested(&mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].content, Span::new(0, 60));
    }

    proptest::proptest! {
        // The reference: a scan of every attribution for one of the same cue that holds the
        // partial quote's content, as before the look-up by cue.
        #[test]
        fn same_cue_holds_is_the_scan(
            specs in proptest::collection::vec((0usize..30, 0usize..30, 0usize..4), 1..12),
        ) {
            let found: Vec<Attribution> = specs
                .iter()
                .map(|&(start, len, cue)| attribution(Kind::Partial, (start, start + len), cue * 10))
                .collect();
            let by_cue = by_cue(&found);
            for p in 0..found.len() {
                let a = &found[p];
                let scan = found.iter().enumerate().any(|(i, b)| {
                    i != p && b.cue == a.cue && b.content.contains(a.content) && b.content != a.content
                });
                proptest::prop_assert_eq!(same_cue_holds(&found, &by_cue, p), scan);
            }
        }
    }
}
