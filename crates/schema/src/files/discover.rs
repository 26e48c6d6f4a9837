//! Finding the project's `graphql.config.toml` as graphql-config does, and showing paths
//! relative to the directory it is in.

use std::path::{Component, Path, PathBuf};

use crate::config::CONFIG_FILE;

/// The config file names krakenql reads, in the order they are tried in one directory.
pub const CONFIG_FILES: &[&str] = &[CONFIG_FILE];

/// A config file found by [`find_config`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundConfig {
    /// The config's path relative to the directory the search started from, e.g.
    /// `graphql.config.toml` or `../../graphql.config.toml`.
    pub path: PathBuf,
    /// How many directories above the start it was found (0: in the start directory itself).
    pub levels_up: usize,
}

/// Looks for a config file in `start` (an absolute directory, usually the current one), then in
/// each parent, graphql-config's rule: the first directory holding one wins, and the search
/// stops after a directory holding `.git` (a repository's root; a file in a git worktree) or
/// at the file system root. `None` when no directory on the way holds one.
pub fn find_config(start: &Path) -> Option<FoundConfig> {
    let mut up = PathBuf::new();
    for (levels_up, dir) in start.ancestors().enumerate() {
        for name in CONFIG_FILES {
            if dir.join(name).is_file() {
                return Some(FoundConfig {
                    path: up.join(name),
                    levels_up,
                });
            }
        }
        if dir.join(".git").exists() {
            return None;
        }
        up.push("..");
    }
    None
}

/// Shows paths relative to a root directory (the config's), whatever directory they were
/// named from. Purely lexical: `..` components are resolved without reading the disk.
#[derive(Clone, Debug)]
pub struct Relative {
    cwd: PathBuf,
    root: PathBuf,
}

impl Relative {
    /// Paths named from `cwd` (absolute), shown relative to `root` (absolute, or relative to
    /// `cwd`).
    pub fn new(cwd: &Path, root: &Path) -> Self {
        Relative {
            cwd: normalize(cwd),
            root: normalize(&cwd.join(root)),
        }
    }

    /// `path` (absolute, or relative to the current directory) relative to the root, with `/`
    /// separators; a path outside the root starts with `..`.
    pub fn show(&self, path: &Path) -> String {
        let path = normalize(&self.cwd.join(path));
        let common = path
            .components()
            .zip(self.root.components())
            .take_while(|(a, b)| a == b)
            .count();
        let mut shown = PathBuf::new();
        for _ in self.root.components().skip(common) {
            shown.push("..");
        }
        for component in path.components().skip(common) {
            shown.push(component);
        }
        shown.to_string_lossy().replace('\\', "/")
    }
}

/// `path` with `.` dropped and `..` applied to the component before it.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shown_from_the_root() {
        let relative = Relative::new(Path::new("/repo/queries/sub"), Path::new("../.."));
        assert_eq!(
            relative.show(Path::new("a.graphql")),
            "queries/sub/a.graphql"
        );
        assert_eq!(
            relative.show(Path::new("../../schema/k.graphql")),
            "schema/k.graphql"
        );
        assert_eq!(
            relative.show(Path::new("/elsewhere/b.graphql")),
            "../elsewhere/b.graphql"
        );
        let same = Relative::new(Path::new("/repo"), Path::new(""));
        assert_eq!(
            same.show(Path::new("./queries/./a.graphql")),
            "queries/a.graphql"
        );
    }

    #[test]
    fn the_search_stops_at_the_first_config_or_the_repository_root() {
        let base = std::env::temp_dir().join(format!("krakenql-discover-{}", std::process::id()));
        let deep = base.join("repo/queries/sub");
        std::fs::create_dir_all(&deep).expect("temp dirs");
        std::fs::create_dir_all(base.join("repo/.git")).expect("temp dirs");
        std::fs::write(base.join(CONFIG_FILE), "").expect("temp config");
        // Above the repository root: never found.
        assert_eq!(find_config(&deep), None);
        std::fs::write(base.join("repo").join(CONFIG_FILE), "").expect("temp config");
        let found = find_config(&deep).expect("found");
        assert_eq!(found.path, Path::new("../..").join(CONFIG_FILE));
        assert_eq!(found.levels_up, 2);
        std::fs::write(deep.join(CONFIG_FILE), "").expect("temp config");
        assert_eq!(find_config(&deep).map(|f| f.levels_up), Some(0));
        std::fs::remove_dir_all(&base).expect("cleanup");
    }
}
