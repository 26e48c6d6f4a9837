//! The seeded, time-bounded fuzz runner on stable Rust: every target of `krakenql_fuzz`,
//! driven by a deterministic PRNG, inside `cargo test` (so CI runs it every time).
//!
//! Per target it first replays every file of `crates/fuzz/regressions/<target>/` (the
//! crashers found so far; each must pass), then runs cases until `KRAKENQL_FUZZ_CASES`
//! (default 5,000) or `KRAKENQL_FUZZ_SECONDS` (default 3) is reached, whichever comes first.
//! A case's bytes are random, or for the readers mostly a seed file of
//! `crates/fuzz/seeds/<target>/` with a few random edits. `KRAKENQL_FUZZ_SEED` changes the
//! sequence. A failing input is written to `target/tmp/fuzz-failures/<target>/`; the input
//! of the running case is kept in `target/tmp/fuzz-current-<target>` so that a crash the
//! runner cannot catch (a stack overflow aborts the process) still leaves it behind. The
//! counts of each run go to stdout and `target/tmp/fuzz-counts-<target>.txt`.

use std::collections::BTreeMap;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use krakenql_fuzz::{Fixture, Outcome, Target, TARGETS};

/// The fixture every target shares, loaded once per test binary.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| Fixture::bundled().expect("the bundled schema loads"))
}

/// How long and how far each target runs.
struct Budget {
    cases: u64,
    time: Duration,
    seed: u64,
}

impl Budget {
    fn from_env() -> Budget {
        let read = |name: &str, default: u64| {
            std::env::var(name)
                .ok()
                .map(|value| {
                    value
                        .parse()
                        .unwrap_or_else(|_| panic!("{name}={value} is not a number"))
                })
                .unwrap_or(default)
        };
        Budget {
            cases: read("KRAKENQL_FUZZ_CASES", 5_000),
            time: Duration::from_secs(read("KRAKENQL_FUZZ_SECONDS", 3)),
            seed: read("KRAKENQL_FUZZ_SEED", 0x6b72_616b_656e),
        }
    }
}

/// SplitMix64: a small, well-mixed deterministic generator, enough to drive byte buffers.
struct Prng(u64);

impl Prng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }
}

/// Tokens the edits insert: the punctuation, escapes, line endings and marks the readers'
/// formats give meaning to.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    "\"",
    "\\",
    "\"\"\"",
    "\n",
    "\r\n",
    "\r",
    ":",
    ",",
    "#",
    "=",
    "@",
    "$",
    "!",
    "...",
    "|",
    "&",
    "\u{feff}",
    "\u{0}",
    "é",
    "𝄞",
    "null",
    "true",
    "0",
    "-1",
    "1e999",
    "9999999999999999999",
    "\\u0000",
    "\\uD800",
    "//",
    "/*",
    "r#\"",
    "\"#",
    "'",
    "\t",
    "__typename",
    "type ",
    "query ",
    "fragment ",
    "on ",
    "schema ",
    "extend ",
    "directive ",
    "@deprecated(reason: \"",
    "REMOVED ON 2020-01-01",
    "[[",
    "]]",
    "KQL001",
];

/// A seed with one random edit, or (half the time) up to 8: replace, insert a token or random bytes, delete or
/// duplicate a range, truncate.
fn mutate(seed: &[u8], prng: &mut Prng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    let edits = if prng.below(2) == 0 {
        1
    } else {
        1 + prng.below(8)
    };
    for _ in 0..edits {
        let at = prng.below(bytes.len() + 1);
        match prng.below(6) {
            0 if at < bytes.len() => bytes[at] = prng.next() as u8,
            1 => {
                let token = TOKENS[prng.below(TOKENS.len())];
                bytes.splice(at..at, token.bytes());
            }
            2 => {
                let len = 1 + prng.below(4);
                let random = prng.bytes(len);
                bytes.splice(at..at, random);
            }
            3 => {
                let end = (at + 1 + prng.below(16)).min(bytes.len());
                bytes.drain(at.min(end)..end);
            }
            4 => {
                let end = (at + 1 + prng.below(64)).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                let to = prng.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// The files of a folder, sorted by name; none when it does not exist.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.is_file())
        .map(|path| {
            let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (path, bytes)
        })
        .collect()
}

/// Runs one case; a panic becomes an error message like a violation's.
fn case(target: &Target, bytes: &[u8]) -> Result<Outcome, String> {
    match catch_unwind(AssertUnwindSafe(|| (target.run)(fixture(), bytes))) {
        Ok(Ok(outcome)) => Ok(outcome),
        Ok(Err(violation)) => Err(violation.to_string()),
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        }
    }
}

/// A short stable name for a failing input.
fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn run(name: &str) {
    let target = krakenql_fuzz::targets::find(name).expect("the target exists");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let current = scratch.join(format!("fuzz-current-{name}"));
    let budget = Budget::from_env();
    fixture();

    let mut failures = Vec::new();
    let regressions = files(&root.join("regressions").join(name));
    for (path, bytes) in &regressions {
        if let Err(message) = case(target, bytes) {
            failures.push(format!("regression {}: {message}", path.display()));
        }
    }

    let seeds: Vec<Vec<u8>> = files(&root.join("seeds").join(name))
        .into_iter()
        .map(|(_, b)| b)
        .collect();
    let mut prng = Prng(budget.seed ^ fnv(name));
    let mut counts: BTreeMap<Outcome, u64> = BTreeMap::new();
    let started = Instant::now();
    let mut ran = 0;
    while ran < budget.cases && started.elapsed() < budget.time && failures.len() < 5 {
        let bytes = if target.mutates_seeds && !seeds.is_empty() && prng.below(8) != 0 {
            let seed = &seeds[prng.below(seeds.len())];
            mutate(seed, &mut prng)
        } else {
            let len = if target.mutates_seeds {
                prng.below(512)
            } else {
                64 + prng.below(4096)
            };
            prng.bytes(len)
        };
        fs::write(&current, &bytes).expect("the scratch folder is writable");
        match case(target, &bytes) {
            Ok(outcome) => *counts.entry(outcome).or_default() += 1,
            Err(message) => {
                let dir = scratch.join("fuzz-failures").join(name);
                fs::create_dir_all(&dir).expect("the scratch folder is writable");
                let path = dir.join(fingerprint(&bytes));
                fs::write(&path, &bytes).expect("the scratch folder is writable");
                failures.push(format!(
                    "case {ran} (input saved as {}): {message}",
                    path.display()
                ));
            }
        }
        ran += 1;
    }
    let _ = fs::remove_file(&current);
    let summary = format!(
        "fuzz {name}: {ran} cases in {:.1} s (accepted {}, rejected {}, generator out of bytes {}), {} regressions replayed, {} failures\n",
        started.elapsed().as_secs_f64(),
        counts.get(&Outcome::Accepted).unwrap_or(&0),
        counts.get(&Outcome::Rejected).unwrap_or(&0),
        counts.get(&Outcome::Exhausted).unwrap_or(&0),
        regressions.len(),
        failures.len(),
    );
    print!("{summary}");
    fs::write(scratch.join(format!("fuzz-counts-{name}.txt")), &summary)
        .expect("the scratch folder is writable");
    assert!(
        failures.is_empty(),
        "{summary}{}\nCopy a saved input into crates/fuzz/regressions/{name}/ once it is fixed.",
        failures.join("\n\n")
    );
}

/// FNV-1a of a target's name, so each target gets its own sequence from one seed.
fn fnv(name: &str) -> u64 {
    u64::from_str_radix(&fingerprint(name.as_bytes()), 16).unwrap_or(0)
}

#[test]
fn every_target_has_a_test() {
    let tested = [
        "smith_operation",
        "smith_schema",
        "sdl",
        "introspection",
        "document",
        "rust_source",
        "config",
        "overrides",
        "baseline",
    ];
    let names: Vec<&str> = TARGETS.iter().map(|target| target.name).collect();
    assert_eq!(names, tested);
}

#[test]
fn smith_operation() {
    run("smith_operation");
}

#[test]
fn smith_schema() {
    run("smith_schema");
}

#[test]
fn sdl() {
    run("sdl");
}

#[test]
fn introspection() {
    run("introspection");
}

#[test]
fn document() {
    run("document");
}

#[test]
fn rust_source() {
    run("rust_source");
}

#[test]
fn config() {
    run("config");
}

#[test]
fn overrides() {
    run("overrides");
}

#[test]
fn baseline() {
    run("baseline");
}
