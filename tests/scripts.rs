//! The workflows' scripts (`.github/scripts/`), run the way their workflows run them: in a
//! checkout of the repository's data, on an `issues` event file, with the converter built
//! from this crate (or a stand-in that misbehaves on purpose), reading the step outputs they
//! write. Each test names the defect it guards against.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const MEMBERS: &str = env!("CARGO_BIN_EXE_members");

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(what: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "bpd-scripts-{what}-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn git(dir: &Path, args: &[&str]) -> Output {
    let output = Command::new("git")
        .args(["-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

/// A git checkout holding what the converter reads and writes: the data files and the
/// member schema, committed.
fn checkout() -> Scratch {
    let repo = Scratch::new("checkout");
    std::fs::create_dir_all(repo.path("public/data")).unwrap();
    std::fs::create_dir_all(repo.path("members")).unwrap();
    for entry in std::fs::read_dir(Path::new(ROOT).join("public/data")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, repo.path("public/data").join(path.file_name().unwrap())).unwrap();
    }
    std::fs::copy(Path::new(ROOT).join("members/member.schema.json"), repo.path("members/member.schema.json")).unwrap();
    git(&repo.0, &["init", "-q"]);
    git(&repo.0, &["add", "-A"]);
    git(&repo.0, &["commit", "-q", "-m", "data"]);
    repo
}

/// The `issues` event GitHub writes for an issue with `labels` and `body`, by `login`.
fn event(dir: &Scratch, labels: &[&str], login: &str, body: &str) -> PathBuf {
    let event = serde_json::json!({
        "action": "labeled",
        "label": {"name": "directory-approved"},
        "issue": {
            "number": 12,
            "body": body,
            "user": {"login": login, "id": 583231},
            "labels": labels.iter().map(|l| serde_json::json!({"name": l})).collect::<Vec<_>>(),
        },
    });
    let path = dir.path("event.json");
    std::fs::write(&path, event.to_string()).unwrap();
    path
}

/// A join form's body as GitHub renders it.
fn join_body(bio: &str) -> String {
    join_body_from("NG", bio)
}

fn join_body_from(country: &str, bio: &str) -> String {
    format!(
        "### Name\n\nAda Okafor\n\n### Pronouns\n\n_No response_\n\n### Country\n\n{country}\n\n### City\n\nLagos\n\n\
         ### Skills\n\npython\n\n### Languages\n\n_No response_\n\n### Short bio\n\n{bio}\n\n\
         ### Language of the bio\n\n_No response_\n\n### Website\n\n_No response_\n\n### LinkedIn\n\n_No response_\n\n\
         ### Mastodon\n\n_No response_\n\n### Open to\n\n_No response_\n\n### Consent\n\n- [X] Publish this on the website"
    )
}

/// What a run of `.github/scripts/directory-request` left: its exit status and stderr, and
/// the step outputs it wrote.
struct Run {
    status: i32,
    stderr: String,
    outputs: Vec<(String, String)>,
}

impl Run {
    fn output(&self, key: &str) -> Option<&str> {
        self.outputs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Reads a step output file: `key=value` lines and `key<<DELIMITER` blocks.
fn read_outputs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some((key, delimiter)) = line.split_once("<<") {
            let value: Vec<&str> = lines.by_ref().take_while(|l| *l != delimiter).collect();
            out.push((key.to_string(), value.join("\n")));
        } else if let Some((key, value)) = line.split_once('=') {
            out.push((key.to_string(), value.to_string()));
        }
    }
    out
}

/// Runs the request script in `repo` on `event`, with `members` as the converter.
fn run_request(repo: &Scratch, event: &Path, members: &str) -> Run {
    run_request_with(repo, event, members, None)
}

fn run_request_with(repo: &Scratch, event: &Path, members: &str, names: Option<&Path>) -> Run {
    let scratch = Scratch::new("outputs");
    let outputs = scratch.path("outputs");
    std::fs::write(&outputs, "").unwrap();
    let output = Command::new(Path::new(ROOT).join(".github/scripts/directory-request"))
        .current_dir(&repo.0)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap())
        .env("GITHUB_OUTPUT", &outputs)
        .env("GITHUB_EVENT_PATH", event)
        .env("MEMBERS_BIN", members)
        .envs(names.map(|n| ("NAMES_FILE", n)))
        .output()
        .unwrap();
    let bytes = std::fs::read(&outputs).unwrap();
    Run {
        status: output.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        outputs: read_outputs(&String::from_utf8(bytes).expect("the outputs are UTF-8")),
    }
}

/// A stand-in for the converter: a shell script doing `script`.
fn stand_in(dir: &Scratch, script: &str) -> String {
    let path = dir.path("members-stand-in");
    std::fs::write(&path, format!("#!/usr/bin/env bash\n{script}\n")).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&path, permissions).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn an_approved_join_becomes_a_patch_that_adds_the_author_file() {
    let repo = checkout();
    let scratch = Scratch::new("event");
    // Country names as tools/intl-names.mjs writes them (the workflow makes the file).
    let names = scratch.path("names.json");
    std::fs::write(&names, r#"{"names": {"ha": {"region": {"NG": "Najeriya"}}}, "collation": {}}"#).unwrap();
    let body = join_body_from("Najeriya", "Hello.");
    let run = run_request_with(&repo, &event(&scratch, &["directory-join"], "Ada", &body), MEMBERS, Some(&names));
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.output("ok"), Some("true"));
    assert_eq!(run.output("summary"), Some("Add @ada to the member directory"));
    // The pull request job applies the patch to a fresh checkout.
    let fresh = checkout();
    let patch = Command::new("base64")
        .arg("-d")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        patch.stdin.as_ref().unwrap().write_all(run.output("patch").unwrap().as_bytes()).unwrap();
    }
    let diff = patch.wait_with_output().unwrap().stdout;
    std::fs::write(scratch.path("change.diff"), &diff).unwrap();
    git(&fresh.0, &["apply", scratch.path("change.diff").to_str().unwrap()]);
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fresh.path("members/ada.json")).unwrap()).unwrap();
    assert_eq!((&file["name"], &file["country"]), (&serde_json::json!("Ada Okafor"), &serde_json::json!("NG")));
    assert_eq!(file["github_id"], 583231, "the account id comes from the event");
}

#[test]
fn a_body_over_128_kib_reaches_the_converter_and_is_judged_on_what_it_says() {
    // Through an environment variable, as before, Linux refused to start the script at all
    // (E2BIG: a variable is at most 128 KiB).
    let repo = checkout();
    let scratch = Scratch::new("event");
    let body = join_body(&"ẹ".repeat(70_000));
    assert!(body.len() > 200_000);
    let run = run_request(&repo, &event(&scratch, &["directory-join"], "ada", &body), MEMBERS);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.output("ok"), Some("false"));
    assert_eq!(run.output("problems"), Some("bio: too long (at most 600 characters)"));
}

#[test]
fn labels_are_never_glob_expanded_and_two_kinds_are_refused() {
    let repo = checkout();
    let scratch = Scratch::new("event");
    // A label `*` once expanded to the checkout's file names, so that a file named like a
    // kind's label could change the request.
    std::fs::write(repo.path("directory-leave"), "").unwrap();
    let run = run_request(&repo, &event(&scratch, &["*", "directory-join"], "ada", &join_body("Hi.")), MEMBERS);
    assert_eq!((run.status, run.output("summary")), (0, Some("Add @ada to the member directory")), "{}", run.stderr);
    // Two kinds: the last one no longer wins.
    let repo = checkout();
    let run =
        run_request(&repo, &event(&scratch, &["directory-join", "directory-leave"], "ada", &join_body("Hi.")), MEMBERS);
    assert_eq!(run.output("ok"), Some("false"));
    assert_eq!(
        run.output("problems"),
        Some("body: the issue has the labels of 2 requests (directory-join, directory-leave); keep only one")
    );
}

#[test]
fn an_issue_that_is_no_request_sets_no_output() {
    let repo = checkout();
    let scratch = Scratch::new("event");
    let run = run_request(&repo, &event(&scratch, &["bug"], "ada", "It is broken."), MEMBERS);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.outputs.is_empty(), "{:?}", run.outputs);
    assert!(run.stderr.contains("not a request"), "{}", run.stderr);
}

#[test]
fn a_refusal_of_many_lines_is_cut_to_a_comment_without_breaking_the_script_or_a_character() {
    // 100,000 lines (6 MB) of backticks and multi-byte characters. Piped through `head`
    // under `pipefail`, the writer died of SIGPIPE past about 64 KB and took the run with it;
    // `cut -c` cut inside characters.
    let repo = checkout();
    let scratch = Scratch::new("event");
    let noisy = stand_in(
        &scratch,
        r#"line=$(printf 'ẹ́%.0s' {1..200}); for i in $(seq 100000); do printf 'name: `%s` %s\n' "$i" "$line" >&2; done; exit 1"#,
    );
    let run = run_request(&repo, &event(&scratch, &["directory-join"], "ada", "x"), &noisy);
    assert_eq!(run.status, 0, "{}", &run.stderr[..run.stderr.len().min(300)]);
    assert_eq!(run.output("ok"), Some("false"));
    let problems = run.output("problems").unwrap();
    let lines: Vec<&str> = problems.lines().collect();
    assert_eq!(lines.len(), 20);
    assert!(lines.iter().all(|l| !l.contains('`') && l.chars().count() <= 300 && l.starts_with("name: ")), "{lines:?}");
    assert!(lines[0].ends_with('\u{301}'), "cut between characters: {:?}", lines[0]);
}

#[test]
fn a_change_that_changes_no_file_is_refused_not_passed_on_as_an_empty_patch() {
    let repo = checkout();
    let scratch = Scratch::new("event");
    let idle = stand_in(&scratch, "echo \"Update @ada's member profile\"");
    let run = run_request(&repo, &event(&scratch, &["directory-update"], "ada", "x"), &idle);
    assert_eq!(run.status, 0);
    assert_eq!(run.output("ok"), Some("false"));
    assert_eq!(run.output("problems"), Some("body: the request changes no file"));
    assert_eq!(run.output("patch"), None);
}

#[test]
fn a_converter_that_fails_to_run_fails_the_job() {
    let repo = checkout();
    let scratch = Scratch::new("event");
    let broken = stand_in(&scratch, "echo 'error: could not compile' >&2; exit 101");
    let run = run_request(&repo, &event(&scratch, &["directory-join"], "ada", "x"), &broken);
    assert_eq!(run.status, 101);
    assert!(run.outputs.is_empty());
}

#[test]
fn the_labels_script_creates_every_label_of_the_list() {
    let scratch = Scratch::new("gh");
    // A stand-in `gh` that records its arguments, one call per line.
    let calls = scratch.path("calls");
    std::fs::create_dir_all(scratch.path("bin")).unwrap();
    let gh = scratch.path("bin/gh");
    std::fs::write(
        &gh,
        format!("#!/usr/bin/env bash\nprintf '%s|' \"$@\" >> '{}'\necho >> '{}'\n", calls.display(), calls.display()),
    )
    .unwrap();
    let mut permissions = std::fs::metadata(&gh).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&gh, permissions).unwrap();
    let output = Command::new(Path::new(ROOT).join(".github/scripts/labels"))
        .current_dir(ROOT)
        .env("PATH", format!("{}:{}", scratch.path("bin").display(), std::env::var("PATH").unwrap()))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let calls = std::fs::read_to_string(&calls).unwrap();
    let calls: Vec<Vec<&str>> = calls.lines().map(|l| l.trim_end_matches('|').split('|').collect()).collect();
    let listed: Vec<&str> = calls.iter().map(|c| c[2]).collect();
    assert_eq!(
        listed,
        ["directory-join", "directory-update", "directory-leave", "conference", "event", "directory-approved"]
    );
    for call in &calls {
        assert_eq!(
            (call[0], call[1], call[3], call[5], call[7]),
            ("label", "create", "--color", "--description", "--force")
        );
        assert!(call[4].len() == 6 && call[4].bytes().all(|b| b.is_ascii_hexdigit()), "{call:?}");
        assert!(!call[6].is_empty());
    }
}
