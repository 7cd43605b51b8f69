//! The benchmark manifest (`benches/programs/manifest.toml`): for every
//! program its iteration counts and the checksum CPython printed for each.
//!
//! The file is a small TOML subset that this module both reads and writes:
//! one `[name]` table per program holding integer and string keys only.

use std::fmt::Write as _;

/// One benchmark program as described by the manifest.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Program name; its source is `benches/programs/NAME.py`.
    pub name: String,
    /// Iteration count of a normal (timed) run.
    pub normal: u64,
    /// Iteration count of a `--quick` run.
    pub quick: u64,
    /// Label for the language feature ouro needs before it can run the
    /// program (informational: the runner detects `NotImplementedError`).
    pub needs: Option<String>,
    /// Expected stdout (without the trailing newline) for `normal`.
    pub expect_normal: Option<String>,
    /// Expected stdout (without the trailing newline) for `quick`.
    pub expect_quick: Option<String>,
}

impl Program {
    /// The iteration count for the chosen run kind.
    pub fn count(&self, quick: bool) -> u64 {
        if quick {
            self.quick
        } else {
            self.normal
        }
    }

    /// The expected checksum for the chosen run kind, if blessed.
    pub fn expected(&self, quick: bool) -> Option<&str> {
        if quick {
            self.expect_quick.as_deref()
        } else {
            self.expect_normal.as_deref()
        }
    }
}

/// Parses the manifest text; errors name the offending line.
pub fn parse(text: &str) -> Result<Vec<Program>, String> {
    let mut programs: Vec<Program> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let lineno = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let name = rest.strip_suffix(']').ok_or_else(|| format!("line {lineno}: unterminated table header"))?;
            programs.push(Program { name: name.trim().to_string(), ..Program::default() });
            continue;
        }
        let (key, value) = line.split_once('=').ok_or_else(|| format!("line {lineno}: expected `key = value`"))?;
        let (key, value) = (key.trim(), value.trim());
        let program = programs.last_mut().ok_or_else(|| format!("line {lineno}: key outside a [program] table"))?;
        match key {
            "normal" | "quick" => {
                let n: u64 = value.parse().map_err(|_| format!("line {lineno}: `{key}` must be an integer"))?;
                if key == "normal" {
                    program.normal = n;
                } else {
                    program.quick = n;
                }
            }
            "needs" | "expect_normal" | "expect_quick" => {
                let s = parse_string(value).ok_or_else(|| format!("line {lineno}: `{key}` must be a string"))?;
                match key {
                    "needs" => program.needs = Some(s),
                    "expect_normal" => program.expect_normal = Some(s),
                    _ => program.expect_quick = Some(s),
                }
            }
            _ => return Err(format!("line {lineno}: unknown key `{key}`")),
        }
    }
    for p in &programs {
        if p.normal == 0 || p.quick == 0 {
            return Err(format!("program `{}`: `normal` and `quick` counts are required", p.name));
        }
    }
    Ok(programs)
}

fn parse_string(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Renders the manifest in canonical form (what `--bless` writes back).
pub fn render(programs: &[Program]) -> String {
    let mut out = String::from(
        "# ouro benchmark manifest: one table per program in benches/programs/NAME.py.\n\
         # normal / quick: the iteration count passed to main() for a timed run and for --quick.\n\
         # needs: the language feature ouro must gain before it can run the program (informational).\n\
         # expect_*: the checksum CPython 3.11 prints for that count; regenerate with\n\
         #   cargo run --release -p ouro-bench -- --bless\n",
    );
    for p in programs {
        let _ = writeln!(out, "\n[{}]", p.name);
        let _ = writeln!(out, "normal = {}", p.normal);
        let _ = writeln!(out, "quick = {}", p.quick);
        if let Some(needs) = &p.needs {
            let _ = writeln!(out, "needs = {}", quote(needs));
        }
        if let Some(e) = &p.expect_normal {
            let _ = writeln!(out, "expect_normal = {}", quote(e));
        }
        if let Some(e) = &p.expect_quick {
            let _ = writeln!(out, "expect_quick = {}", quote(e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let p = Program {
            name: "x".into(),
            normal: 10,
            quick: 1,
            needs: Some("generators".into()),
            expect_normal: Some("1 \"2\" \\ 3".into()),
            expect_quick: Some("a\nb".into()),
        };
        let text = render(std::slice::from_ref(&p));
        let back = parse(&text).unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].expect_normal, p.expect_normal);
        assert_eq!(back[0].expect_quick, p.expect_quick);
        assert_eq!(back[0].needs, p.needs);
        assert_eq!((back[0].normal, back[0].quick), (10, 1));
    }

    #[test]
    fn rejects_garbage() {
        assert!(parse("normal = 3").is_err());
        assert!(parse("[a]\nnormal = x").is_err());
        assert!(parse("[a]\nnormal = 3").is_err());
    }
}
