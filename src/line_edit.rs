//! The prompt's line editor: a small replacement for rustyline (which was
//! about 150 KB of the stripped binary), with what a Python prompt uses.
//!
//! On a terminal (stdin a tty, `TERM` not `dumb`/`cons25`/`emacs`) the line
//! is edited in raw mode: arrows, Home/End, Delete and Backspace, Emacs
//! keys (Ctrl-A/E/B/F/D/H/K/U/W/Y/T/L/P/N, Alt-B/F/D and Ctrl-arrows by
//! word), history on Up/Down (the last 100 entries, consecutive duplicates
//! once), Tab indents to the next multiple of four columns, Ctrl-C is
//! [`ReadError::Interrupted`], Ctrl-D on an empty line [`ReadError::Eof`],
//! Ctrl-Z suspends. Lines longer than the terminal, and multi-line history
//! entries, wrap over several rows. Otherwise (a pipe, a file, a dumb
//! terminal) lines are read as they come, Backspace characters applied, as
//! rustyline did; the prompt is printed only for a dumb terminal.

use std::io::{BufRead, Write};

/// Why no line was read.
pub enum ReadError {
    /// Ctrl-C.
    Interrupted,
    /// End of input (Ctrl-D on an empty line), or input failed.
    Eof,
}

/// Entries kept for Up/Down.
const HISTORY_MAX: usize = 100;

/// A line editor with its history.
#[derive(Default)]
pub struct Editor {
    history: Vec<String>,
}

impl Editor {
    /// An editor with an empty history.
    pub fn new() -> Editor {
        Editor::default()
    }

    /// Adds `line` to the history (not when it repeats the last entry).
    pub fn add_history_entry(&mut self, line: &str) {
        if line.is_empty() || self.history.last().is_some_and(|last| last == line) {
            return;
        }
        if self.history.len() == HISTORY_MAX {
            self.history.remove(0);
        }
        self.history.push(line.to_string());
    }

    /// Reads one line after `prompt` (without its newline).
    pub fn readline(&mut self, prompt: &str) -> Result<String, ReadError> {
        let dumb =
            std::env::var("TERM").is_ok_and(|t| ["dumb", "cons25", "emacs"].iter().any(|u| u.eq_ignore_ascii_case(&t)));
        if dumb {
            let mut out = std::io::stdout();
            let _ = out.write_all(prompt.as_bytes());
            let _ = out.flush();
        }
        #[cfg(unix)]
        if !dumb {
            if let Some(raw) = tty::RawMode::enable() {
                let result = Line::new(prompt, &self.history).edit(&raw);
                drop(raw);
                write_out("\n");
                return result;
            }
        }
        read_direct()
    }
}

/// A line from a pipe or file: the newline (and a `\r` before it) removed,
/// each Backspace character deleting the character before it.
fn read_direct() -> Result<String, ReadError> {
    let mut input = String::new();
    match std::io::stdin().lock().read_line(&mut input) {
        Ok(0) | Err(_) => return Err(ReadError::Eof),
        Ok(_) => {}
    }
    if input.ends_with('\n') {
        input.pop();
        if input.ends_with('\r') {
            input.pop();
        }
    }
    Ok(apply_backspaces(input))
}

/// `text` with each Backspace character and the character before it removed.
fn apply_backspaces(text: String) -> String {
    if !text.contains('\u{8}') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out
}

fn write_out(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Columns a character takes on a terminal: 0 for combining marks and
/// zero-width characters, 2 for East Asian wide ones and emoji, else 1 (a
/// table-free approximation of Unicode's East Asian Width).
#[cfg(unix)]
fn char_width(c: char) -> usize {
    let u = c as u32;
    match u {
        0x300..=0x36f | 0x200b..=0x200f | 0x20d0..=0x20ff | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f => 0,
        0x1100..=0x115f
        | 0x2e80..=0x303e
        | 0x3041..=0x33ff
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xa000..=0xa4cf
        | 0xac00..=0xd7a3
        | 0xf900..=0xfaff
        | 0xfe30..=0xfe4f
        | 0xff00..=0xff60
        | 0xffe0..=0xffe6
        | 0x1f300..=0x1f64f
        | 0x1f900..=0x1f9ff
        | 0x20000..=0x3fffd => 2,
        _ => 1,
    }
}

/// The line being edited.
#[cfg(unix)]
struct Line<'a> {
    prompt: &'a str,
    history: &'a [String],
    buf: String,
    /// The cursor, a byte offset into `buf` at a character boundary.
    pos: usize,
    /// Which history entry is shown (`history.len()`: the line being typed).
    index: usize,
    /// The line being typed, while a history entry is shown.
    saved: String,
    /// What Ctrl-K/U/W and Alt-D deleted last (Ctrl-Y inserts it).
    killed: String,
    /// Rows from the first row of the prompt to the cursor, as last drawn.
    cursor_row: usize,
}

#[cfg(unix)]
impl<'a> Line<'a> {
    fn new(prompt: &'a str, history: &'a [String]) -> Line<'a> {
        Line {
            prompt,
            history,
            buf: String::new(),
            pos: 0,
            index: history.len(),
            saved: String::new(),
            killed: String::new(),
            cursor_row: 0,
        }
    }

    fn edit(mut self, raw: &tty::RawMode) -> Result<String, ReadError> {
        self.refresh();
        loop {
            let Some(byte) = tty::read_byte() else { return Err(ReadError::Eof) };
            match byte {
                b'\r' | b'\n' => {
                    // Leave the cursor after the whole input.
                    self.pos = self.buf.len();
                    self.refresh();
                    return Ok(self.buf);
                }
                1 => self.pos = 0,
                2 => self.pos = self.prev_char(),
                3 => {
                    self.pos = self.buf.len();
                    self.refresh();
                    return Err(ReadError::Interrupted);
                }
                4 if self.buf.is_empty() => return Err(ReadError::Eof),
                4 => self.delete(self.pos, self.next_char()),
                5 => self.pos = self.buf.len(),
                6 => self.pos = self.next_char(),
                8 | 0x7f => self.delete(self.prev_char(), self.pos),
                b'\t' => {
                    let column = self.buf[..self.pos].chars().rev().take_while(|&c| c != '\n').count();
                    self.insert(&"    "[column % 4..]);
                }
                11 => self.kill(self.pos, self.buf.len()),
                12 => {
                    write_out("\x1b[H\x1b[2J");
                    self.cursor_row = 0;
                }
                14 => self.history_move(false),
                16 => self.history_move(true),
                20 => self.transpose(),
                21 => self.kill(0, self.pos),
                23 => self.kill(self.word_start(), self.pos),
                25 => {
                    let text = self.killed.clone();
                    self.insert(&text);
                }
                26 => raw.suspend(),
                0x1b => self.escape(),
                0..=0x1f => {}
                _ => {
                    if let Some(c) = tty::read_utf8(byte) {
                        let mut bytes = [0; 4];
                        self.insert(c.encode_utf8(&mut bytes));
                    }
                }
            }
            self.refresh();
        }
    }

    /// An escape sequence (arrows, Home/End, Delete) or an Alt-key.
    fn escape(&mut self) {
        let Some(kind) = tty::read_byte() else { return };
        match kind {
            b'[' | b'O' => {
                let mut params = Vec::new();
                let last = loop {
                    match tty::read_byte() {
                        Some(b) if (0x40..=0x7e).contains(&b) => break b,
                        Some(b) if params.len() < 16 => params.push(b),
                        Some(_) => {}
                        None => return,
                    }
                };
                // Ctrl- or Alt-arrows (`1;5C`, `1;3D`) move by word.
                let by_word = params.ends_with(b";5") || params.ends_with(b";3");
                match (last, params.as_slice()) {
                    (b'A', _) => self.history_move(true),
                    (b'B', _) => self.history_move(false),
                    (b'C', _) if by_word => self.pos = self.word_end(),
                    (b'D', _) if by_word => self.pos = self.word_start(),
                    (b'C', _) => self.pos = self.next_char(),
                    (b'D', _) => self.pos = self.prev_char(),
                    (b'H', _) | (b'~', b"1" | b"7") => self.pos = 0,
                    (b'F', _) | (b'~', b"4" | b"8") => self.pos = self.buf.len(),
                    (b'~', b"3") => self.delete(self.pos, self.next_char()),
                    _ => {}
                }
            }
            b'b' | b'B' => self.pos = self.word_start(),
            b'f' | b'F' => self.pos = self.word_end(),
            b'd' | b'D' => self.kill(self.pos, self.word_end()),
            8 | 0x7f => self.kill(self.word_start(), self.pos),
            _ => {}
        }
    }

    fn prev_char(&self) -> usize {
        self.buf[..self.pos].char_indices().next_back().map_or(0, |(i, _)| i)
    }

    fn next_char(&self) -> usize {
        self.buf[self.pos..].chars().next().map_or(self.pos, |c| self.pos + c.len_utf8())
    }

    /// The start of the word before the cursor (words are alphanumeric runs).
    fn word_start(&self) -> usize {
        let before = &self.buf[..self.pos];
        let end = before.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        before[..end]
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8))
    }

    /// The end of the word at or after the cursor.
    fn word_end(&self) -> usize {
        let after = &self.buf[self.pos..];
        let start = after.len() - after.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        self.pos + after[start..].find(|c: char| !c.is_alphanumeric()).map_or(after.len(), |i| start + i)
    }

    fn insert(&mut self, text: &str) {
        self.buf.insert_str(self.pos, text);
        self.pos += text.len();
    }

    fn delete(&mut self, from: usize, to: usize) {
        self.buf.replace_range(from..to, "");
        self.pos = from;
    }

    fn kill(&mut self, from: usize, to: usize) {
        if from < to {
            self.killed = self.buf[from..to].to_string();
            self.delete(from, to);
        }
    }

    fn transpose(&mut self) {
        if self.pos == 0 || self.buf.chars().count() < 2 {
            return;
        }
        if self.pos == self.buf.len() {
            self.pos = self.prev_char();
        }
        let (a, b) = (self.prev_char(), self.next_char());
        let first: String = self.buf[a..self.pos].into();
        let second: String = self.buf[self.pos..b].into();
        self.buf.replace_range(a..b, &(second + &first));
        self.pos = b;
    }

    fn history_move(&mut self, back: bool) {
        let to = match back {
            true if self.index > 0 => self.index - 1,
            false if self.index < self.history.len() => self.index + 1,
            _ => return,
        };
        if self.index == self.history.len() {
            self.saved = std::mem::take(&mut self.buf);
        }
        self.index = to;
        self.buf = match self.history.get(to) {
            Some(entry) => entry.clone(),
            None => std::mem::take(&mut self.saved),
        };
        self.pos = self.buf.len();
    }

    /// Redraws the prompt and the line (over as many rows as they take)
    /// and puts the cursor in place.
    fn refresh(&mut self) {
        let cols = tty::columns().max(1);
        let (mut row, mut col) = (0, 0);
        let (mut cursor_row, mut cursor_col) = (0, 0);
        let mut out = String::with_capacity(self.prompt.len() + self.buf.len() + 32);
        if self.cursor_row > 0 {
            out.push_str(&format!("\x1b[{}A", self.cursor_row));
        }
        out.push_str("\r\x1b[J");
        let prompt = self.prompt.char_indices().map(|(i, c)| (i, c, false));
        let line = self.buf.char_indices().map(|(i, c)| (i, c, true));
        for (i, c, in_buf) in prompt.chain(line) {
            if in_buf && i == self.pos {
                (cursor_row, cursor_col) = (row, col);
            }
            if c == '\n' {
                out.push_str("\r\n");
                (row, col) = (row + 1, 0);
                continue;
            }
            let w = char_width(c);
            if col + w > cols {
                out.push_str("\r\n");
                (row, col) = (row + 1, 0);
                if in_buf && i == self.pos {
                    (cursor_row, cursor_col) = (row, col);
                }
            }
            out.push(c);
            col += w;
        }
        if self.pos == self.buf.len() {
            (cursor_row, cursor_col) = (row, col);
        }
        if col == cols {
            // The terminal waits to wrap: start the next row now.
            out.push_str("\r\n");
            row += 1;
            if self.pos == self.buf.len() {
                (cursor_row, cursor_col) = (row, 0);
            }
        }
        if row > cursor_row {
            out.push_str(&format!("\x1b[{}A", row - cursor_row));
        }
        out.push('\r');
        if cursor_col > 0 {
            out.push_str(&format!("\x1b[{cursor_col}C"));
        }
        self.cursor_row = cursor_row;
        write_out(&out);
    }
}

/// The terminal: raw mode, reading keys, its width.
#[cfg(unix)]
mod tty {
    /// Raw mode on stdin while alive (the previous mode is restored on drop).
    pub struct RawMode {
        original: libc::termios,
        raw: libc::termios,
    }

    impl RawMode {
        /// Raw mode, if stdin is a terminal.
        pub fn enable() -> Option<RawMode> {
            // SAFETY: isatty reads no memory; termios is plain data that
            // tcgetattr fills in completely when it succeeds.
            unsafe {
                if libc::isatty(libc::STDIN_FILENO) != 1 {
                    return None;
                }
                let mut original: libc::termios = std::mem::zeroed();
                if libc::tcgetattr(libc::STDIN_FILENO, &mut original) != 0 {
                    return None;
                }
                let mut raw = original;
                // As rustyline: no CR-to-NL, no flow control, no echo, no
                // line buffering, no signals from keys (Ctrl-C/Z arrive as
                // bytes); output processing stays (NL prints as CR NL).
                raw.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
                raw.c_cflag |= libc::CS8;
                raw.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
                raw.c_cc[libc::VMIN] = 1;
                raw.c_cc[libc::VTIME] = 0;
                if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &raw) != 0 {
                    return None;
                }
                Some(RawMode { original, raw })
            }
        }
    }

    impl Drop for RawMode {
        fn drop(&mut self) {
            // SAFETY: the mode tcgetattr returned.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &self.original) };
        }
    }

    impl RawMode {
        /// Ctrl-Z: the terminal's own mode back, stop the process (as the
        /// key does outside raw mode), raw mode again once continued.
        pub fn suspend(&self) {
            // SAFETY: both modes are complete termios values; raising a
            // signal has no memory effects here.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &self.original);
                libc::raise(libc::SIGTSTP);
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &self.raw);
            }
        }
    }

    /// One byte of input (None at end of input or on an error).
    pub fn read_byte() -> Option<u8> {
        let mut byte = 0u8;
        loop {
            // SAFETY: reads at most one byte into `byte`.
            let n = unsafe { libc::read(libc::STDIN_FILENO, (&mut byte as *mut u8).cast(), 1) };
            match n {
                1 => return Some(byte),
                -1 if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted => continue,
                _ => return None,
            }
        }
    }

    /// The character whose UTF-8 encoding starts with `first` (None if invalid).
    pub fn read_utf8(first: u8) -> Option<char> {
        let len = match first {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return None,
        };
        let mut bytes = [first, 0, 0, 0];
        for b in bytes.iter_mut().take(len).skip(1) {
            *b = read_byte()?;
        }
        std::str::from_utf8(&bytes[..len]).ok()?.chars().next()
    }

    /// The terminal's width in columns (80 if it cannot tell).
    pub fn columns() -> usize {
        // SAFETY: winsize is plain data; TIOCGWINSZ fills it in on success.
        unsafe {
            let mut size: libc::winsize = std::mem::zeroed();
            if libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) == 0 && size.ws_col > 0 {
                size.ws_col as usize
            } else {
                80
            }
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn line<'a>(text: &str, pos: usize, history: &'a [String]) -> Line<'a> {
        let mut l = Line::new(">>> ", history);
        l.buf = text.to_string();
        l.pos = pos;
        l
    }

    #[test]
    fn words_kills_and_transpose() {
        let mut l = line("foo(bar, baz)", 8, &[]);
        assert_eq!(l.word_start(), 4);
        assert_eq!(l.word_end(), 12);
        l.kill(l.word_start(), l.pos);
        assert_eq!((l.buf.as_str(), l.pos, l.killed.as_str()), ("foo( baz)", 4, "bar,"));
        l.pos = l.buf.len();
        let killed = l.killed.clone();
        l.insert(&killed);
        assert_eq!(l.buf, "foo( baz)bar,");
        let mut l = line("aé", 3, &[]);
        l.transpose();
        assert_eq!((l.buf.as_str(), l.pos), ("éa", 3));
        assert_eq!(l.prev_char(), 2);
    }

    #[test]
    fn history_keeps_the_line_being_typed() {
        let history = [String::from("one"), String::from("two")];
        let mut l = line("thr", 3, &history);
        l.history_move(true);
        l.history_move(true);
        l.history_move(true);
        assert_eq!(l.buf, "one");
        l.history_move(false);
        l.history_move(false);
        assert_eq!((l.buf.as_str(), l.pos), ("thr", 3));
        let mut e = Editor::new();
        for entry in ["a", "a", "", "b"] {
            e.add_history_entry(entry);
        }
        assert_eq!(e.history, ["a", "b"]);
    }

    #[test]
    fn widths_and_backspaces() {
        assert_eq!([char_width('a'), char_width('中'), char_width('\u{301}')], [1, 2, 0]);
        assert_eq!(apply_backspaces(String::from("ab\u{8}c\u{8}\u{8}d")), "d");
    }
}
