//! Unit tests of the schema index: the executor's precomputed choices equal the shared policy.

use std::sync::Arc;

use apollo_compiler::schema::ExtendedType;
use krakenql_schema::examples::{example_object_type, leaf_example, ExampleStyle};
use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;

use super::SchemaIndex;

#[test]
fn the_index_agrees_with_the_example_policy_on_the_bundled_schema() {
    let schema = load_sources(&[SourceFile::new(
        "schema/kraken.graphql",
        include_str!("../../../../schema/kraken.graphql"),
    )])
    .expect("bundled schema loads");
    let schema = Arc::new(schema);
    let index = SchemaIndex::new(&schema);
    let valid = schema.schema();
    let mut checked = 0;
    for (name, ty) in &valid.types {
        match ty {
            ExtendedType::Interface(_) | ExtendedType::Union(_) | ExtendedType::Object(_) => {
                assert_eq!(
                    index.examples.get(name),
                    example_object_type(valid, name).as_ref(),
                    "{name}"
                );
            }
            ExtendedType::Scalar(_) | ExtendedType::Enum(_) => {
                let expected = leaf_example(valid, name, ExampleStyle::Wire).map(Into::into);
                assert_eq!(index.leaves.get(name), expected.as_ref(), "{name}");
            }
            ExtendedType::InputObject(_) => continue,
        }
        checked += 1;
    }
    assert!(checked > 1000, "{checked}");
}
