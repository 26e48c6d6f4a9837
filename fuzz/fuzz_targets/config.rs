//! `cargo fuzz run config`: the `config` target of `krakenql-fuzz` under libFuzzer. A panic
//! anywhere in krakenql or a violated property is a crash; copy the input libFuzzer saves
//! under `artifacts/config/` into `crates/fuzz/regressions/config/` once it is fixed.
#![no_main]

use std::sync::OnceLock;

use krakenql_fuzz::Fixture;
use libfuzzer_sys::fuzz_target;

/// The bundled schema and its models, built on the first input.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| Fixture::bundled().expect("the bundled schema loads"))
}

fuzz_target!(|data: &[u8]| {
    let target = krakenql_fuzz::targets::find("config").expect("the target exists");
    if let Err(violation) = (target.run)(fixture(), data) {
        panic!("{violation}");
    }
});
