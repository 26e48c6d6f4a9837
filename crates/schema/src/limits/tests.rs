use apollo_compiler::ast::Document;

use super::*;

fn measured(query: &str) -> Measure {
    let document = Document::parse(query, "q.graphql").expect("the test query parses");
    measure(&document).remove(0)
}

/// `fragment f0 … { ofType { ...f1 } }` and so on: a chain of `n` fragments, `n` levels deep.
fn chain(n: usize) -> String {
    let mut query = String::from("{ __schema { queryType { ...f0 } } }\n");
    for i in 0..n {
        query.push_str(&format!(
            "fragment f{i} on __Type {{ ofType {{ ...f{} }} }}\n",
            i + 1
        ));
    }
    query.push_str(&format!("fragment f{n} on __Type {{ name }}\n"));
    query
}

/// Two aliases of the same field in each of `n` fragments, each spreading the next: 2^n fields.
fn fan_out(n: usize) -> String {
    let mut query = String::from("{ a { ...C0 } }\n");
    for i in 0..n {
        query.push_str(&format!(
            "fragment C{i} on T {{ x: m {{ ...C{next} }} y: m {{ ...C{next} }} }}\n",
            next = i + 1
        ));
    }
    query.push_str(&format!("fragment C{n} on T {{ id }}\n"));
    query
}

#[test]
fn counts_plain_selections() {
    let m = measured("query Q { a { b c: d { e } } f }");
    assert_eq!(m.name.as_deref(), Some("Q"));
    assert_eq!((m.depth, m.height, m.aliases, m.root_fields), (3, 5, 1, 2));
}

#[test]
fn follows_fragments_and_inline_fragments() {
    let m = measured(
        "{ ...Root } fragment Root on Query { a { ...A ... on T { z: b } } } fragment A on T { b { c } }",
    );
    assert_eq!((m.depth, m.height, m.aliases, m.root_fields), (3, 4, 1, 1));
}

#[test]
fn a_long_fragment_chain_is_measured_without_recursion() {
    let m = measured(&chain(20_000));
    // `__schema`, `queryType`, one `ofType` per fragment, and `name`.
    assert_eq!(m.depth, 20_003);
    let exceeded = OperationLimits::DEFAULT
        .exceeded_by(&m)
        .expect("over the depth limit");
    assert_eq!(exceeded.limit, Limit::Depth);
    assert!(exceeded.location.is_some());
    assert!(
        exceeded.message().contains("at most 64"),
        "{}",
        exceeded.message()
    );
    assert!(exceeded.message().contains("--max-depth"));
}

#[test]
fn alias_fan_out_through_fragments_counts_every_field() {
    let m = measured(&fan_out(30));
    assert_eq!(m.depth, 32);
    // 2 + 4 + … + 2^30 aliased fields, the 2^30 leaves, and the root field.
    assert_eq!(m.aliases, (1u64 << 31) - 2);
    assert_eq!(m.height, (1u64 << 31) - 2 + (1 << 30) + 1);
    let exceeded = OperationLimits::DEFAULT.check(&Document::parse(fan_out(30), "q").unwrap());
    assert_eq!(exceeded.map(|e| e.limit), Some(Limit::Height));
}

#[test]
fn saturates_instead_of_overflowing() {
    let m = measured(&fan_out(70));
    assert_eq!(m.height, u64::MAX);
}

#[test]
fn cycles_and_unknown_fragments_add_nothing() {
    let m = measured(
        "{ ...A } fragment A on Query { a ...B ...Missing } fragment B on Query { b ...A }",
    );
    assert_eq!((m.height, m.root_fields), (2, 2));
}

#[test]
fn aliases_and_root_fields_have_their_own_limits() {
    let limits = OperationLimits {
        max_aliases: 2,
        max_root_fields: 3,
        ..OperationLimits::DEFAULT
    };
    let aliases = limits.exceeded_by(&measured("{ a: x b: x c: x }")).unwrap();
    assert_eq!(aliases.limit, Limit::Aliases);
    assert_eq!(aliases.limit.code(), "MAX_ALIASES_LIMIT");
    let roots = limits.exceeded_by(&measured("{ a b c d }")).unwrap();
    assert_eq!(roots.limit, Limit::RootFields);
    assert_eq!(
        roots.message(),
        "the operation selects 4 root fields; at most 3 are allowed (limit `max_root_fields`, --max-root-fields)"
    );
    assert_eq!(limits.exceeded_by(&measured("{ a b: c }")), None);
}
