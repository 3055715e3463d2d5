use super::*;
use crate::analysis::{CueClass, Kind, Sourcing};

/// An attribution whose speaker and content are the first occurrences of the given strings.
/// An attribution of `text` found by the text of its speaker and content (also used by the
/// comparison's tests).
pub(crate) fn attr(
    text: &str,
    speaker: &str,
    content: &str,
    kind: Kind,
    sourcing: Sourcing,
) -> Attribution {
    let at = |s: &str| {
        let i = text.find(s).unwrap_or_else(|| panic!("{s:?} not in text"));
        Span::new(i, i + s.len())
    };
    let content = at(content);
    let speaker = (!speaker.is_empty()).then(|| at(speaker));
    Attribution {
        kind,
        content,
        cue: None,
        speaker,
        resolved: speaker,
        via: None,
        source: None,
        cue_class: CueClass::Speech,
        sourcing,
        confidence: 0.9,
        sentence: 0,
    }
}

fn one(text: &str, speaker: &str, sourcing: Sourcing) -> Option<Source> {
    one_with(text, speaker, sourcing, None)
}

fn one_with(
    text: &str,
    speaker: &str,
    sourcing: Sourcing,
    g: Option<&Gazetteer>,
) -> Option<Source> {
    let mut a = [attr(text, speaker, text, Kind::Indirect, sourcing)];
    let sources = resolve(text, &mut a, g);
    a[0].source.map(|i| sources[i].clone())
}

fn id_side(s: Option<Source>) -> (String, Option<String>) {
    let s = s.expect("a source");
    (s.id, s.side)
}

#[test]
fn persons_carry_their_affiliation_and_side() {
    let s = one(
        "Kremlin spokesman Dmitry Peskov said",
        "Kremlin spokesman Dmitry Peskov",
        Sourcing::Person,
    )
    .unwrap();
    assert_eq!(s.name, "Dmitry Peskov");
    assert_eq!(s.kind, SourceKind::Person);
    assert_eq!(s.affiliation.as_deref(), Some("Kremlin"));
    assert_eq!(s.side.as_deref(), Some("russia"));
}

#[test]
fn a_joint_speaker_is_no_one_source() {
    // The claim is both sides': neither the Kremlin alone (the head) nor the White House.
    let text = "The White House and the Kremlin said the call was useful.";
    assert_eq!(
        one(
            text,
            "The White House and the Kremlin",
            Sourcing::Organisation
        ),
        None
    );
    assert_eq!(
        one(text, "The White House", Sourcing::Organisation).map(|s| s.name),
        Some("White House".to_string())
    );
}

#[test]
fn white_house_forms_belong_to_the_us() {
    for speaker in [
        "A White House statement",
        "the White House",
        "President Trump",
        "the US president",
    ] {
        let text = format!("{speaker} said so.");
        let s = one(&text, speaker, Sourcing::Organisation).unwrap();
        assert_eq!(s.side.as_deref(), Some("us"), "{speaker}");
    }
    assert_eq!(
        id_side(one(
            "A White House statement said",
            "A White House statement",
            Sourcing::Organisation
        )),
        ("white-house".into(), Some("us".into()))
    );
}

#[test]
fn russian_media_is_russian_state_media() {
    for speaker in ["Russian-state media", "Russian media"] {
        let text = format!("According to {speaker}, it was so.");
        let s = one(&text, speaker, Sourcing::Media).unwrap();
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Russian state media", SourceKind::Media)
        );
        assert_eq!(s.side.as_deref(), Some("russia"));
    }
}

#[test]
fn generic_groups_and_demonyms() {
    let s = one(
        "military leaders have warned",
        "military leaders",
        Sourcing::Unnamed,
    )
    .unwrap();
    assert_eq!(
        (s.name.as_str(), s.kind, s.side),
        ("military leaders", SourceKind::Group, None)
    );
    let s = one(
        "Senior US officials said",
        "Senior US officials",
        Sourcing::Unnamed,
    )
    .unwrap();
    assert_eq!(
        (s.name.as_str(), s.side.as_deref()),
        ("US officials", Some("us"))
    );
    let s = one(
        "Ukrainian officials said",
        "Ukrainian officials",
        Sourcing::Unnamed,
    )
    .unwrap();
    assert_eq!(s.side.as_deref(), Some("ukraine"));
}

#[test]
fn titled_names_outside_the_gazetteer_become_sources_and_surnames_join_them() {
    let text = "Ukrainian Foreign Minister Jane Doe said it. Later Doe said more.";
    let mut a = [
        attr(
            text,
            "Ukrainian Foreign Minister Jane Doe",
            "it",
            Kind::Indirect,
            Sourcing::Person,
        ),
        attr(text, "Doe", "more", Kind::Indirect, Sourcing::Person),
    ];
    a[1].speaker = Some(Span::new(
        text.rfind("Doe").unwrap(),
        text.rfind("Doe").unwrap() + 3,
    ));
    a[1].resolved = a[1].speaker;
    let sources = resolve(text, &mut a, None);
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].name, "Jane Doe");
    assert_eq!(sources[0].side.as_deref(), Some("ukraine"));
    assert_eq!(a[0].source, Some(0));
    assert_eq!(a[1].source, Some(0));
}

#[test]
fn a_surname_of_several_words_joins_the_full_name() {
    // "Al-Hams" and "Mir Mateen" are surnames without the first name; hyphens read as spaces.
    for (full, short) in [
        ("Marwan Al-Hams", "Al-Hams"),
        ("Seddique Mir Mateen", "Mir Mateen"),
    ] {
        let text = format!("Doctor {full} said it. Later {short} said more.");
        let mut a = [
            attr(&text, full, "it", Kind::Indirect, Sourcing::Person),
            attr(&text, short, "more", Kind::Indirect, Sourcing::Person),
        ];
        let at = text.rfind(short).unwrap();
        a[1].speaker = Some(Span::new(at, at + short.len()));
        a[1].resolved = a[1].speaker;
        let sources = resolve(&text, &mut a, None);
        assert_eq!(sources.len(), 1, "{short}: {sources:?}");
        assert_eq!(a[1].source, Some(0), "{short}");
    }
}

#[test]
fn affiliation_from_the_words_before_the_title() {
    let s = one(
        "Gazprom spokesman Ivan Petrov said",
        "Gazprom spokesman Ivan Petrov",
        Sourcing::Person,
    )
    .unwrap();
    assert_eq!(s.name, "Ivan Petrov");
    assert_eq!(s.affiliation.as_deref(), Some("Gazprom"));
}

#[test]
fn apposition_names_the_person() {
    let s = one(
        "Jane Roe, a senior adviser, said",
        "Jane Roe, a senior adviser",
        Sourcing::Person,
    )
    .unwrap();
    assert_eq!((s.name.as_str(), s.kind), ("Jane Roe", SourceKind::Person));
}

#[test]
fn posts_resolve_to_the_holder_named_in_the_article() {
    let text = "US President Donald Trump spoke. Then the US president said more.";
    let mut a = [
        attr(
            text,
            "US President Donald Trump",
            "spoke",
            Kind::Indirect,
            Sourcing::Person,
        ),
        attr(
            text,
            "the US president",
            "more",
            Kind::Indirect,
            Sourcing::Person,
        ),
    ];
    let sources = resolve(text, &mut a, None);
    assert_eq!(a[0].source, a[1].source);
    assert_eq!(sources[0].name, "Donald Trump");
}

#[test]
fn a_post_named_later_in_the_article_is_its_holder() {
    let text = "The US president ordered it. Later, US President Donald Trump spoke.";
    let mut a = [attr(
        text,
        "The US president",
        "ordered it",
        Kind::Indirect,
        Sourcing::Person,
    )];
    let sources = resolve(text, &mut a, None);
    assert_eq!(sources[a[0].source.unwrap()].name, "Donald Trump");
    // With no holder named, the post is its office.
    let text = "The US president said so.";
    let mut a = [attr(
        text,
        "The US president",
        "so",
        Kind::Indirect,
        Sourcing::Person,
    )];
    let sources = resolve(text, &mut a, None);
    assert_eq!(sources[a[0].source.unwrap()].name, "White House");
}

#[test]
fn a_persons_spokesman_speaks_for_the_persons_organisation() {
    let s = one(
        "Putin's spokesman said",
        "Putin's spokesman",
        Sourcing::Unnamed,
    )
    .unwrap();
    assert_eq!(s.id, "kremlin");
}

#[test]
fn pronouns_and_unknown_nominals_stay_unresolved() {
    assert_eq!(one("He said so.", "He", Sourcing::Person), None);
    assert_eq!(
        one(
            "The ministry said so.",
            "The ministry",
            Sourcing::Organisation
        ),
        None
    );
}

#[test]
fn short_aliases_need_a_capital() {
    // "un" is the UN only when written "UN".
    assert_eq!(
        one(
            "un porte-parole a dit",
            "un porte-parole",
            Sourcing::Unnamed
        ),
        None
    );
    assert_eq!(
        id_side(one("The UN said so", "The UN", Sourcing::Organisation)),
        ("united-nations".into(), Some("un".into()))
    );
}

#[test]
fn user_sides_and_aliases_override_the_builtin_table() {
    let g = Gazetteer::from_json(
        r#"{"sources":[{"name":"Jane Doe","kind":"person","side":"hawks","affiliation":"Defence Ministry","aliases":["the minister"]}],
            "aliases":{"the palace":"Kremlin"},
            "sides":{"doves":{"name":"Doves","members":["White House"]}}}"#,
    )
    .unwrap();
    let s = one_with(
        "The minister said",
        "The minister",
        Sourcing::Person,
        Some(&g),
    )
    .unwrap();
    assert_eq!(
        (s.name.as_str(), s.side.as_deref()),
        ("Jane Doe", Some("hawks"))
    );
    assert_eq!(s.affiliation.as_deref(), Some("Defence Ministry"));
    let s = one_with(
        "The palace said",
        "The palace",
        Sourcing::Organisation,
        Some(&g),
    )
    .unwrap();
    assert_eq!(s.id, "kremlin");
    let s = one_with(
        "The White House said",
        "The White House",
        Sourcing::Organisation,
        Some(&g),
    )
    .unwrap();
    assert_eq!(s.side.as_deref(), Some("doves"));
}

#[test]
fn bad_user_gazetteers_are_errors() {
    assert!(matches!(
        Gazetteer::from_json("{\"sources\": 3}"),
        Err(Error::BadOptions(_))
    ));
    assert!(matches!(
        Gazetteer::from_json("{\"nope\": 3}"),
        Err(Error::BadOptions(_))
    ));
    assert!(matches!(
        Gazetteer::from_json("{\"sources\": [{\"name\": \"--\"}]}"),
        Err(Error::BadOptions(_))
    ));
    assert!(Gazetteer::from_json("{\"sides\": {\"a\": [\"X\"]}}").is_ok());
}

#[test]
fn every_builtin_line_parses() {
    let ix = Index::builtin();
    assert!(ix.entries.len() > 200, "{}", ix.entries.len());
    for e in &ix.entries {
        assert!(!e.id.is_empty() && !e.name.is_empty());
        if let Some(side) = &e.side {
            assert!(
                ix.side(side).is_some(),
                "{} has unknown side {side}",
                e.name
            );
        }
        if let Some(a) = &e.affiliation {
            assert!(
                ix.lookup(&alias_key(a)).is_some(),
                "{}: unknown affiliation {a}",
                e.name
            );
        }
    }
    for side in [
        "us",
        "russia",
        "ukraine",
        "china",
        "eu",
        "germany",
        "france",
        "italy",
        "spain",
        "poland",
        "uk",
        "turkey",
        "iran",
        "israel",
        "saudi-arabia",
        "uae",
        "qatar",
        "un",
        "nato",
    ] {
        assert!(ix.side(side).is_some(), "{side}");
    }
}

fn sentences_of(text: &str) -> Vec<Sentence> {
    let mut s = crate::segment::sentences(text, crate::lang::Lang::from_code("en").unwrap());
    crate::roles::assign(text, &mut s);
    s
}

#[test]
fn omission_subject_pronoun_is_the_last_source() {
    let text = "The Kremlin called the call \"constructive.\" It made no mention of safe zones.";
    let sentences = sentences_of(text);
    let mut a = [attr(
        text,
        "The Kremlin",
        "constructive",
        Kind::Partial,
        Sourcing::Organisation,
    )];
    let f = find(text, &sentences, &mut a, None);
    assert_eq!(f.omissions.len(), 1);
    let o = &f.omissions[0];
    assert_eq!(o.sentence, 1);
    assert_eq!(f.sources[o.source.unwrap()].id, "kremlin");
    assert_eq!(o.topic.name, "safe zones");
    assert_eq!(
        f.notes[0]
            .framing
            .iter()
            .map(|s| s.text(text))
            .collect::<Vec<_>>(),
        ["constructive"]
    );
}

#[test]
fn an_omission_read_as_an_attribution_raises_nothing() {
    let text = "The Kremlin called it \"constructive.\" It made no mention of safe zones.";
    let sentences = sentences_of(text);
    let mut a = [
        attr(
            text,
            "The Kremlin",
            "constructive",
            Kind::Partial,
            Sourcing::Organisation,
        ),
        attr(
            text,
            "It",
            "of safe zones",
            Kind::Indirect,
            Sourcing::Organisation,
        ),
    ];
    a[1].sentence = 1;
    a[1].resolved = a[0].speaker;
    let f = find(text, &sentences, &mut a, None);
    assert_eq!(f.omissions.len(), 1);
    assert!(f.notes[1].topics.is_empty());
}

#[test]
fn contrasts_need_a_marker_and_two_sources() {
    let text =
        "Washington wants a ceasefire, while Moscow insists on talks first. Moscow wants talks.";
    let sentences = sentences_of(text);
    let f = find(text, &sentences, &mut [], None);
    assert_eq!(f.contrasts.len(), 1);
    let names: Vec<_> = f.contrasts[0]
        .sources
        .iter()
        .map(|&s| f.sources[s].id.as_str())
        .collect();
    assert_eq!(names, ["white-house", "russian-government"]);
    assert_eq!(f.contrasts[0].cue.text(text), "while");
}

#[test]
fn or_alternatives_rename_topics_across_the_article() {
    let text = "\"We discussed safe, or de-escalation, zones,\" the White House said. Officials said de-escalation zones were near.";
    let sentences = sentences_of(text);
    let mut a = [
        attr(
            text,
            "the White House",
            "We discussed safe, or de-escalation, zones,",
            Kind::Direct,
            Sourcing::Organisation,
        ),
        attr(
            text,
            "Officials",
            "de-escalation zones were near",
            Kind::Indirect,
            Sourcing::Unnamed,
        ),
    ];
    let f = find(text, &sentences, &mut a, None);
    assert_eq!(f.notes[0].topics[0].name, "safe zones");
    assert_eq!(f.notes[1].topics[0].name, "safe zones");
}

#[test]
fn a_side_is_a_list_of_members_or_an_object_each_checked() {
    let g = Gazetteer::from_json(
        r#"{"sides": {"doves": ["Jane Doe"], "hawks": {"name": "Hawks", "members": ["Lee Park"], "words": ["hawkish"]}}}"#,
    )
    .unwrap();
    assert_eq!(
        g.sides[0],
        ("doves".into(), UserSide::Members(vec!["Jane Doe".into()]))
    );
    let (_, UserSide::Full(hawks)) = &g.sides[1] else {
        panic!("{:?}", g.sides[1])
    };
    assert_eq!(
        (hawks.name.as_deref(), hawks.words.len()),
        (Some("Hawks"), 1)
    );
    // A misspelt key of a side object is named in the error; a side of another shape says what
    // a side is.
    let misspelt = Gazetteer::from_json(r#"{"sides": {"a": {"member": ["X"]}}}"#).unwrap_err();
    assert!(
        misspelt.message().contains("unknown field `member`"),
        "{misspelt}"
    );
    // Sides and aliases keep the order they are written in.
    let g = Gazetteer::from_json(
        r#"{"sides": {"zeta": ["Z"], "alpha": ["A"]}, "aliases": {"b": "X", "a": "X"}}"#,
    )
    .unwrap();
    let ids: Vec<&str> = g.sides.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["zeta", "alpha"]);
    assert_eq!(g.aliases[0].0, "b");
    let number = Gazetteer::from_json(r#"{"sides": {"a": 3}}"#).unwrap_err();
    assert!(number.message().contains("a list of members"), "{number}");
}

#[test]
fn a_known_surname_after_another_first_name_is_someone_else() {
    // The registry knows Barack Obama by "Obama"; Michelle Obama is not he.
    let s = one("Michelle Obama said", "Michelle Obama", Sourcing::Person).unwrap();
    assert_eq!(s.name, "Michelle Obama");
    assert_eq!(s.side, None);
    // A title or an initial before the surname still names him.
    let s = one("President Obama said", "President Obama", Sourcing::Person).unwrap();
    assert_eq!(s.name, "Barack Obama");
}

#[test]
fn a_capital_stands_for_its_government() {
    let s = one("Seoul said", "Seoul", Sourcing::Organisation).unwrap();
    assert_eq!(s.name, "South Korean government");
    assert_eq!(s.side.as_deref(), Some("south-korea"));
}

#[test]
fn one_unnamed_person_is_named_by_the_description() {
    // "a nurse" keeps a source, so the "she" that stands for her later keeps it too.
    let s = one("a nurse said", "a nurse", Sourcing::Unnamed).expect("a source");
    assert_eq!((s.name.as_str(), s.kind), ("nurse", SourceKind::Group));
    // A work that reports is no person; a bare plural is left to the groups.
    assert!(one(
        "an investigation found",
        "an investigation",
        Sourcing::Unnamed
    )
    .is_none());
    assert!(one("a statement said", "a statement", Sourcing::Unnamed).is_none());
}

#[test]
fn a_title_word_after_a_first_name_is_a_surname() {
    // "Judge" is a title, but after a first name it is Nathan's surname, and alone it joins him.
    let text = "Nathan Judge said it. Later Judge said more.";
    let mut a = [
        attr(text, "Nathan Judge", "it", Kind::Indirect, Sourcing::Person),
        attr(text, "Judge", "more", Kind::Indirect, Sourcing::Person),
    ];
    let later = text.rfind("Judge").unwrap();
    a[1].speaker = Some(Span::new(later, later + "Judge".len()));
    a[1].resolved = a[1].speaker;
    let sources = resolve(text, &mut a, None);
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].name, "Nathan Judge");
    assert_eq!(a[1].source, Some(0));
}

#[test]
fn an_initialism_is_the_name_it_spells() {
    let text =
        "Farmers met the Federal Water Authority on Monday. Later FWA said supplies would fall.";
    let s = one(text, "FWA", Sourcing::Organisation).expect("a source");
    assert_eq!(s.name, "Federal Water Authority");
    // Capitalised words that only begin with its letters, going on past them, spell nothing.
    let text =
        "Farmers met Federal Water Authority Board members. Later FWA said supplies would fall.";
    assert_eq!(
        one(text, "FWA", Sourcing::Organisation)
            .expect("a source")
            .name,
        "FWA"
    );
}
