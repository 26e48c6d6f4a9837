//! Finding the names that deprecation advice mentions, before any schema lookup.
//!
//! Advice names schema items in three ways: quoted (`'devices'`), backticked (`` `amounts` ``)
//! or bare (`Please use chargePointVariants instead`). Quoted and backticked names are explicit
//! and are always reported; bare words are only candidates, kept when they look like schema
//! names (camelCase, snake_case or a dotted path) or stand in the slot of "use X instead",
//! and the resolver drops them unless they resolve.

use std::sync::LazyLock;

use regex::Regex;

/// Where the advice suggests looking for a mentioned name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Hint {
    /// Nothing beyond the name itself.
    None,
    /// "the X query": a field of the query root.
    Query,
    /// "the X mutation": a field of the mutation root.
    Mutation,
    /// "X on the Y type" or "`X` field on `Y`": a member of type `Y`.
    OnType(String),
}

/// A name mentioned in advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mention {
    /// The name exactly as written, without its quotes.
    pub text: String,
    /// Whether it was quoted or backticked (and so is reported even when unresolved).
    pub explicit: bool,
    /// What the words after it say about where it lives.
    pub hint: Hint,
}

/// A quoted or backticked schema name or dotted path; `[]` marks a list step, as in `a[].b`.
static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x) (?: '(?P<single>NAME)' | ‘(?P<curly>NAME)’ | `(?P<tick>NAME)` )"
            .replace(
                "NAME",
                r"[_A-Za-z][_0-9A-Za-z]*(?:\[\])?(?:\.[_A-Za-z][_0-9A-Za-z]*(?:\[\])?)*",
            )
            .as_str(),
    )
    .expect("the quoted-name pattern is valid")
});

/// Any quoted or backticked span, masked out before bare words are read.
static ANY_QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"'[^'\n]*'|‘[^’\n]*’|`[^`\n]*`").expect("the span pattern is valid")
});

/// A bare word or dotted path of words.
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[_A-Za-z][_0-9A-Za-z]*(?:\.[_A-Za-z][_0-9A-Za-z]*)*\b")
        .expect("the bare-word pattern is valid")
});

/// A bare word that looks like a GraphQL name rather than English: camelCase or snake_case.
static NAME_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)$")
        .expect("the name-like pattern is valid")
});

/// The slot of "use X instead", "use the X query", whatever word stands in it.
static USE_SLOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\buse\s+(?:the\s+)?(?P<name>[_a-z][_0-9a-z]*)\s+(?:instead|query|mutation|field|argument)\b")
        .expect("the use-slot pattern is valid")
});

/// The words after a name that say where it lives.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^ [\s.,;]* (?:
            (?P<root> (?i:query|mutation) ) \b
          | (?: (?i:field|argument|value) \s+ )? (?i:on) \s+ (?: (?i:the) \s+ )?
            ['`‘]? (?P<ty> [A-Z][_0-9A-Za-z]* ) ['`’]?
        )",
    )
    .expect("the hint pattern is valid")
});

/// The names mentioned in `advice`, in the order they are written, without duplicates.
pub(super) fn find_mentions(advice: &str) -> Vec<Mention> {
    let mut found: Vec<(usize, Mention)> = Vec::new();
    for caps in QUOTED.captures_iter(advice) {
        let Some(name) = ["single", "curly", "tick"]
            .iter()
            .find_map(|group| caps.name(group))
        else {
            continue;
        };
        let end = caps.get(0).map_or(name.end(), |whole| whole.end());
        found.push((name.start(), mention(name.as_str(), true, &advice[end..])));
    }

    let masked = ANY_QUOTED.replace_all(advice, |caps: &regex::Captures<'_>| {
        " ".repeat(caps[0].len())
    });
    let slots: Vec<(usize, usize)> = USE_SLOT
        .captures_iter(&masked)
        .filter_map(|caps| caps.name("name").map(|name| (name.start(), name.end())))
        .collect();
    for word in BARE.find_iter(&masked) {
        let text = word.as_str();
        let in_slot = slots.contains(&(word.start(), word.end()));
        let dotted = text.contains('.')
            && text
                .split('.')
                .all(|part| part.starts_with(|c: char| c.is_ascii_lowercase()));
        if in_slot || dotted || NAME_LIKE.is_match(text) {
            found.push((word.start(), mention(text, false, &advice[word.end()..])));
        }
    }

    found.sort_by_key(|(start, _)| *start);
    let mut mentions: Vec<Mention> = Vec::new();
    for (_, candidate) in found {
        if !mentions.iter().any(|seen| seen.text == candidate.text) {
            mentions.push(candidate);
        }
    }
    mentions
}

/// Builds a mention, reading its hint from the text that follows it.
fn mention(text: &str, explicit: bool, after: &str) -> Mention {
    let hint = match AFTER.captures(after) {
        Some(caps) => match (caps.name("root"), caps.name("ty")) {
            (Some(root), _) if root.as_str().eq_ignore_ascii_case("query") => Hint::Query,
            (Some(_), _) => Hint::Mutation,
            (None, Some(ty)) => Hint::OnType(ty.as_str().to_owned()),
            (None, None) => Hint::None,
        },
        None => Hint::None,
    };
    Mention {
        text: text.to_owned(),
        explicit,
        hint,
    }
}
