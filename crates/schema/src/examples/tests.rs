//! Unit tests of the example policy.

use apollo_compiler::Schema;
use serde_json::json;

use super::*;

#[test]
fn every_row_is_json_and_unique() {
    let mut names = std::collections::BTreeSet::new();
    for row in SCALAR_EXAMPLES.iter().chain([&FALLBACK_SCALAR]) {
        for text in [row.shown, row.wire] {
            assert!(
                serde_json::from_str::<Value>(text).is_ok(),
                "{}: {text}",
                row.scalar
            );
        }
        assert!(names.insert(row.scalar), "{} twice", row.scalar);
    }
}

#[test]
fn leaves_and_abstract_types() {
    let schema = Schema::parse_and_validate(
        r#"
        type Query { a: Shape, u: Thing, e: Level, d: Decimal, x: Mystery }
        interface Shape { id: ID! }
        type Square implements Shape { id: ID! }
        type Circle implements Shape { id: ID! }
        union Thing = Circle | Square
        enum Level { LOW HIGH }
        scalar Decimal
        scalar Mystery
        "#,
        "t.graphql",
    )
    .expect("valid");
    assert_eq!(
        leaf_example(&schema, "Level", ExampleStyle::Shown),
        Some(json!("LOW"))
    );
    assert_eq!(
        leaf_example(&schema, "Decimal", ExampleStyle::Shown),
        Some(json!(1.0))
    );
    assert_eq!(
        leaf_example(&schema, "Decimal", ExampleStyle::Wire),
        Some(json!("1.0"))
    );
    assert_eq!(
        leaf_example(&schema, "Mystery", ExampleStyle::Wire),
        Some(json!("abc123"))
    );
    assert_eq!(
        leaf_example(&schema, "Int", ExampleStyle::Wire),
        Some(json!(1))
    );
    assert_eq!(leaf_example(&schema, "Square", ExampleStyle::Wire), None);
    assert_eq!(
        example_object_type(&schema, "Shape").as_deref(),
        Some("Square")
    );
    assert_eq!(
        example_object_type(&schema, "Thing").as_deref(),
        Some("Circle")
    );
    assert_eq!(possible_object_types(&schema, "Shape").len(), 2);
}
