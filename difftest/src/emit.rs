//! An indentation-aware builder of Python source lines.

/// Collects source lines, indenting each by the current block depth.
#[derive(Default, Debug)]
pub struct Emitter {
    lines: Vec<String>,
    depth: usize,
}

impl Emitter {
    /// An empty builder at depth 0.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one statement line at the current depth.
    pub fn line(&mut self, text: impl AsRef<str>) {
        self.lines.push(format!("{}{}", "    ".repeat(self.depth), text.as_ref()));
    }

    /// Appends a block header (a line ending in `:`) and enters its body.
    pub fn open(&mut self, header: impl AsRef<str>) {
        self.line(header);
        self.depth += 1;
    }

    /// Leaves the innermost block.
    pub fn close(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Appends every line of `other` (already indented) at the current depth.
    pub fn append(&mut self, other: Emitter) {
        for l in other.lines {
            self.lines.push(format!("{}{}", "    ".repeat(self.depth), l));
        }
    }

    /// The source text, one line per statement, ending in a newline.
    pub fn finish(self) -> String {
        let mut s = self.lines.join("\n");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::Emitter;

    #[test]
    fn indents_blocks() {
        let mut e = Emitter::new();
        e.open("def f():");
        e.open("for i in range(3):");
        e.line("pass");
        e.close();
        e.line("return 1");
        e.close();
        e.line("print(f())");
        assert_eq!(e.finish(), "def f():\n    for i in range(3):\n        pass\n    return 1\nprint(f())\n");
    }
}
