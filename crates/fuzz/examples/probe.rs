use apollo_smith::{DocumentBuilder, Unstructured};
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let f = krakenql_fuzz::Fixture::bundled().unwrap();
    eprintln!("fixture {:?}", t.elapsed());
    for i in 0..5u64 {
        let bytes: Vec<u8> = (0..2000)
            .map(|j| ((j as u64 * 2654435761 + i * 97) >> 7) as u8)
            .collect();
        let t = Instant::now();
        let d = f.smith.clone();
        eprintln!("clone {:?}", t.elapsed());
        let mut u = Unstructured::new(&bytes);
        let mut b = DocumentBuilder::with_document(&mut u, d).unwrap();
        let op = b.operation_definition().unwrap().unwrap();
        let text = String::from(op);
        eprintln!("gen {:?} len {}", t.elapsed(), text.len());
        let t = Instant::now();
        let r = (krakenql_fuzz::targets::find("document").unwrap().run)(&f, text.as_bytes());
        eprintln!("check {:?} {:?}", t.elapsed(), r.map_err(|v| v.property));
    }
    // smith schema
    for i in 0..3u64 {
        let bytes: Vec<u8> = (0..3000)
            .map(|j| ((j as u64 * 2654435761 + i * 97) >> 9) as u8)
            .collect();
        let mut u = Unstructured::new(&bytes);
        let b = DocumentBuilder::new(&mut u).unwrap();
        let text = String::from(b.finish());
        let doc = apollo_compiler::ast::Document::parse(&text, "s.graphql");
        let Ok(mut doc) = doc else {
            eprintln!("parse err {}", doc.unwrap_err().errors);
            continue;
        };
        for d in &mut doc.definitions {
            if let apollo_compiler::ast::Definition::SchemaDefinition(s) = d {
                let mut r = std::collections::HashSet::new();
                s.make_mut()
                    .root_operations
                    .retain(|x| r.insert(x.1.clone()));
            }
        }
        let mut seen = std::collections::HashSet::new();
        let sdl: String = doc
            .definitions
            .iter()
            .filter(|d| !d.is_executable_definition())
            .filter(|d| d.name().is_none_or(|n| seen.insert(n.clone())))
            .map(|d| format!("{d}\n"))
            .collect();
        match krakenql_schema::load::load_sources(&[krakenql_schema::SourceFile::new(
            "s.graphql",
            sdl,
        )]) {
            Ok(_) => eprintln!("loaded"),
            Err(e) => eprintln!(
                "load err: {}",
                e.diagnostics
                    .iter()
                    .take(5)
                    .map(|d| d.message.clone())
                    .collect::<Vec<_>>()
                    .join(" | ")
            ),
        }
    }
}
