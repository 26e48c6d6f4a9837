//! Measuring operations: each fragment's own fields are scanned once, then fragments are
//! combined in dependency order by an explicit stack, so neither a long chain of fragments nor an
//! exponential fan-out through them costs more than the size of the document.

use std::collections::{HashMap, HashSet};

use apollo_compiler::ast::{self, Selection};
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::Name;

/// What one operation selects, fragments expanded. Counts saturate at `u64::MAX`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Measure {
    /// The operation's name, if it has one.
    pub name: Option<Name>,
    /// Where the operation is.
    pub location: Option<SourceSpan>,
    /// The deepest nesting of fields.
    pub depth: u64,
    /// Where the deepest field is.
    pub deepest: Option<SourceSpan>,
    /// The number of fields.
    pub height: u64,
    /// The number of aliased fields.
    pub aliases: u64,
    /// The number of fields on the root type.
    pub root_fields: u64,
}

/// Measures every operation of `document`, in document order.
pub fn measure(document: &ast::Document) -> Vec<Measure> {
    let mut fragments: HashMap<&Name, Local<'_>> = HashMap::new();
    for definition in &document.definitions {
        if let ast::Definition::FragmentDefinition(fragment) = definition {
            fragments.insert(&fragment.name, Local::scan(&fragment.selection_set));
        }
    }
    let totals = combine(&fragments);
    document
        .definitions
        .iter()
        .filter_map(|definition| match definition {
            ast::Definition::OperationDefinition(operation) => {
                let total = Local::scan(&operation.selection_set).total(&totals);
                Some(Measure {
                    name: operation.name.clone(),
                    location: operation.location(),
                    depth: total.depth,
                    deepest: total.deepest,
                    height: total.height,
                    aliases: total.aliases,
                    root_fields: total.root_fields,
                })
            }
            _ => None,
        })
        .collect()
}

/// A fragment spread met while scanning a selection set.
struct Spread<'d> {
    name: &'d Name,
    /// The number of fields enclosing the spread within the scanned selection set.
    depth: u64,
}

/// What a selection set selects by itself, and the fragments it spreads.
struct Local<'d> {
    own: Total,
    spreads: Vec<Spread<'d>>,
}

/// The measures of a selection set with its fragments expanded.
#[derive(Debug, Clone, Copy, Default)]
struct Total {
    depth: u64,
    deepest: Option<SourceSpan>,
    height: u64,
    aliases: u64,
    root_fields: u64,
}

impl<'d> Local<'d> {
    /// Scans a selection set with an explicit stack (the parser bounds nesting, but a stack
    /// costs nothing and keeps this safe on any tree).
    fn scan(selections: &'d [Selection]) -> Self {
        let mut own = Total::default();
        let mut spreads = Vec::new();
        let mut stack: Vec<(&'d [Selection], u64)> = vec![(selections, 0)];
        while let Some((set, depth)) = stack.pop() {
            for selection in set {
                match selection {
                    Selection::Field(field) => {
                        own.height = own.height.saturating_add(1);
                        if field.alias.is_some() {
                            own.aliases = own.aliases.saturating_add(1);
                        }
                        if depth == 0 {
                            own.root_fields = own.root_fields.saturating_add(1);
                        }
                        let nested = depth + 1;
                        if nested > own.depth {
                            own.depth = nested;
                            own.deepest = field.name.location();
                        }
                        stack.push((&field.selection_set, nested));
                    }
                    Selection::InlineFragment(inline) => {
                        stack.push((&inline.selection_set, depth));
                    }
                    Selection::FragmentSpread(spread) => spreads.push(Spread {
                        name: &spread.fragment_name,
                        depth,
                    }),
                }
            }
        }
        Local { own, spreads }
    }

    /// This selection set's measures with every spread's fragment expanded. A spread of an
    /// unknown fragment, or one on a cycle (absent from `totals`), adds nothing.
    fn total(&self, totals: &HashMap<&Name, Total>) -> Total {
        let mut total = self.own;
        for spread in &self.spreads {
            let Some(fragment) = totals.get(spread.name) else {
                continue;
            };
            total.height = total.height.saturating_add(fragment.height);
            total.aliases = total.aliases.saturating_add(fragment.aliases);
            if spread.depth == 0 {
                total.root_fields = total.root_fields.saturating_add(fragment.root_fields);
            }
            let depth = spread.depth.saturating_add(fragment.depth);
            if depth > total.depth {
                total.depth = depth;
                total.deepest = fragment.deepest;
            }
        }
        total
    }
}

/// The expanded measures of every fragment, children before parents, by a depth-first walk on
/// an explicit stack. A fragment met again while it is on the stack closes a cycle: that spread
/// adds nothing.
fn combine<'d>(fragments: &HashMap<&'d Name, Local<'d>>) -> HashMap<&'d Name, Total> {
    let mut totals: HashMap<&Name, Total> = HashMap::with_capacity(fragments.len());
    let mut on_stack: HashSet<&Name> = HashSet::new();
    let mut names: Vec<&&Name> = fragments.keys().collect();
    names.sort();
    for start in names {
        if totals.contains_key(*start) {
            continue;
        }
        let mut stack: Vec<(&Name, usize)> = vec![(*start, 0)];
        on_stack.insert(*start);
        while let Some((name, next)) = stack.last_mut() {
            let local = &fragments[*name];
            if let Some(spread) = local.spreads.get(*next) {
                *next += 1;
                let child = spread.name;
                let pending = fragments.contains_key(child)
                    && !totals.contains_key(child)
                    && !on_stack.contains(child);
                if pending {
                    on_stack.insert(child);
                    stack.push((child, 0));
                }
            } else {
                let name = *name;
                let total = local.total(&totals);
                totals.insert(name, total);
                on_stack.remove(name);
                stack.pop();
            }
        }
    }
    totals
}
