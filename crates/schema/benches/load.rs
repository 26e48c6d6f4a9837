//! Benchmarks: load and validate the 1.5 MB EDF schema and the bundled UK schema, with the
//! deprecation index built; then report the peak heap memory of one load against the file size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use krakenql_schema::load::load_sources;
use krakenql_schema::SourceFile;

/// Counts live heap bytes and remembers the peak, to measure a load's memory.
struct PeakAlloc;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only counters are added.
unsafe impl GlobalAlloc for PeakAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: PeakAlloc = PeakAlloc;

const EDF: &str = include_str!("../../../schema/sources/edf-gb-2026-07.graphql");
const BUNDLED: &str = include_str!("../../../schema/kraken.graphql");

fn load(name: &str, text: &str) {
    let source = SourceFile::new(name, text);
    let schema = load_sources(std::slice::from_ref(&source)).expect("bundled sources are valid");
    divan::black_box(schema);
}

#[divan::bench(sample_count = 30)]
fn edf_gb_2026_07() {
    load("edf-gb-2026-07.graphql", EDF);
}

#[divan::bench(sample_count = 30)]
fn bundled_kraken() {
    load("kraken.graphql", BUNDLED);
}

fn main() {
    for (name, text) in [("edf-gb-2026-07.graphql", EDF), ("kraken.graphql", BUNDLED)] {
        let source = SourceFile::new(name, text);
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let schema =
            load_sources(std::slice::from_ref(&source)).expect("bundled sources are valid");
        let peak = PEAK.load(Ordering::Relaxed) - before;
        let retained = LIVE.load(Ordering::Relaxed) - before;
        drop(schema);
        println!(
            "memory {name}: file {} KiB, peak heap {} KiB ({:.1}x), retained {} KiB ({:.1}x)",
            text.len() / 1024,
            peak / 1024,
            peak as f64 / text.len() as f64,
            retained / 1024,
            retained as f64 / text.len() as f64
        );
    }
    divan::main();
}
